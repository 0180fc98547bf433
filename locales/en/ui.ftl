# The command line and the wizard.

## Choosing the language and starting.
ui-locale-unmatched = No translation for the locale { $locale }: messages are in English. LANGUAGE sets their language (one of { $languages }); --lang sets it for the briefs too.
ui-no-terminal = error: the wizard needs an interactive terminal, and standard input is not one
    {"  "}help: for scripted runs, write a fill-in file with `impact-brief init FILE`, edit it, then `impact-brief render FILE`
ui-needs-terminal = this needs an interactive terminal

## Key hints, yes and no, and long texts typed on one line.
ui-keys-select = ↑↓ to move, Enter to choose, type to filter
ui-keys-multi-select = ↑↓ to move, Space to tick, → to tick all, ← to untick all, type to filter
ui-yes = yes
ui-no = no
ui-invalid-yes-no = Answer yes or no.
ui-summary-none = (none)
ui-summary-paragraphs = { $first }… ({ $count ->
        [one] { $count } paragraph
       *[other] { $count } paragraphs
    })
ui-long-text-keeps = Enter keeps: { $summary }
ui-long-text-inline-help = Enter keeps the current text; type a paragraph to replace it, or - to clear it

## Answers refused.
ui-invalid-empty = this cannot be empty
ui-invalid-date = write the date as YYYY-MM-DD, e.g. 2026-03-01
ui-invalid-day = the calendar has no such day: check the day and the month
ui-invalid-too-long-title = a title of at most 500 characters, please: the official title is enough
ui-invalid-too-long-finding = at most 5,000 characters, please: say it in a sentence or two, and give the detail in "Why?"
ui-invalid-too-long-text = at most 20,000 characters (some 3,000 words), please: put the full text in a document the evidence links to
ui-invalid-too-long-line = at most 500 characters, please: this is one line of the brief's first table
ui-invalid-too-long-evidence = at most 2,000 characters, please: a citation or a web address (a longer address cannot be linked)

## The file.
ui-welcome = Let's assess a legislative proposal. Press Esc at any time to stop.
ui-title = What is the proposal called?
ui-title-help = Its official or usual name, e.g. "Online Safety Bill (draft)"
ui-save-as = Save the assessment as
ui-save-as-help = Press Enter for the name shown, or type another. You can come back to the file later with `impact-brief wizard` and its name.
ui-file-exists-resume = { $file } already exists. Resume it instead?
ui-file-exists-resume-help = No: choose another name (an existing file is never overwritten)
ui-cannot-create = Cannot create { $file }: { $error }. Choose another name.
ui-read-only = { $file } is read-only, so no answer could be saved to it. Make it writable (in your file manager, or with chmod u+w), then start again.
ui-not-a-folder = { $file } is a file, not a folder, so nothing can be saved under it. Choose another name.
ui-cannot-save-in = Answers cannot be saved in { $folder } ({ $error }). Choose a file in a folder you can write to, such as your home folder.
ui-saving-as-toml = Saving as { $file }: assessment files end in .toml, which `impact-brief batch` and editors look for.
ui-saving-as-portable = Saving as { $file }: a name of unaccented letters, digits, - and _ opens everywhere, in `impact-brief serve` too.
ui-cannot-resume = Cannot resume { $file }: it has problems (listed below). Fix them, then run `{ $command }` again; the wizard never overwrites a file it cannot read.
ui-progress = { $answered } of { $total } applicable questions answered{ $unsure ->
        [0] {""}
       *[other] , and { $unsure } marked not sure yet
    }.
ui-plan = What would you like to do?
ui-plan-continue = Continue with the unanswered questions ({ $count } left)
ui-plan-continue-all-answered = Continue (every question has an answer)
ui-plan-review = Review every answer
ui-plan-render = Render the brief now
ui-intro-saving = Your answers are saved in { $file } after each one.
    If you stop, carry on with: { $command }
ui-stopped-saved = Stopped. Your answers are saved in { $file }, all but a text you were typing when you stopped.
    To carry on, run: { $command }
ui-stopped-nothing-saved = Stopped. Nothing was saved.
ui-prompt-stopped = <stopped>

## The proposal.
ui-section-proposal = The proposal
ui-resume-proposal-again = The proposal’s details are already on file. Go through them again?
ui-resume-proposal-again-help = No keeps them as they are; “Revise an answer”, when the questions are done, changes them too
ui-jurisdiction = Jurisdiction
ui-jurisdiction-help = The country or region whose law this would be; separate several with ";" (optional)
ui-reference = Official reference
ui-reference-help = A bill number or document reference, e.g. "HL Bill 87" (optional)
ui-kind = What kind of measure is it?
ui-kind-help = The brief names it so throughout ("the law", "the regulation", "the request")
ui-stage = How far has it come?
ui-stage-help = Its stage in the legislative process
ui-stage-request = Request
ui-stage-idea = Idea
ui-stage-draft = Draft
ui-stage-consultation = In consultation
ui-stage-in-legislature = In the legislature
ui-stage-adopted = Adopted
ui-stage-in-force = In force
ui-stage-withdrawn = Withdrawn
ui-stage-rejected = Rejected
ui-stage-not-sure = Not sure
ui-introduced = Date introduced or published
ui-introduced-help = Optional; press Enter to skip
ui-date-placeholder = YYYY-MM-DD
ui-url = Where can the text be read?
ui-url-help = A web address (optional)
ui-url-not-web = A web address starts with https:// or http:// and names a site, as in https://www.parliament.example/bill-12; leave it empty if there is none.
ui-url-has-space = A web address holds no space: remove it, or write it as %20.
ui-url-kept-as-text = The address on file, “{ $url }”, is no web address: the brief prints it as text, not as a link. Enter keeps it; give one starting with https:// to have it linked.
ui-summary = Summary: what does the proposal do?
ui-summary-help = A few sentences in your own words (optional; Markdown is fine)
ui-context = Context: why now, and what else should readers know?
ui-context-help = Background, related laws, who is pushing it (optional; Markdown is fine)

## The assessors.
ui-section-assessors = Who is assessing
ui-assessors = Your name, and your organisation
ui-assessors-placeholder = Maria Okafor, ISOC Veridia Chapter
ui-assessors-help = Separate several people with semicolons (;): a comma stays part of the name
ui-stakeholder = Which stakeholder group do you speak for?
ui-stakeholder-help = Assessments from different groups can be brought together with `impact-brief panel`
ui-stakeholder-government = Government
ui-stakeholder-private-sector = Private sector
ui-stakeholder-civil-society = Civil society
ui-stakeholder-technical-community = Technical community
ui-stakeholder-academia = Academia
ui-stakeholder-intergovernmental = Intergovernmental organisation
ui-stakeholder-not-said = Prefer not to say
ui-drafter = Did your organisation draft or propose this text?
ui-drafter-help = A panel brief says so, and shows how far the other members agree without your assessment
ui-date = Date of the assessment

## Screening and the questions.
ui-screening = Which of these does the proposal touch? Tick every area it could affect.
ui-screening-help = Space ticks, Enter confirms. Ticked areas get their full question; the rest are recorded as "screened out" (you can revise them later).
ui-screening-none = You ticked no area. Record all { $count } as screened out, unexamined?
ui-screening-none-help = Space ticks an area in the list. Answer no to go back to it; yes only if the proposal clearly touches none of them.
ui-screening-result = { $count ->
        [one] { $count } area
       *[other] { $count } areas
    } to assess in full; { $screened_out } screened out (not examined: revise them if that changes).
ui-rubric-heading = { $rubric } (rubric { $number } of { $total })
ui-skipped = Skipped { $question }: { $reason }.
ui-condition = it applies only when { $question } is at level { $level }{ $level_text } or higher
ui-condition-open = { $condition }, and { $question } is still open (not answered, or “{ $not_sure }”): it is asked once { $question } is known
ui-condition-level-text = {" "}("{ $text }")
ui-unsure-left = { $count ->
        [one] { $count } question is
       *[other] { $count } questions are
    } marked "{ $not_sure }"; choose "{ $revise }" when you know more.
ui-without-advice-left = { $count ->
        [one] One answer is
       *[other] { $count } answers are
    } below the acceptable level with no harm ticked and no advice from anywhere, so the brief lists { $count ->
        [one] it
       *[other] them
    } as a concern and advises nothing: { $questions }. To say where the advice comes from, choose "{ $revise }" in the menu at the end.
ui-running-score = { $rubric }: { $score } ({ $rating }), coverage { $coverage }
ui-no-score-yet = no score yet
ui-rating-no-effect-found = No effect found
ui-rating-strong = Strong
ui-rating-adequate = Adequate
ui-rating-weak = Weak
ui-rating-serious-concerns = Serious concerns
ui-rating-insufficient-evidence = Insufficient evidence
ui-option-not-affected = Not affected – I looked and the proposal does not touch this
ui-option-screened-out = Screened out – left out at the screening, not examined (keep)
ui-option-not-sure = Not sure yet
ui-option-not-applicable = Not applicable
ui-ledger-points-to = Consultation ledger: { $because }. It points to level { $level } for this question; the level is yours to choose.
ui-why = Why?
ui-why-help-level = What in the text or the process supports this level? (recommended: a brief without reasons cannot be checked, and `check` says so; Markdown is fine)
ui-why-help-not-sure = What is missing to judge it, and where could it be found? (optional)
ui-why-help-not-applicable = Why does this not apply to the proposal? (optional)
ui-why-help-not-affected = What did you check, and why does it show no effect? (optional)
ui-why-help-red-flag = This answer raises a red flag: say why, with the provisions and sources it rests on (required; Markdown is fine)
ui-red-flag-needs-reason = A red flag needs a reason before it is saved: what in the text makes it one?
ui-red-flag-not-saved = The red flag on { $question } was not saved: it needs a reason. The answer is as it was before.
ui-red-flag-kept-unsure = The red flag on { $question } was not saved: it needs a reason. What you wrote is kept, answered “Not sure yet”: choose the level again and give the reason to finish it.
ui-answer-kept = Stopped before the reason: the answer to { $question } is as it was before.
ui-typed-not-saved = What you typed was not saved; here it is, to copy if you need it:
ui-finding = What does the proposal do here?
ui-finding-process = What did its drafters do on this point?
ui-finding-help = One sentence in your words, about this proposal: page 1 of the brief quotes it (optional)
ui-provisions = Which provisions?
ui-provisions-help = The clauses it rests on, separated by semicolons, e.g. s. 5(2); art. 12 (optional)
ui-mechanism-harm = Harm: { $label }
ui-mechanism-safeguard = Safeguard: { $label }
ui-mechanisms = Which of these does the proposal do? Tick each one it has, harms and safeguards.
ui-mechanisms-help = Space ticks, Enter confirms. The brief's advice comes only from the harms you tick, and strengths from the safeguards.
# An effect answer below its acceptable level that ticks no harm: where its advice comes from.
ui-advice-none = This answer is below its acceptable level but ticks no harm. A brief's advice on an effect comes from the harms ticked, so as it stands the brief gives this answer no advice.
ui-advice = Where should its advice come from?
ui-advice-help = Most often the proposal does one of the harms listed: tick it. Your own advice replaces the rubric's for this question; another question's advice is printed once, under that question, and names this one too.
ui-advice-tick = Tick what the proposal does (back to the list)
ui-advice-own = Write our own advice
ui-advice-other = Another question's advice answers it too
ui-advice-leave = Leave it without advice for now
ui-advice-own-prompt = Your advice to the drafters
ui-advice-own-help = What should the drafters change? It replaces the rubric's advice for this question in the brief (Markdown is fine).
ui-advice-own-edit-help = Your own advice for this question, which replaces the rubric's in the brief: keep it, edit it, or empty it to give the rubric's advice again (Markdown is fine).
ui-advice-other-prompt = Which question's advice answers this one too?
ui-advice-other-help = Its advice, printed under it, will also name this question. Type to filter the list.
ui-advice-other-none-yet = “{ $question }” gives no advice yet: it is not below its acceptable level, or ticks no harm and has no advice of its own. Answer it so that it does; `impact-brief check` says so while it does not.
ui-evidence = Evidence { $number }
ui-evidence-help = A clause, document or link, one per line; press Enter on an empty line to finish
ui-evidence-edit-help = Edit item { $number } of { $total }, or clear it to remove it

## The end: the menu, rendering and revising.
ui-menu = What next?
ui-menu-render = Render the brief
ui-menu-revise = Revise an answer
ui-menu-lead = Choose the finding page 1 puts first
ui-menu-mark-final = Mark the brief final
ui-menu-mark-draft = Mark the brief as a draft again
ui-menu-record = Record consultation submissions
ui-menu-quit = Save and quit
# Choosing the finding page 1 puts first (`lead` in the file).
ui-lead = Which finding should page 1 put first?
ui-lead-help = Page 1 lists the findings in the method's order of concern. The one you choose leads its list, its advice leads the next steps, and page 1 says it was your choice.
ui-lead-none = None: keep the method's order
ui-lead-now-first = First now
ui-lead-set = Page 1 now puts “{ $topic }” first.
ui-lead-cleared = Page 1 keeps the method's order.
ui-lead-too-few = Page 1 has fewer than two findings to put in order yet: there is nothing to choose.
ui-marked = The brief's first page now says: { $status }.
# The other assessment files in the panel command the wizard suggests when it quits.
ui-saved-other-file = OTHER.toml
ui-saved = Saved { $file }.
    Render it later with: { $render }
    Change answers with:  { $resume }
    With others' assessments of the same proposal, make a panel brief:
      { $panel }
ui-formats = Which formats?
ui-formats-help = Space ticks a format, Enter confirms
ui-format-markdown = Markdown (.md): for review and track changes
ui-format-pdf = PDF (.pdf): for publication
ui-format-docx = Word (.docx): for comments and track changes
ui-format-html = HTML (.html): one web page
ui-format-json = JSON (.json): for scripts
ui-formats-none = No format chosen; nothing written.
ui-folder = Write the files into which folder?
ui-cannot-render = Cannot render: { $error }
ui-wrote = Wrote { $file }
ui-could-not-write = Could not write { $file }: { $error }
ui-back = Back
ui-revise = Which answer do you want to change?
ui-revise-help = Type to filter, e.g. "openness"
ui-revise-does-not-apply = { $answer } (does not apply now)
ui-revise-does-not-count = Note: this answer does not count at the moment: { $reason }.
ui-revise-counts-while-open = Note: { $reason }; while { $question } is open, an answer given here counts, unless { $question } is then answered below that level.
ui-applies-now = { $question } applies now:
ui-answer-not-sure = not sure yet
ui-answer-not-applicable = not applicable
ui-answer-not-affected = not affected
ui-answer-screened-out = screened out
ui-answer-none = not answered

## The consultation ledger.
ui-ledger = How do you want to record the submissions?
ui-ledger-add = Add submissions one by one
ui-ledger-import = Import a CSV file
ui-consultation-opened = When did the consultation open?
ui-consultation-closed = When did it close (the last day input was taken)?
ui-consultation-responded = When was the response to it published?
ui-consultation-date-help = YYYY-MM-DD; leave empty if you do not know, or if it has not happened yet
ui-ledger-in-csv = The submissions are kept in the CSV file { $file }, next to the assessment file. Edit them there, or import the edited file again.
ui-submission-saved = Saved submission { $id }.
ui-submission-another = Add another?
ui-submission-id = Submission id
ui-submission-id-help = Unique within the ledger, e.g. S-01
ui-submission-id-refused = Cannot use that id: { $problem }. Choose another.
ui-submitter = Who sent it?
ui-submitter-help = A person or an organisation; leave empty for an anonymous submission
ui-submitter-group = Which group is the sender in?
ui-submitter-government = Government
ui-submitter-private-sector = Private sector
ui-submitter-civil-society = Civil society
ui-submitter-technical-community = Technical community
ui-submitter-academia = Academia
ui-submitter-intergovernmental = Intergovernmental organisation
ui-submitter-individual = Individuals
ui-submitter-unknown = Unknown
ui-submission-provision = Which provision of the draft does it concern?
ui-submission-provision-help = E.g. "Art. 12(3)"; leave empty if it is about the whole proposal
ui-submission-asked = What did it ask for?
ui-submission-asked-help = In a sentence; leave empty to skip
ui-disposition = What was done with it?
ui-disposition-help = As the published response says
ui-disposition-accepted = Accepted
ui-disposition-partially-accepted = Partially accepted
ui-disposition-rejected = Rejected
ui-disposition-out-of-scope = Out of scope
ui-disposition-deferred = Deferred
ui-disposition-not-answered = Not answered
ui-disposition-withdrawn = Withdrawn
ui-disposition-merged = Merged into another
ui-merged-into = Which submission was it answered together with?
ui-merged-into-help = Type to filter by id
ui-reason = What reason did the response give?
ui-reason-help = "None given" when the response gave no reason
ui-reason-legally-precluded = Legally precluded
ui-reason-outside-mandate = Outside the mandate
ui-reason-technically-infeasible = Technically infeasible
ui-reason-disproportionate-cost = Disproportionate cost
ui-reason-insufficient-evidence = Insufficient evidence
ui-reason-addressed-elsewhere = Addressed elsewhere
ui-reason-conflicts-with-objective = Conflicts with the stated objective
ui-reason-outweighed-by-other-input = Outweighed by other input
ui-reason-none-given = None given
ui-reason-text = The reason in the drafters' words
ui-reason-text-help = Quoted or summarised; leave empty to skip
ui-reflected-in = Where the text takes it up or addresses it (the provision)
ui-reflected-in-help = e.g. cl. 12; "addressed elsewhere" counts as a legitimate reason only where this names the provision; leave empty to skip
ui-csv-file = Which CSV file?
ui-csv-file-help = A header row naming the columns (id, group and disposition required), one submission a row
ui-import-problems = Nothing was imported: { $file } has problems.
ui-import-replace = The assessment file has { $count } submissions of its own. Replace them with the CSV file's?
ui-import-replace-help = No: keep them and import nothing (a ledger is in the file or in a CSV file, not both)
ui-import-kept = Nothing was imported; the submissions in the assessment file are kept.
ui-import-cannot-copy = Nothing was imported: cannot copy { $file }: { $error }
ui-imported = Imported { $count ->
        [one] { $count } submission
       *[other] { $count } submissions
    } from { $file }; the assessment file now names it in submissions_file.
ui-ledger-no-suggestion = The ledger does not point to a level for any question yet.

## `score`: the scorecard in the terminal (with the brief's labels and the ui-rating-* words).
ui-score-title = { $heading }: { $title }
ui-score-coverage = coverage { $coverage }
ui-score-points = ({ $points } points)
ui-score-red-flags = { $count ->
        [one] { $count } red flag
       *[other] { $count } red flags
    }
ui-score-verdict = { $dimension }: { $verdict }.
ui-score-dimension-effect = Effect on the Internet
ui-score-dimension-process = Process
ui-score-effect-no-effect-found = No effect found
ui-score-effect-protective = Protective
ui-score-effect-low-risk = Low risk
ui-score-effect-harmful = Harmful
ui-score-effect-serious-harm = Serious harm
ui-score-effect-insufficient-evidence = Insufficient evidence
# An open question's status in a list, for `score` and `check`.
ui-score-status-unknown = unknown
ui-score-status-unanswered = not answered

## `check`: the summary of each file and the warnings about answers (errors in a file's TOML
## itself are reported in English).
ui-check-problems = { $file }: { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
ui-check-ok = { $file }: ok — { $answered } answered, { $not_affected } not affected, { $screened_out } screened out, { $unknown } unknown, { $unanswered } unanswered, { $not_applicable } not applicable, { $not_asked ->
        [0] 0 not asked
       *[other] { $not_asked } not asked (each depends on another answer)
    }
ui-check-upgraded = written for rubrics { $from }.x; read as { $to }.x in memory ({ $moved ->
        [one] { $moved } answer
       *[other] { $moved } answers
    } moved, { $needs_answer ->
        [one] { $needs_answer } needs
       *[other] { $needs_answer } need
    } a new answer, { $new ->
        [one] { $new } new question
       *[other] { $new } new questions
    })
ui-check-upgraded-help = run `impact-brief migrate { $file }` to rewrite it (a backup is kept)
ui-check-asks-more = `{ $question }` now asks more than it did, so this answer needs a new one
ui-check-replaced = `{ $old }` is replaced by `{ $new }`, which asks something different
ui-check-answer-anew-help = answer `{ $question }` anew; the old rationale is kept under it, marked unknown
ui-check-merged = `{ $old }` is replaced by `{ $new }`, which the file answers too
ui-check-merged-help = the answer to `{ $question }` counts; the old answer's rationale and evidence are added to it with a note
ui-check-url-not-web = `url` is not a web address: { $url }
ui-check-url-not-web-help = write the address where the text can be read, starting with https://; the brief prints anything else as text, not as a link
ui-check-not-asked = `{ $question }` does not apply, so this answer is not counted: it applies only when `{ $condition }` is at level { $level } or above
ui-check-not-asked-help = raise `{ $condition }` if that is what you found, or remove this answer
ui-check-lead-no-level = `{ $question }` is marked `lead` but has no level: it cannot lead, and takes its usual place
ui-check-lead-no-level-help = give it a level, or remove `lead = true`
ui-check-lead-twice = `{ $question }` is marked `lead`, but so is `{ $first }`, which comes first in the file and leads
ui-check-lead-twice-help = keep `lead = true` on the one finding to put first
ui-check-no-rationale = `{ $question }` has a level but no rationale
ui-check-no-rationale-help = add `rationale = "..."`: why this level, with the provisions and sources it rests on; a brief without reasons cannot be checked
ui-check-no-finding = `{ $question }` has no finding
ui-check-no-finding-help = add `finding = "..."`: one sentence in your words on what the proposal does here; page 1 quotes it (until then it quotes the rationale's first sentence)
ui-check-no-harm = `{ $question }` is below its acceptable level but ticks no harm, so the brief gives it no advice
ui-check-no-harm-help = tick what the proposal does in `mechanisms = [...]` ({ $harms }), write your own `recommendation`, or name in `advice_under` the question whose advice answers this one too
ui-check-severe-acceptable = `{ $question }` ticks the severe harm `{ $harm }` but is rated at level { $level }, which says the harm is contained
ui-check-severe-acceptable-help = lower the level, or tick the safeguard that contains it
ui-check-ledger-departs = `{ $question }` is at level { $level }, but the consultation ledger points to level { $suggested }
ui-check-ledger-open = `{ $question }` is open; the consultation ledger points to level { $suggested }
ui-check-ledger-help = { $because }; keep your level if you know more than the ledger shows

## `batch`: the index of a run (index.md), in the language `--lang` asks for.
ui-index-title = Batch index
ui-index-summary = { $inputs ->
    [one] { $inputs } input
   *[other] { $inputs } inputs
  }: { $rendered } rendered, { $failed } failed, { $skipped } skipped.
ui-index-input = Input
ui-index-proposal = Title
ui-index-outputs = Outputs
ui-index-error = Error

## `init`: the fill-in file's comments, in the language of the file (`init --lang`).
ui-init-title = Impact assessment of a legislative proposal.
ui-init-step-describe = Describe the proposal under [proposal] and yourself under [assessment].
ui-init-step-answer = Answer each question below: set `level` to one of the numbers listed above it (0 is the worst), and say why in `rationale`. Markdown is allowed in long texts. If you cannot judge a question yet, write status = "unknown" instead of a level; if it does not apply to this proposal, write status = "not-applicable". An effect question (what the proposal does to the Internet) also takes status = "not-affected": you looked, and the proposal does not touch that area. Start with the screening list below: it names every effect area in one place.
ui-init-step-check = Check the file with `impact-brief check FILE` and render it with `impact-brief render FILE -f pdf`. Editors with Taplo (such as VS Code's Even Better TOML) check it as you type, using the schema named on the first line: see `impact-brief schema --help`.
ui-init-screening-title = SCREENING: which of these areas does the proposal touch?
ui-init-screening = For each area it does not touch, answer its question below with status = "not-affected" and say in `rationale` what you checked (or status = "screened-out" for an area left out at a glance, unexamined). Answer the others with a level, a `finding` in one sentence of your own, the `provisions` it rests on and the mechanisms found.
ui-init-mechanisms = Mechanisms: tick what the proposal does in `mechanisms = [...]`:
ui-init-asked-only-when = Asked only when { $question } is at level { $level } or above.

## Progress and summary lines of render, batch, panel, diff, migrate and schema, their warnings
## and their errors (in the interface's language: `--lang`, else the system locale's).
ui-command-wrote = wrote { $file }
ui-batch-jobs-zero = --jobs must be at least 1
ui-batch-no-stdout = a batch writes a folder of briefs and their index, not standard output; pass `-o DIR`
ui-batch-output-is-input = the output folder is also an input folder; pass another `-o DIR`
ui-batch-same-file = note: { $file } is the same file as { $kept }: rendered once, under the name { $kept }
ui-batch-inside-output = warning: { $folder } is the output folder, which a batch does not read: { $count ->
        [one] { $count } assessment file in it is not rendered ({ $files }); to render it, move it
       *[other] { $count } assessment files in it are not rendered ({ $files }); to render them, move them
    } elsewhere or choose another `-o DIR`
ui-batch-no-inputs = no .toml files found under { $paths }; nothing was rendered
ui-batch-folder-empty = warning: no .toml file found under { $folder }; nothing from it is rendered
# The progress bar's words: "12/40 briefs  3.1/s  9s left".
ui-batch-bar-briefs = briefs
ui-batch-bar-left = { $eta } left
ui-batch-progress-ok = [{ $done }/{ $total }] ok: { $file }
ui-batch-progress-failed = [{ $done }/{ $total }] failed: { $file }
ui-batch-progress-skipped = [{ $done }/{ $total }] skipped: { $file }
ui-batch-panels-written = { $count ->
        [one] { $count } panel brief
       *[other] { $count } panel briefs
    } written
ui-batch-summary = { $ok } of { $total } rendered into { $folder }{ $failed ->
        [0] {""}
       *[other] , { $failed } failed
    }{ $skipped ->
        [0] {""}
       *[other] , { $skipped } skipped
    }; index in { $index }
ui-batch-fail-on = { $count ->
        [one] { $count } input is
       *[other] { $count } inputs are
    } rated { $rating } or worse (--fail-on):
ui-batch-fail-on-input = { $file }: { $rating }
ui-render-formats-need-folder = several formats need a folder: pass `-o DIR/` (or leave -o out)
ui-render-typ-not-stdout = `-f typ` writes a folder and cannot go to standard output; pass `-o DIR`
ui-render-watch-needs-files = --watch writes files: pass `-o FILE` or `-o DIR/`
ui-render-not-written = { $file } not written
ui-watch-watching = watching { $files }; Ctrl-C stops
ui-watch-stopped = stopped watching; the outputs stay as last rendered
ui-watch-kept-rubrics = kept the rubrics as they were
ui-watch-kept-templates = kept the templates as they were
ui-watch-problems = { $time } not rendered: { $file } has problems; the last good output stays
ui-watch-format-failed = { $time } { $format } not rendered: { $error }
ui-watch-rendered = { $time } rendered { $files } in { $ms } ms
ui-panel-in-subfolders = { $folder } holds no assessment of its own; { $count ->
        [one] its folder { $folders } does
       *[other] its folders { $folders } do
    }: give the folder of one proposal (`impact-brief panel { $first }`), or `impact-brief batch { $folder } --panels` for a panel of each
ui-panel-too-few = a panel needs at least two assessments of the proposal, and { $count ->
        [one] { $count } was
       *[other] { $count } were
    } given
ui-panel-none-read = no assessment could be read
ui-panel-different-rubrics = { $first } and { $second } answer different rubrics ({ $what }); a panel compares answers to the same rubrics
ui-panel-forced = warning: { $first } and { $second } differ ({ $what }); the panel brief shows { $shown }'s
ui-panel-not-same-proposal = { $first } and { $second } do not assess the same proposal at the same stage ({ $what }); pass --force to bring them together anyway
ui-panel-two-stages = { $first } and { $second } do not assess the same proposal at the same stage ({ $what }); two stages of one bill make a change brief (`impact-brief diff OLD NEW`), not a panel; pass --force to bring them together anyway
ui-panel-upgraded = note: { $file } was written for rubrics { $edition }.x; it was upgraded in memory to the current questions
ui-panel-copy = warning: { $file } holds the same assessors and answers as { $earlier }; each counts as an assessment
ui-panel-languages = warning: the members are written in more than one language ({ $file } in { $other }); the panel brief is in { $lang }, the first file's: pass --lang to choose
ui-panel-named-twice = warning: { $file } is named twice; it counts once
ui-diff-same-file = warning: both paths name the same file ({ $file }): the change brief compares it with itself
ui-diff-different-rubrics = { $old } and { $new } answer different rubrics ({ $old_rubrics } vs { $new_rubrics }); a change brief compares answers to the same rubrics: list the same ones in both files (the `rubrics` key at the top)
ui-diff-different-proposals = { $old } and { $new } seem to assess different proposals ({ $differences }); pass --force to compare them anyway
# What differs between two files' proposals, in the lists of ui-diff-different-proposals and the panel's messages ($old and $new: what each file gives).
ui-difference-title = title "{ $old }" vs "{ $new }"
ui-difference-reference = reference "{ $old }" vs "{ $new }"
ui-difference-jurisdiction = jurisdiction "{ $old }" vs "{ $new }"
ui-difference-stage = stage "{ $old }" vs "{ $new }"
ui-difference-introduced = introduced { $old } vs { $new }
ui-difference-rubrics = rubrics { $old } vs { $new }
# In place of a reference or a stage that a file does not give.
ui-difference-none = none
# `diff --fail-on-worse`: the overall rating, then each dimension that got worse (ui-diff-got-worse-dimension, one after the other).
ui-diff-got-worse = got worse: { $old } → { $new } overall{ $dimensions }
ui-diff-got-worse-dimension = ; { $dimension }: { $old } → { $new }
ui-diff-swapped = warning: OLD ({ $old }) looks later than NEW ({ $new }): { $reasons }
    {"  "}help: the change brief reads OLD as the earlier version; if they are swapped, run `impact-brief diff { $new } { $old }`
ui-diff-swapped-stage = its stage ({ $old }) comes after NEW's ({ $new })
ui-diff-swapped-introduced = its text was introduced on { $old }, after NEW's ({ $new })
ui-diff-swapped-assessed = it was assessed on { $old }, after NEW ({ $new })
# Adds a reason to those before it: "A, and B, and C".
ui-diff-swapped-and = { $reasons }, and { $reason }
ui-migrate-nothing-to-do = { $file }: already answers rubrics { $edition }.x (schema_version = { $edition }); nothing to do
# What `migrate` did, a line per question; the first words are padded so that the questions line up.
ui-migrate-level = level { $level }
ui-migrate-no-answer = no answer
# Written into the assessment file, above the words of an answer that migrate could not carry over.
ui-migrate-note-needs-answer = *Answered for rubrics { $edition }.x as `{ $from }` ({ $was }); the question now asks more, so it needs a new answer.*
ui-migrate-note-also-answered = *Also answered for rubrics { $edition }.x as `{ $from }` ({ $was }), a question this one replaces:*
ui-migrate-moved = moved   { $from } ({ $was }) → { $to } ({ $now })
ui-migrate-asks-more = answer  { $question } ({ $was }): the question now asks more, so the answer is not carried over; the old rationale is kept, marked unknown
ui-migrate-replaced = answer  { $question }: it replaces { $old } ({ $was }), which asked something different; the old rationale is kept, marked unknown
ui-migrate-new = new     { $question }: added in rubrics { $edition }.x; answer it
ui-migrate-merged = merged  { $from } ({ $was }) into { $to }: the file answers both; the answer to { $to } is kept, and the old answer's rationale, evidence and recommendation are added to it with a note
ui-migrate-read-only = { $file } is read-only, so it is not rewritten; make it writable first, or see the result with --dry-run
ui-migrate-done = { $file }: migrated to rubrics { $edition }.x; the original is kept as { $backup }
ui-migrate-all-carried-over = Every answer was carried over, and no question is new.
ui-migrate-needs-answers = { $count ->
        [one] { $count } question needs
       *[other] { $count } questions need
    } an answer; until then the brief marks its effect rating as provisional. `impact-brief check { $file }` lists them.
ui-migrate-backup-is-link = { $file } is a link; move it away first, so that no earlier backup is lost and nothing is written elsewhere
ui-migrate-backup-exists = { $file } exists already; move it away first, so that no earlier backup is lost and nothing is written elsewhere
ui-migrate-cannot-create-backup = cannot create the backup { $file }
ui-migrate-cannot-write-backup = cannot write the backup { $file }
ui-schema-no-config-folder = cannot tell where your configuration folder is: neither XDG_CONFIG_HOME nor HOME is set{ $system ->
        [windows] {" "}(nor APPDATA)
       *[other] {""}
    }
    {"  "}help: write the schema yourself with `impact-brief schema { $kind } > PATH`, and set { $variable }=PATH
ui-schema-installed-assessment = Assessment files that start with `#:schema { $url }` (those from init, the wizard and migrate do) are now completed and checked by editors with Taplo, such as VS Code's Even Better TOML.
ui-schema-variable-set = note: { $variable } is set, so new files point at { $target } instead
ui-schema-installed-rubric = To have a rubric file checked, make `#:schema { $url }` its first line.

## An answer that names another question for its advice (`advice_under`) when that question gives
## none. $question and $named are full question ids.
ui-check-advice-under-none = `{ $question }` takes its advice from `{ $named }`, which gives none, so the brief advises on neither
ui-check-advice-under-none-help = tick the harm the proposal has under `{ $named }` (or write its `recommendation`), or give this answer advice of its own and remove `advice_under`
ui-check-advice-under-no-concern-help = `{ $named }` raises no concern for advice to answer (it has no level below its acceptable one): give this answer advice of its own (tick its harms, or write `recommendation`) and remove `advice_under`
ui-check-advice-under-chain = `{ $question }` takes its advice from `{ $named }`, which takes its own from `{ $further }`: the brief names `{ $named }` under that advice, but not `{ $question }`
ui-check-advice-under-chain-help = name `{ $further }` in `advice_under` instead: advice is passed on once, not along a chain

## `rubric list` and `rubric show`: labels around the rubric's own texts (which come from its
## translation). $edition is a rubric edition number ("3" in "3.x").
ui-rubric-weight = weight
ui-rubric-question-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
ui-rubric-header = { $title } ({ $id }, version { $version }, weight { $weight })
ui-rubric-dimension-effect = effect
ui-rubric-dimension-process = process
ui-rubric-red-flag = red flag
ui-rubric-severe-red-flag = severe red flag
ui-rubric-acceptable-from-here = acceptable from here
ui-rubric-mechanisms = Mechanisms (tick those the proposal has):
ui-rubric-contained-by = contained by { $safeguards }
ui-rubric-since = New in rubrics { $edition }.x.
ui-rubric-widened = Asks more since rubrics { $edition }.x: an earlier answer needs a new one.
ui-rubric-area = Screening area
ui-rubric-covers = Covers
ui-rubric-replaces = Replaces (rubrics 1.x)
ui-rubric-applies-if = Asked only when { $question } is at level { $level } or above.
ui-rubric-sources = Sources
ui-rubric-unknown = unknown rubric `{ $id }`
ui-rubric-unknown-help = known rubrics: { $known }
ui-rubric-check-ok = { $file }: ok — rubric `{ $id }` { $version } with { $count ->
    [one] { $count } question
   *[other] { $count } questions
}

## The problems found in an assessment file once it is read (its TOML is valid): what is missing,
## unknown or out of range. Keys, ids and values in backticks or quotes stay as the file writes them.
ui-file-no-title = the proposal has no title
ui-file-no-title-help = add `title = "Name of the bill"` under [proposal]
ui-file-not-a-date = `{ $key }` must be a date, not { $date }
ui-file-date-help = write dates as 2026-12-05, without quotes
ui-file-no-rubric = the assessment answers no rubric
ui-file-no-rubric-help = list at least one, e.g. rubrics = ["{ $example }"], or remove the line to use all three
ui-file-unknown-rubric = unknown rubric `{ $id }`
ui-file-unknown-rubric-help = known rubrics: { $known }
ui-file-rubric-twice = rubric `{ $id }` is listed twice
ui-file-rubric-twice-help = list each rubric once
ui-file-answers-unknown-rubric = answers for unknown rubric `{ $id }`
ui-file-answers-unlisted-rubric-help = add "{ $id }" to `rubrics = [...]` at the top of the file, or remove these answers
ui-file-answers-unknown-rubric-help = answer one of the assessment's rubrics: { $known }
ui-file-advice-under-self = `{ $question }` names itself in `advice_under`
ui-file-advice-under-self-help = name the other questions whose advice also answers this one
ui-file-advice-under-unknown = `advice_under` of `{ $question }` names `{ $named }`, not a question of this assessment
ui-file-advice-under-unlisted = `advice_under` of `{ $question }` names `{ $named }`, but the assessment does not answer the rubric `{ $rubric }`
ui-file-advice-under-unlisted-help = add "{ $rubric }" to `rubrics = [...]` at the top of the file, or name a question of the assessment's rubrics
ui-file-unknown-effect = unknown value `{ $value }` for `effect`
ui-file-unknown-effect-help = use one of { $known }
ui-file-unknown-concern = expected concern `{ $concern }` is not a question
ui-file-nearest-questions = the nearest questions: { $known }
ui-file-no-such-file-help = check the path; `impact-brief init FILE` creates a new assessment file
ui-file-did-you-mean = did you mean { $file }?
ui-file-too-long = `{ $field }` is { $count } characters long; a brief takes at most { $limit }
ui-file-too-long-help = shorten it, and put the full text in a document the evidence links to
ui-file-too-long-evidence-help = give a shorter address for the same page (the site's own short link, or the page without its tracking parameters)
ui-file-unknown-question = unknown question `{ $question }`
ui-file-unknown-question-help = valid questions, nearest first: { $known }
ui-file-status-process = `{ $question }` is a process question; "{ $status }" is for effect questions
ui-file-status-process-help = use a level, or status = "unknown" or "not-applicable"
ui-file-no-mechanisms-help = `{ $question }` lists no mechanisms; remove `mechanisms`
ui-file-mechanisms-nearest-help = mechanisms of `{ $question }`, nearest first: { $known }
ui-file-unknown-mechanism = unknown mechanism `{ $mechanism }` for `{ $question }`
ui-file-level-out-of-range = level { $level } is out of range for `{ $question }`
ui-file-level-out-of-range-help = use a level from 0 ("{ $lowest }") to { $top } ("{ $highest }"), or status = "unknown"
ui-file-level-and-status = `{ $question }` has both a level and status = "{ $status }"
ui-file-level-and-status-help = keep `level` if the question was judged, or `status` if it was not, not both

## What init says once it has written the file, and the hint about the editor schema ($state:
## missing or stale).
ui-init-wrote = wrote { $file }: fill in the levels, then run `impact-brief check { $file }`
ui-schema-install-hint = The schema that lets your editor check this file as you type { $state ->
    [missing] is not installed
   *[stale] is out of date
}: run `{ $command }`

## What the operating system said, in words: a file or folder that could not be read or written.
ui-io-not-found = no such file or folder
ui-io-permission-denied = permission denied
ui-io-read-only = the disk is read-only
ui-io-storage-full = the disk is full
ui-io-is-a-folder = it is a folder
ui-io-not-a-folder = a part of the path is a file, not a folder
ui-io-invalid-name = the name is not valid here
ui-io-address-in-use = another program already uses that port

## Writing outputs: `render`, `batch`, `diff`, `panel`, `init`, `migrate`.
ui-output-is-folder = { $file } is a folder: name a file to write to
ui-output-cannot-write = cannot write { $file }
ui-output-read-only = { $file } is read-only, so it is left as it is: make it writable to have it written again, or write the brief elsewhere
ui-output-edited-word = { $file } is not a Word document as impact-brief wrote it (it may have been opened and saved since, with a reviewer's comments or tracked changes), so it is left as it is: move or rename it to have the brief written again, or write the brief elsewhere
ui-output-cannot-create-in = cannot write { $file }: cannot create files in { $folder } ({ $reason })
ui-output-cannot-write-into = cannot write into { $folder } ({ $reason }); make it writable or choose another `-o DIR`
ui-output-folder-is-file = cannot create the folder { $folder }: { $file } is a file, not a folder; choose another output path
ui-output-cannot-create-folder = cannot create the folder { $folder }
ui-output-over-itself = refusing to write { $file } over itself, which this command reads; choose another output path with -o
ui-output-over-input = refusing to write { $file } over the input { $input }, which this command reads; choose another output path with -o
ui-more-information = For more information, try '--help'.
ui-output-unknown-extension = `-o { $file }`: impact-brief does not know what to write under that extension; end the name in .md, .pdf, .html, .docx (Word) or .json, or say the format with -f
ui-output-extension-disagrees = `-o` names a .{ $extension } file but `-f { $format }` was asked for; make them agree
ui-output-toml = `-o { $file }`: a brief is not written under .toml, the extension of assessments, which check, batch and serve would read as one; end the name in .md, .pdf, .html, .docx or .json
ui-init-exists = { $file } already exists; init never overwrites a file
ui-init-exists-help = choose another name, or continue it with `{ $command }`
ui-init-cannot-create = cannot create { $file }
ui-batch-cannot-read = cannot read it: { $reason }
ui-batch-output-link = { $path } in the output folder is a link: no brief is written through it, as it may lead outside the output folder; remove the link, or give another -o
ui-batch-skipped-fail-fast = skipped after an earlier failure (--fail-fast)
ui-batch-skipped-stopped = not rendered: the run was stopped before it (Ctrl-C or SIGTERM)
ui-batch-stopped = stopped: { $done } of { $total } inputs done, { $left } not started; the index ({ $index }) lists each; run the same batch again to render the rest
ui-batch-stopped-at-once = stopped at once: every file written so far is whole, but the briefs in progress may have some formats new and others not yet written, and the index was not written (any index there is an earlier run's); run the batch again to bring them up to date
ui-batch-link-loop = warning: { $link } is a link back to { $folder }, a folder above it: it is not followed, and what is under it is read once, by its own path
ui-batch-format-failed = the { $format } brief was not written: { $error }
ui-batch-panel-format-failed = the { $format } panel brief was not written: { $error }
ui-batch-panel-member-failed = the panel brief was not written: { $file } could not be read, and may be one of its members; fix it and run again
ui-batch-worker-stopped = internal error: the worker rendering it stopped; this is a bug, please report it
ui-batch-internal-error = internal error while rendering it ({ $what }); this is a bug, please report it
ui-batch-outputs-removed = note: the outputs of an earlier run were removed, as this run could not bring them up to date: { $files }
ui-batch-outputs-kept = note: kept, as their owner's (read-only, or a Word copy saved since), though this run could not bring them up to date: { $files }
ui-batch-index-clash = its outputs would replace the batch index ({ $index }.md, .csv, .json); rename the file
ui-batch-same-names = its outputs would have the same names as those of { $file }; rename one of the two files

## clap's mistakes of the command line, said in the user's language. $arguments, $flag and
## $values are as the command line writes them (`<FILE>`, `--format <FORMAT>`, `md, pdf`).
ui-usage-missing = the following required arguments were not provided: { $arguments }
ui-usage-invalid-value = invalid value '{ $value }' for '{ $flag }'
ui-usage-possible-values = possible values: { $values }
ui-usage-did-you-mean = did you mean '{ $suggested }'? Possible values: { $values }
ui-usage-unknown-argument = unexpected argument '{ $argument }' found
ui-usage-similar-argument = a similar argument exists: '{ $suggested }'
ui-usage-unknown-command = unknown command '{ $command }'
ui-usage-similar-command = a similar command exists: '{ $suggested }'
ui-usage-value-needed = a value is needed for '{ $flag }', and none was given
ui-usage-version-no-command = --version takes no command (`impact-brief version` prints what --version --verbose does)
ui-usage-command-needed = a command is needed, e.g. `impact-brief wizard`; `impact-brief --help` lists them all
ui-usage-usage = Usage:
ui-help-commands = Commands:
ui-help-arguments = Arguments:
ui-help-options = Options:
ui-help-default = default:
ui-help-help = Print help
ui-help-help-more = Print help (see more with '--help')
ui-help-help-summary = Print help (see a summary with '-h')
ui-help-help-command = Print this message or the help of the given subcommand(s)
ui-help-possible-values = Possible values:
ui-help-possible-values-line = [possible values: { $values }]
