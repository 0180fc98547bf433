# Words and formats every document and the interface share.

## Dates: "12 May 2021". $day and $year are numbers, $month a name from below.
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The colon between a label and what follows it ("Overall rating: Weak"), as the language
## writes it.
colon = { ":" }

## The semicolon between the clauses of a sentence, and its space after, as the language writes it.
semicolon = { "; " }

## The mark between groups of three digits in a large number ("5,000,000"), and the fewest
## digits a number has before its digits are grouped.
thousands-separator = { "," }
thousands-from = 4

## A percentage: "94%". $number is already written with the language's decimal sign.
percent = { $number }%

## The shared words of every document. Ids are the English keys of the file format and JSON
## (`rating-serious-concerns`, `group-civil-society`); only the words change with the language.

## Rating bands, as the process, a rubric and the whole proposal are rated.
rating-no-effect-found = No effect found
rating-strong = Strong
rating-adequate = Adequate
rating-weak = Weak
rating-serious-concerns = Serious concerns
rating-insufficient-evidence = Insufficient evidence

## The same bands, as the effect on the Internet names them.
verdict-no-effect-found = No effect found
verdict-protective = Protective
verdict-low-risk = Low risk
verdict-harmful = Harmful
verdict-serious-harm = Serious harm
verdict-insufficient-evidence = Insufficient evidence

## The two dimensions of a rubric.
dimension-effect = Effect on the Internet
dimension-process = Process
## The same, inside a sentence ("Overall, effect on the Internet: capped at …").
dimension-effect-in-sentence = effect on the Internet
dimension-process-in-sentence = process

## What became of a question.
status-answered = Answered
status-unknown = Unknown
status-unanswered = Not answered
status-not-applicable = Not applicable
status-not-affected = Not affected
status-screened-out = Screened out

## Whether an assessment is still being worked on.
review-draft = Draft
review-final = Final

## How far a proposal has come.
stage-request = Request
stage-idea = Idea
stage-draft = Draft
stage-consultation = In consultation
stage-in-legislature = In the legislature
stage-adopted = Adopted
stage-in-force = In force
stage-withdrawn = Withdrawn
stage-rejected = Rejected

## What kind of measure a proposal is.
kind-law = Law
kind-regulation = Regulation
kind-decree = Decree
kind-treaty = Treaty
kind-court-order = Court order
kind-request = Request to a global body
kind-private-network = Action of a private network
kind-non-binding = Non-binding declaration or statement

## How advice names a measure of each kind, inside a sentence.
measure-law = the law
measure-regulation = the regulation
measure-decree = the decree
measure-treaty = the treaty
measure-court-order = the order
measure-request = the request
measure-private-network = the network's policy
measure-non-binding = the declaration
# The step that ends the measure, for a rubric's `{withdraw}`: by its kind and how far it has come.
withdraw = withdraw { $measure }
withdraw-repeal = repeal { $measure }
withdraw-denounce = denounce { $measure }
withdraw-do-not-adopt = do not adopt { $measure }
withdraw-do-not-bring-back = do not bring { $measure } back
# When a check the advice asks for is to be made ({timing}): before a measure applies, or
# now and at each review once it is adopted or in force.
timing-before = before the measure applies
timing-now = now and at each review
timing-now-practice = now and whenever the policy changes
# The stages still to come of the measure, for a rubric's `{later}`: by its kind.
later-binding = the implementation, review and any later amendment of the measure
later-request = the further work of the body that decides on the request
later-non-binding = the drafting of any follow-up text and any review of the declaration's commitments
later-private-network = any later change to the network's policy

## Channels of a consultation, where the ledger names one by its id.
channel-portal = online portal
channel-written = written submissions
channel-meeting = meetings
channel-hearing = hearings
channel-survey = survey

## The stakeholder groups of Internet governance, and who else may send a submission.
group-government = Government
group-private-sector = Private sector
group-civil-society = Civil society
group-technical-community = Technical community
group-academia = Academia
group-intergovernmental = Intergovernmental organisation
group-individual = Individuals
group-unknown = Unknown

## What was done with a submission to a consultation.
disposition-accepted = Accepted
disposition-partially-accepted = Partially accepted
disposition-rejected = Rejected
disposition-out-of-scope = Out of scope
disposition-deferred = Deferred
disposition-not-answered = Not answered
disposition-withdrawn = Withdrawn
disposition-merged = Merged into another

## Why a submission was not (or not fully) taken up.
reason-legally-precluded = Legally precluded
reason-outside-mandate = Outside the mandate
reason-technically-infeasible = Technically infeasible
reason-disproportionate-cost = Disproportionate cost
reason-insufficient-evidence = Insufficient evidence
reason-addressed-elsewhere = Addressed elsewhere
reason-conflicts-with-objective = Conflicts with the stated objective
reason-outweighed-by-other-input = Outweighed by other input
reason-none-given = None given

## What an effect question's mechanism is, inside a sentence.
mechanism-harm = harm
mechanism-safeguard = safeguard

## Red flags.
flag-red-flag = Red flag
flag-severe = severe
flag-severe-red-flag = Severe red flag

## The Internet Society's map: the critical properties of the Internet Way of Networking and
## the enablers of an open, globally connected, secure and trustworthy Internet.
iiat-kind-critical-property = Critical property
iiat-kind-enabler = Enabler
iiat-accessible-infrastructure = An accessible infrastructure with a common protocol
iiat-open-architecture = An open architecture of interoperable and reusable building blocks
iiat-decentralised-management = Decentralised management and a single distributed routing system
iiat-common-identifiers = Common global identifiers
iiat-technology-neutral = A technology-neutral, general-purpose network
iiat-easy-access = Easy and unrestricted access
iiat-unrestricted-use = Unrestricted use and deployment of Internet technologies
iiat-collaborative-governance = Collaborative development, management and governance
iiat-unrestricted-reachability = Unrestricted reachability
iiat-available-capacity = Available capacity
iiat-data-confidentiality = Data confidentiality of information, devices and applications
iiat-integrity = Integrity of information, applications and services
iiat-reliability-resilience = Reliability, resilience and availability
iiat-accountability = Accountability
iiat-privacy = Privacy

## Page furniture: the running header and footer, and the chart's description.
page-overall = Overall
# The Word documents' keywords property: the method the brief follows.
keywords-method = Internet impact assessment
page-number = Page { $page } of { $total }

## Guidance that points to another question names it as the reader knows it: its area (or, for a
## process question, its prompt) as $name, quoted, then where it is. $rubric is the rubric's title,
## $number the question's place in it, $id its full id in backticks (as a fill-in file heads it).
question-reference = “{ $name }” ({ $rubric }, question { $number })
question-reference-by-id = “{ $name }” ({ $id })

## Why a new submission cannot take the id typed for it, after "Cannot use that id:" in the
## wizard and the browser.
submission-id-empty = it is empty
submission-id-taken = another submission already has it
