# Technology and need pages, match candidates and their reasons.

breadcrumbs = Breadcrumbs
not-given = Not given
none = None
any = Any
choose = Choose…
technology-confirmed = last confirmed by its owner on { $date }
technology-offered-by = offered by
technology-languages-note = Technologies are described by their owners in English and Chinese. Words of your language are linked to them through the portal's glossary of technical terms; the descriptions themselves are not machine translated.
technology-summary = Summary
technology-description = Description
technology-facts = At a glance
field-domain = Domain
field-readiness = Readiness
technology-trl-of-9 = TRL { $trl } of 9
field-ip = Intellectual property
field-cooperation-offered = Cooperation offered
field-typical-cost = Typical cost for an adopter
field-sdgs = Sustainable Development Goals
field-keywords = Keywords
technology-offered-by-heading = Offered by
ask-introduction = Ask for an introduction
technology-sign-in-to-ask = Sign in as a firm to ask for an introduction
technology-needs = Needs it may solve
match-percent = { $percent }% match
match-score = Match score
technology-related = Related technologies

## A need's page
need-description-meta = A technology need from { $country }
need-confirmed = last confirmed { $date }
field-min-trl = Least readiness accepted
field-cooperation-accepted = Cooperation accepted
field-budget = Budget
field-deadline = Deadline
candidates-heading = Technologies that may solve it
candidates-none = No candidate yet: matching runs in the background and takes a few seconds after a need is published. You can also search the catalogue.
candidates-search = Search the catalogue
candidates-ranked = Ranked by how well each technology fits the problem and its constraints.
candidates-search-more = Search the catalogue for more.
verdict = Verdict
verdict-give = Confirm or dismiss
verdict-confirm = Confirm
verdict-dismiss-because = Dismiss because
verdict-reason = Reason for dismissing
verdict-note = Note
verdict-note-hint = (required for “Other”)
verdict-record = Record

## Why a technology is a candidate (see the reason codes in the README)
reason-text = shares: { $words }
reason-concept = both are about: { $concepts }
reason-domain-same = same domain: { $domain }
reason-domain-inferred = the need reads as { $domain }
reason-trl = TRL { $trl } meets minimum { $min }
reason-cooperation = offered as: { $modes }
reason-budget = typical cost { $cost } fits a budget of { $budget }
reason-sdg = shared goals: { $goals }
reason-deployed-in = already deployed in { $countries }
reason-deployed-near = deployed next door in { $countries }
reason-confirmed = confirmed by alliance staff
