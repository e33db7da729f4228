# Staff and administrator pages: review queue and decisions, CSV upload, account requests, candidate verdicts, accounts, the introductions funnel and entry histories.

## Review queue
review-tabs-label = Staff work
review-queue-title = Review queue
review-kind = Kind
review-kind-any = Technologies and needs
review-filter-edits = New or edit
review-edits-both = Both
review-edits-new = New entries
review-edits-edits = Edits of published entries
review-any = Any
review-filter-button = Filter
review-waiting = { $count ->
    [one] { $n } entry waits, oldest first.
   *[other] { $n } entries wait, oldest first.
}
review-nothing = Nothing waits for review.
review-nothing-filtered = Nothing waits for review with these filters:
review-show-everything = show everything
review-nothing-filtered-end = .
review-caption = Entries awaiting review, oldest first
review-select = Select
review-select-entry = Select { $reference }
review-col-submitted = Submitted
review-col-entry = Entry
review-col-from = From
review-badge-edit = edit
review-badge-new = new
review-bulk-reason = Reason for approving the selected entries
review-bulk-approve = Approve selected
review-done-approve = Approved: it is now public.
review-done-request-changes = Sent back to its owner with your request for changes.
review-done-reject = Rejected. Its owner sees your reason.
review-bulk-approved = { $count ->
    [one] { $n } entry approved: it is now public.
   *[other] { $n } entries approved: they are now public.
}
review-error-tick = Tick the entries to approve.
review-error-reason = Write the reason for your decision (at most { $max } characters): the owner reads it.
review-error-not-awaiting = Revision { $id } is no longer awaiting review.
review-error-not-approved = Revision { $id } was not approved: { $problems }
review-error-decision = Choose Approve, Request changes or Reject.
review-error-decided = This revision is not awaiting review: it was decided or withdrawn meanwhile.

## One revision under review
review-title = Review: { $title }
review-edit-of-published = edit of a published entry
review-new-entry = new entry
review-from-by = from { $owner }, written by { $author }
review-status = Status:
review-submitted = submitted { $date }
review-changes-heading = What this edit changes
review-changes-note = The public catalogue shows the published version until you approve.
review-no-changes = No field differs from the published version.
review-col-field = Field
review-col-published = Published
review-col-proposed = Proposed
review-decision = Decision
review-approve-publish = Approve and publish
review-request-changes = Request changes
review-reject = Reject
review-reason = Reason (shown to the owner)
review-record = Record decision
review-as-submitted = The entry as submitted

## An entry's history (audit log)
history-heading = History
history-empty = Nothing recorded yet.
history-portal = the portal
history-created-draft = created a draft
history-started-edit = started an edit
history-edited = edited
history-submitted = submitted for review
history-withdrew = withdrew the revision
history-approved = approved
history-requested-changes = requested changes
history-rejected = rejected
history-archived = archived
history-closed = closed
history-expired = expired: not confirmed for a year
history-confirmed-current = confirmed it is still current
history-confirmed-candidate = confirmed candidate { $technology }
history-dismissed-candidate = dismissed candidate { $technology }
history-changed-role = changed the role
history-role-from-to = from { $from } to { $to }

## Uploading catalogue files
import-tab = Upload CSV
import-title = Upload catalogue files
import-done = Imported. The catalogue now holds the rows of { $files }.
import-valid = The files are valid. Nothing has changed yet: check what the import will do, then confirm.
import-refused = { $count ->
    [one] The files were refused and nothing was changed: { $n } problem.
   *[other] The files were refused and nothing was changed: { $n } problems.
}
import-refused-listed = { $count ->
    [one] The files were refused and nothing was changed: { $n } problem (the first { $shown } are listed).
   *[other] The files were refused and nothing was changed: { $n } problems (the first { $shown } are listed).
}
import-refused-fix = Correct them and upload the files again.
import-did = What the import did
import-will-do = What the import will do
import-col-file = File
import-col-new = New
import-col-changed = Changed
import-col-unchanged = Unchanged
import-confirm = Confirm the import
import-cancel = Cancel
import-files = CSV files
import-hint = Any of institutions.csv, technologies.csv and needs.csv, in the catalogue interchange format. Rows are matched by ref: new refs are added, known ones updated. Imported entries are published at once.
import-check = Check the files
import-back = Back to the review queue

## Account requests
requests-title = Account requests
requests-waiting = { $count ->
    [one] { $n } request waits, oldest first.
   *[other] { $n } requests wait, oldest first.
}
requests-none = No account request is waiting.
requests-asks = Asks to join as
requests-role = { $role ->
    [firm] firm
    [institution] institution
   *[other] { $role }
}
requests-asks-of = of { $affiliation }.
requests-sent = Sent { $date }.
requests-reason = Reason (required, shown to the person)
requests-approve = Approve
requests-reject = Reject
requests-approved = Request approved.
requests-rejected = Request rejected.
requests-error-decision = Choose Approve or Reject.
requests-error-reason = Write the reason for your decision.
requests-error-gone = That request was decided already, or does not exist.

## Candidate verdicts
verdicts-title = Candidate verdicts
verdicts-intro = Staff confirm or dismiss the candidates matching suggests, on each need's page. Dismissed candidates are no longer shown to the firm; confirmed ones are marked. Counts are by the week of the latest verdict on each pair.
verdicts-none = No verdict has been given yet.
verdicts-week-of = Week of
verdicts-ip-not-available = IP not available
verdicts-latest = Latest verdicts
verdicts-when = When
verdicts-need = Need
verdicts-technology = Technology
verdicts-verdict = Verdict
verdicts-by = By
verdicts-error-note-long = Keep the note under 2,000 characters.
verdicts-error-reason = Choose why the candidate is dismissed.
verdicts-error-note = Say in the note why the candidate is dismissed.
verdicts-error-verdict = Choose Confirm or Dismiss.

## Accounts (administrators)
admin-role-changed = Role changed.
admin-count = { $count ->
    [one] { $n } account, staff first.
   *[other] { $n } accounts, staff first.
}
admin-members = Members are attached to their institution or organisation when staff approve their
admin-members-link = account request
admin-members-end = .
admin-name = Name
admin-email = E-mail
admin-role = Role
admin-belongs-to = Belongs to
admin-since = Since
admin-change-role = Change role
admin-new-role = New role of { $email }
admin-role-admin = Administrator
admin-set = Set
admin-you = (you)
admin-history = Recent role changes
admin-history-none = No role has been changed yet.
admin-error-role = Choose staff or admin.
admin-error-unchanged = Nothing changed: the account has this role already, does not exist, or is your own.

## The introductions funnel
dashboard-title = Introductions: funnel
dashboard-all = All introductions
dashboard-broker = Broker an introduction
dashboard-csv = Download CSV
dashboard-note = Each column counts the introductions that reached the stage (one at “pilot” has also been requested, accepted, discussed and covered by an NDA).
dashboard-overall = Overall
dashboard-by-country = By firm's country
dashboard-by-domain = By domain
dashboard-by-province = By institution's province
dashboard-none = No introduction yet.
dashboard-medians = Median time in each stage
dashboard-under-hour = under an hour
dashboard-hours = { $count ->
    [one] { $n } h
   *[other] { $n } h
}
dashboard-days = { $count ->
    [one] { $n } day
   *[other] { $n } days
}
