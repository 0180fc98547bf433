# The assessment in a browser (impact-brief serve).

## Every page
serve-skip = Skip to the content
serve-nav-main = Main
serve-nav-all = All assessments
serve-nav-assessment = Proposal and questions
serve-nav-scorecard = Scorecard and brief
serve-nav-ledger = Consultation ledger
serve-nav-language = Language
serve-footer = impact-brief runs on this computer only: your answers are saved to files in your folder and sent nowhere else.
serve-saved = Saved.

## Answers that are not pages
serve-error-not-found = Not found.
serve-error-host = Forbidden: this server answers only at its loopback address.
serve-error-forbidden = Forbidden.
serve-error-link-used = Forbidden: this link has been used already, or is not the one impact-brief printed. Stop `impact-brief serve` and start it again for a new link.
serve-error-no-session = Forbidden: open the link that `impact-brief serve` printed in the terminal.
serve-error-origin = Forbidden: this form was not sent from impact-brief's own page.
serve-error-too-large = The form is too large.
serve-error-too-long = The text of “{ $field }” is { $count } characters long; a brief takes at most { $limit }. Shorten it, and put the full text in a document the evidence links to.
serve-error-unreadable = The form could not be read.
serve-error-method = Method not allowed.
serve-error-busy = Too many connections at once: try again in a moment.
serve-required = (required)
serve-error-title = Not saved:
serve-error-head-too-long = The request’s address and headers are too long for this server (more than 64 KB): reload the page, or clear this site’s cookies.
serve-error-internal = Something went wrong inside impact-brief while answering this page. This is a bug: the terminal where `impact-brief serve` runs says what happened; please report it. The server goes on, and every answer saved before is in its file.
serve-error-csrf = Forbidden: the form lacks its security token. Reload the page and send it again.
serve-error-upload = The upload could not be read.
serve-error-page = The page could not be drawn: { $error }

## The start page
serve-home-title = Assessments
serve-home-heading = Impact assessments
serve-home-intro = Assess a draft law for its effect on an open Internet: answer the questions, see the verdicts, and download a brief to send.
serve-home-list = Assessments in this folder
serve-home-folder = Folder:
serve-home-empty = There are no assessments in this folder yet.
serve-home-progress-done = every question answered
serve-home-progress-left = { $count ->
    [one] { $count } of { $total } questions left
   *[other] { $count } of { $total } questions left
}
serve-home-has-problems = has problems: open it to see them
serve-home-blank = empty: start it with the form below, this file name in its “File name” field
serve-home-unserved = Not opened here
serve-home-unserved-name = { $file }: this page opens only names made of unaccented letters, digits, - and _. Rename it, for example to { $renamed }, then reload.
serve-home-unserved-link = { $file }: a link, which could lead out of this folder. Copy the file itself here, then reload.
serve-new-heading = Start a new assessment
serve-new-title = What is the proposal called?
serve-new-title-help = Its official or usual name, e.g. “Online Safety Bill (draft)”.
serve-new-file = File name (optional)
serve-new-file-help = Saved in the folder above; made from the title when left empty, ending in .toml.
serve-new-file-rule = Letters A to Z, digits, “.”, “_” and “-” only: no spaces or accents
serve-new-submit = Start the assessment
serve-new-error-title = Give the proposal a title.
serve-new-error-name = A file name may hold letters, digits, dots, dashes and underscores only (no folders), and must not start with a dot.
serve-new-error-name-long = A file name may be at most { $limit } characters long, not counting “.toml”; this one has { $count }.
serve-new-error-name-reserved = A new file’s name may not start with a dash (a command line reads it as an option), nor be one that Windows keeps for a device (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9).
serve-new-error-exists = { $file } exists already: open it from the list, or choose another name.
serve-new-error-create = { $file } could not be created: { $error }
serve-new-error-toml = Not created

## Problems
serve-problem-back = Back to all assessments
serve-problem-cannot-open = This file cannot be opened
serve-problem-fix = Fix it in a text editor (or run `impact-brief check { $file }`), then reload this page. It is never written while it has problems.
serve-problem-blank = { $file } is empty. Start an assessment in it: on the start page, give its title and { $file } as the file name.
serve-problem-not-saved = Not saved
serve-problem-read-only = { $file } is read-only, so it is not changed. Make it writable (in your file manager, or with chmod u+w), then save again: your browser's Back button usually brings back what you typed.
serve-problem-folder-read-only = The folder this assessment is in cannot be written to, and every save writes a new copy of the file there. Stop serve, make the folder writable (or copy the assessment to a folder you can write in and serve that one), then save again: your browser's Back button usually brings back what you typed.
serve-problem-not-rendered = The brief could not be rendered

## The assessment page
serve-assessment-file = Saved in
serve-assessment-left = { $count ->
    [one] One question left.
   *[other] { $count } questions left.
}
serve-assessment-all-answered = Every question has an answer.
serve-assessment-go-screening = Go to the screening step
serve-assessment-continue = Continue with the next question
serve-assessment-see-scorecard = See the scorecard and download the brief
serve-proposal-heading = The proposal
serve-proposal-title = Title
serve-proposal-kind = What kind of measure is it?
serve-proposal-kind-none = Not said (the brief calls it a law)
serve-proposal-jurisdiction = Jurisdiction
serve-proposal-jurisdiction-help = The country or region whose law this would be; separate several with “;”.
serve-proposal-reference = Official reference
serve-proposal-reference-help = A bill number or document reference, e.g. “HL Bill 87”.
serve-proposal-stage = How far has it come?
serve-proposal-stage-none = Not sure
serve-proposal-introduced = Date introduced or published
serve-proposal-url = Where can the text be read?
serve-proposal-summary = Summary: what does the proposal do?
serve-proposal-summary-help = A few sentences in your own words (Markdown is fine).
serve-proposal-context = Context: why now, and what else should readers know?
serve-proposal-submit = Save the proposal
serve-proposal-error-title = The title is required.
serve-proposal-error-date = { $field }: { $problem }
serve-proposal-error-choice = { $field }: choose one of the options listed.
serve-proposal-error-changed = The proposal or assessor details changed in the file since this page was opened (in another tab or an editor), in a field you changed too. Nothing was saved. The table shows the file’s value beside yours; the form keeps yours, with the file’s other changes taken in. To keep yours, send it again.
serve-assessors-legend = Who is assessing
serve-assessors-names = Your name and organisation
serve-assessors-names-help = One person a line (a comma stays part of the name).
serve-assessors-group = Which stakeholder group do you speak for?
serve-assessors-group-none = Prefer not to say
serve-assessors-drafter = We drafted or proposed this text
serve-assessors-drafter-help = A panel brief says so beside this assessment, and shows how far the other members agree without it.
serve-assessors-final = This brief is final
serve-assessors-final-help = Its first page then says “Final” instead of “Draft”.
serve-assessors-date = Date of the assessment
serve-assessors-language = Language of the brief
serve-assessors-language-page = The language of these pages (not written in the file)
serve-assessors-language-help = A language chosen here is saved in the file, and every brief of it is written in that language.
serve-screening-heading = Screening: which areas does the proposal touch?
serve-screening-intro = Tick every area the proposal could affect. Ticked areas get their full question; the others are recorded as “screened out” (not examined), which you can change later on their question’s page.
serve-screening-legend = Areas the proposal could affect
serve-screening-confirm = { $count ->
    [one] Yes: the proposal clearly touches none of these areas. Record it as screened out, unexamined.
   *[other] Yes: the proposal clearly touches none of these areas. Record all { $count } as screened out, unexamined.
}
serve-screening-submit = Save the screening
serve-screening-error-none = You ticked no area. That records every area as screened out, unexamined. Tick the areas the proposal could affect, or confirm below that it touches none of them.
serve-screening-done-elsewhere = This assessment was screened already, in another tab or in the file, so the areas ticked here were not saved. To examine an area left out, open its question from the assessment's list and answer it.
serve-questions-heading = Questions

## The list of questions
serve-row-condition = Does not apply (condition)
serve-row-level = Level { $level }
serve-row-open = Not answered

## A question
serve-question-position = { $rubric }, question { $number } of { $count }
serve-question-remaining = { $count ->
    [0] Questions
    [one] Questions (one left)
   *[other] Questions ({ $count } left)
}
serve-question-guidance = Guidance
serve-question-answer = Your answer
serve-question-finding = What does the proposal do here?
serve-question-finding-process = What did its drafters do on this point?
serve-question-finding-help = One sentence in your words, about this proposal: page 1 of the brief quotes it.
serve-question-lead = Put this finding first on page 1
serve-question-lead-help = It then leads page 1’s list and its advice the next steps, and page 1 says it is your choice. One finding only: ticking it here unticks any other.
serve-question-lead-ticked = Put first on page 1
serve-question-provisions = Which provisions?
serve-question-provisions-help = The clauses it rests on, one a line or separated by “;”, e.g. s. 5(2); art. 12.
serve-question-mechanisms = What does the proposal do? Tick each one it has.
serve-question-mechanisms-help = The brief’s advice comes only from the harms you tick, and strengths from the safeguards.
serve-question-harms = Harms
serve-question-safeguards = Safeguards
serve-question-rationale = Why this answer?
serve-question-rationale-help = What in the text or the process supports it. Required for a red flag. Markdown is fine.
serve-question-evidence = Evidence
serve-question-evidence-help = Clauses, documents or links, one a line.
serve-question-recommendation = Your own advice (optional)
serve-question-recommendation-help = Replaces the rubric’s advice for this question in the brief.
serve-question-advice-under = Another question whose advice answers this one too (optional)
serve-question-advice-under-none = None
serve-question-advice-under-help = For an answer below its acceptable level that ticks no harm: the brief prints that question’s advice once, under it, and names this one there too.
serve-question-save-next = Save and go to the next question
serve-question-save = Save
serve-question-condition = This question applies only when { $question } is at level { $level } or higher, which it is not now: you may skip it.
serve-autosave-unsaved = Not saved yet: press Save to see why.
serve-autosave-offline = Not saved: is impact-brief still running?
serve-status-not-affected = Not affected: I looked, and the proposal does not touch this
serve-status-unknown = Not sure yet
serve-status-not-applicable = Not applicable
serve-status-not-affected-short = Not affected
serve-status-screened-out = Screened out (left unticked at the screening step, not examined)
serve-status-screened-out-short = Screened out
serve-answer-error-changed = This answer changed in the file since this page was opened (in another tab or an editor), in a field you changed too. Nothing was saved. The table shows the file’s value beside yours; the form below keeps yours, with the file’s other changes taken in. To keep yours, save again.
serve-answer-saved-now = Saved in the file now:
serve-answer-saved-none = not answered
serve-answer-error-level = Choose one of the levels.
serve-answer-error-choice = Choose a level, or one of the options after the levels (such as “Not sure yet”).
serve-answer-error-advice-under = The question named for its advice is not in the list: choose one from the list, or None.
serve-answer-error-red-flag = This answer raises a red flag: say why in “Why this answer?”, with the provisions and sources it rests on, before it is saved.
serve-conflict-field = Field
serve-conflict-saved = In the file now
serve-conflict-typed = In your form
serve-conflict-outcome = What the form holds now
serve-conflict-both = Changed here and in the file: the form keeps yours; saving again writes it over the file’s.
serve-conflict-taken = Changed only in the file: the form now holds the file’s value, so saving keeps it.
serve-conflict-empty = (empty)
serve-conflict-ticked = ticked
serve-conflict-not-ticked = not ticked
serve-conflict-mechanisms = Harms and safeguards ticked

## The scorecard
serve-scorecard-title = Scorecard
serve-scorecard-open = { $count ->
    [one] One question is still open: the verdicts may change.
   *[other] { $count } questions are still open: the verdicts may change.
}
serve-scorecard-answer-next = Answer the next one.
serve-scorecard-verdicts = Verdicts
serve-scorecard-figures = Score { $score } · coverage { $coverage }
serve-scorecard-figures-short = { $score }, coverage { $coverage }
serve-scorecard-concerns = Main concerns
serve-scorecard-red-flag = Red flag:
serve-scorecard-by-rubric = By rubric
serve-scorecard-rubric = Rubric
serve-scorecard-red-flags = Red flags
serve-download-heading = Download the brief
serve-download-intro = Rendered now from your saved answers, in { $language ->
    [fr] French
    [es] Spanish
    [pt] Portuguese
   *[en] English
  }.
serve-download-pdf = (to publish or send)
serve-download-docx = (to edit with comments)
serve-download-html = (one web page)
serve-download-md = (plain text)

## The consultation ledger
serve-ledger-title = Consultation ledger
serve-ledger-intro = Record what the public consultation received and what the drafters did with it; the brief then says how views were reflected.
serve-ledger-entries = Submissions ({ $count })
serve-ledger-in-csv = The submissions are kept in the CSV file next to the assessment file:
serve-ledger-col-id = Id
serve-ledger-col-from = From
serve-ledger-col-group = Group
serve-ledger-col-provision = Provision
serve-ledger-col-asked = Asked for
serve-ledger-col-done = Done with it
serve-ledger-none = None recorded yet.
serve-ledger-suggests = What the ledger suggests
serve-ledger-dates = Dates of the consultation
serve-ledger-opened = When did it open?
serve-ledger-closed = When did it close (the last day input was taken)?
serve-ledger-responded = When was the response to it published?
serve-ledger-dates-changed = The dates were changed elsewhere (in another tab or in the file) since this page was opened, so nothing was saved. The dates you typed are below: check them against the file's, then save again.
serve-ledger-dates-submit = Save the dates
serve-ledger-add = Add a submission
serve-ledger-add-id = Submission id
serve-ledger-add-submitter = Who sent it?
serve-ledger-add-submitter-help = A person or an organisation; leave empty for an anonymous submission.
serve-ledger-add-group = Which group is the sender in?
serve-ledger-add-provision = Which provision does it concern?
serve-ledger-add-asked = What did it ask for?
serve-ledger-add-disposition = What was done with it?
serve-ledger-add-merged = If answered together with an earlier submission: its id
serve-ledger-add-reason = If rejected: the reason the response gave
serve-ledger-add-reason-empty = — none given, or not rejected —
serve-ledger-add-choose = — choose —
serve-ledger-add-reason-text = The reason in the drafters’ words
serve-ledger-add-reflected-in = Where the text takes it up or addresses it (the provision; “addressed elsewhere” counts as a reason only with it)
serve-ledger-add-submit = Add the submission
serve-ledger-import = Import a CSV file
serve-ledger-import-intro = A header row naming the columns (id, group and disposition are required), one submission a row. The file is checked, then saved next to the assessment file.
serve-ledger-import-file = CSV file
serve-ledger-import-replace = Replace the submissions recorded in the assessment file
serve-ledger-import-submit = Import
serve-ledger-saved = Saved submission { $id }.
serve-ledger-error-csv = The submissions are kept in the CSV file { $file }, next to the assessment file. Edit them there, or import the edited file again.
serve-ledger-error-id = Cannot use the id “{ $id }”: { $problem }. Choose another.
serve-ledger-error-merged = A merged submission names the earlier submission it was answered with (its id).
serve-ledger-error-merged-unknown = No submission in the ledger has the id “{ $id }”: name the earlier submission this one was answered with.
serve-ledger-error-closed-before-opened = The consultation cannot close ({ $closed }) before it opened ({ $opened }). Check both dates.
serve-ledger-error-responded-before-closed = The response ({ $responded }) cannot be dated before the consultation closed ({ $closed }). Check both dates.
serve-ledger-error-responded-before-opened = The response ({ $responded }) cannot be dated before the consultation opened ({ $opened }). Check both dates.
serve-ledger-error-no-file = Choose a CSV file to import.
serve-ledger-error-import = Nothing was imported: { $error }
serve-ledger-error-problems = Nothing was imported: the file has problems.
serve-ledger-error-inline = { $count ->
    [one] Nothing was imported: the assessment file has one submission of its own. Tick “Replace the submissions” to replace it with the CSV file's (a ledger is in the file or in a CSV file, not both).
   *[other] Nothing was imported: the assessment file has { $count } submissions of its own. Tick “Replace the submissions” to replace them with the CSV file's (a ledger is in the file or in a CSV file, not both).
}
serve-ledger-error-copy = Nothing was imported: cannot copy the file: { $error }
serve-ledger-imported = { $count ->
    [one] Imported one submission from { $file }, saved next to the assessment file.
   *[other] Imported { $count } submissions from { $file }, saved next to the assessment file.
}

## The kinds of measure
serve-kind-law = Law
serve-kind-regulation = Regulation
serve-kind-decree = Decree
serve-kind-treaty = Treaty
serve-kind-court-order = Court order
serve-kind-request = Request to a global body
serve-kind-private-network = Action of a private network
serve-kind-non-binding = Non-binding declaration or statement

## The stages of a proposal
serve-stage-request = Request
serve-stage-idea = Idea
serve-stage-draft = Draft
serve-stage-consultation = In consultation
serve-stage-in-legislature = In the legislature
serve-stage-adopted = Adopted
serve-stage-in-force = In force
serve-stage-withdrawn = Withdrawn
serve-stage-rejected = Rejected

## The stakeholder groups, and the groups of a consultation's submitters
serve-group-government = Government
serve-group-private-sector = Private sector
serve-group-civil-society = Civil society
serve-group-technical-community = Technical community
serve-group-academia = Academia
serve-group-intergovernmental = Intergovernmental organisation
serve-group-individual = Individuals
serve-group-unknown = Unknown

## What was done with a submission
serve-disposition-accepted = Accepted
serve-disposition-partially-accepted = Partially accepted
serve-disposition-rejected = Rejected
serve-disposition-out-of-scope = Out of scope
serve-disposition-deferred = Deferred
serve-disposition-not-answered = Not answered
serve-disposition-withdrawn = Withdrawn
serve-disposition-merged = Merged into another

## Why a submission was rejected
serve-reason-legally-precluded = Legally precluded
serve-reason-outside-mandate = Outside the mandate
serve-reason-technically-infeasible = Technically infeasible
serve-reason-disproportionate-cost = Disproportionate cost
serve-reason-insufficient-evidence = Insufficient evidence
serve-reason-addressed-elsewhere = Addressed elsewhere
serve-reason-conflicts-with-objective = Conflicts with the stated objective
serve-reason-outweighed-by-other-input = Outweighed by other input
serve-reason-none-given = None given

## The scorecard's dimensions and verdicts
serve-dimension-effect = Effect on the Internet
serve-dimension-process = Process
serve-verdict-no-effect-found = No effect found
serve-verdict-insufficient-evidence = Insufficient evidence
serve-verdict-protective = Protective
serve-verdict-low-risk = Low risk
serve-verdict-harmful = Harmful
serve-verdict-serious-harm = Serious harm
serve-verdict-strong = Strong
serve-verdict-adequate = Adequate
serve-verdict-weak = Weak
serve-verdict-serious-concerns = Serious concerns

## What `serve` says in the terminal.
serve-terminal-serving = Serving the assessments in { $folder } on port { $port } of this computer only.
    Open the link above in your browser if it does not open by itself; it works once.
    Press Ctrl-C to stop.
serve-terminal-stopped = Stopped. Every answer given is saved in the files of { $folder }.
serve-terminal-no-browser = note: could not open a browser ({ $error }); open the link above.
serve-terminal-no-desktop = note: no desktop to open a browser on; open the link above.
serve-terminal-cannot-open = cannot open { $folder }
serve-terminal-not-a-folder = { $folder } is not a folder: name the folder whose assessments to serve
serve-terminal-cannot-listen = cannot listen on 127.0.0.1:{ $port }
serve-terminal-cannot-listen-help = choose another port with --port, or leave --port out to take any free one
