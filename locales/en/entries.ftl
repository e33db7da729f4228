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

## The columns of an entry, as forms, previews and reviews name them
column-institution_ref = Institution
column-title_en = Title in English
column-title_zh = Title in Chinese
column-summary_en = Summary in English
column-summary_zh = Summary in Chinese
column-description_en = Description
column-domain = Domain
column-keywords = Keywords
column-trl = Readiness level (TRL)
column-ip = Intellectual property
column-cooperation = Cooperation modes
column-budget_band = Budget band
column-sdgs = Sustainable Development Goals
column-deployed_in = Already deployed in
column-title = Title
column-description = Description
column-language = Language
column-country = Country
column-organisation = Organisation
column-org_kind = Kind of organisation
column-min_trl = Lowest acceptable readiness level
column-deadline = Deadline

## Writing a technology or a need
optional = (optional)
entry-new-heading = { $kind ->
    [technology] Offer a technology
   *[need] Post a need
}
entry-edit-heading = { $kind ->
    [technology] Edit technology { $reference }
   *[need] Edit need { $reference }
}
form-nothing-saved = Nothing was saved: please correct the fields marked below.
form-tech-what = What it is
form-tech-how = How ready and how it is offered
form-deployed-other = Other countries where it is deployed
form-deployed-other-hint = Two-letter ISO codes separated by commas, e.g. KE, BR.
form-need-step-1 = 1. Your problem
form-need-step-2 = 2. Where
form-need-step-3 = 3. Constraints
form-need-step-4 = 4. When
form-save-preview = Save draft and preview
form-save-submit = Save and submit for review
form-back-technologies = Back to your technologies
form-back-needs = Back to your needs
form-tech-title-en = Title in English
form-tech-title-en-hint = Say what it does for its user, in at most 256 characters.
form-tech-title-zh = Title in Chinese (中文标题)
form-tech-summary-en = Summary in English
form-tech-summary-en-hint = Two or three sentences, at most 1,000 characters: the problem it solves and the result.
form-tech-summary-zh = Summary in Chinese (中文摘要)
form-tech-description-en = Description
form-tech-description-en-hint = How it works, where it has been used, what an adopter needs: at most 8,000 characters.
form-tech-domain = Domain
form-tech-keywords = Keywords
form-tech-keywords-hint = Up to ten, separated by commas.
form-tech-trl = Readiness level (TRL)
form-tech-ip = Intellectual property
form-tech-cooperation = Cooperation modes you offer
form-tech-cooperation-hint = Choose at least one.
form-tech-budget-band = Typical cost for an adopter
form-tech-sdgs = Sustainable Development Goals it serves
form-tech-deployed-in = Already deployed in
form-need-title = In one line, what do you need?
form-need-title-hint = For example: “Treat cassava starch wastewater for a 200-tonne-a-day mill”.
form-need-description = Describe the problem
form-need-description-hint = What happens today, what you have tried, what a good solution would achieve. At most 4,000 characters; write in the language you are most at ease with.
form-need-language = Language you wrote it in
form-need-country = Country where the solution will be used
form-need-domain = Domain
form-need-domain-hint = Leave it out if you are not sure: matching also reads your description.
form-need-keywords = Keywords
form-need-keywords-hint = Up to ten, separated by commas.
form-need-min-trl = Lowest readiness level you can accept
form-need-cooperation = Cooperation you would accept
form-need-cooperation-hint = Leave all unticked if any kind would do.
form-need-budget-band = Your budget
form-need-sdgs = Sustainable Development Goals it serves
form-need-deadline = Deadline
form-need-deadline-hint = The date by which you need a solution, as YYYY-MM-DD.

## A member's list of entries, and one revision
mine-tech-intro = Technologies you write are reviewed by alliance staff before they appear in the public catalogue. While a change of a published technology is reviewed, the catalogue keeps the version last approved.
mine-need-intro = Needs you post are reviewed by alliance staff before they appear on the public board, where institutions and the matching see them.
mine-tech-new = Offer a new technology
mine-need-new = Post a new need
mine-tech-empty = You have no technology yet. Offer your first one: it takes about ten minutes.
mine-need-empty = You have posted no need yet. Describe your first problem: matching technologies will be suggested once it is published.
mine-caption = Your entries, most recently changed first
mine-ref = Ref
mine-public = Public
mine-review = Review
mine-candidates = Candidates
mine-changed = Changed
mine-actions = Actions
mine-not-yet = Not yet
mine-staff = Staff:
mine-public-until = public until { $date }
mine-confirm = Confirm still current
mine-continue = Continue editing
mine-edit = Edit
mine-archive = Archive
mine-close = Close
mine-archive-confirm = Yes, take it out of the catalogue
mine-close-confirm = Yes, take it off the board
mine-open = Open
notice-saved = Draft saved. Check the preview, then submit it for review.
notice-submitted = Submitted. Alliance staff will review it; you will see their decision here.
notice-withdrawn = The revision was withdrawn; the published entry, if any, is unchanged.
notice-archived = Archived: it no longer appears in the public catalogue.
notice-closed = Closed: the need no longer appears on the public board.
notice-confirmed = Confirmed as current: it stays public for another year.
revision-changes-to = { $kind ->
    [technology] Changes to technology
   *[need] Changes to need
}
revision-new = { $kind ->
    [technology] New technology
   *[need] New need
}
revision-status = Status:
revision-submitted = submitted { $date }
revision-staff-comment = Comment from alliance staff
revision-submit = Submit for review
revision-withdraw = Withdraw
revision-review-it = Review it
revision-preview = Preview
revision-preview-tech = As it will appear in the catalogue once approved.
revision-preview-need = As it will appear on the needs board once approved.
back = Back

## Problems a form can have, beside the field
problem-required = This field is required but empty.
problem-too-long = This field is { $length } characters long; at most { $max } are allowed.
problem-too-many = This field lists { $count } values; at most { $max } are allowed.
problem-date = This is not a date: use YYYY-MM-DD, e.g. 2026-03-31.
