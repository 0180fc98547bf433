# The panel brief: several assessors' assessments of one proposal.

## Headings, column titles and short labels (no variables): the view's `labels`.
panel-title = Panel Brief
panel-jurisdiction = Jurisdiction
panel-reference = Reference
panel-stage = Stage
panel-panel = Panel
panel-rubrics = Rubrics
panel-who-assessed = Who assessed
panel-stakeholder-group = Stakeholder group
panel-assessments = Assessments
panel-assessors = Assessors
panel-consolidated-verdict = Consolidated verdict
panel-rubric = Rubric
panel-effect = Effect
panel-process = Process
panel-rating = Rating
panel-score = Score
panel-red-flags-by-group = Red flags, by the groups that raised them
panel-by-rubric = Ratings by rubric
panel-agreement = Agreement
panel-alpha = Alpha
panel-questions = Questions
panel-disagree = Where the groups disagree
panel-group = Group
panel-answer = Answer
panel-level-means = What the level means
panel-red-flag = red flag
panel-agree = Where they agree
panel-own-verdict = Each group's own verdict
panel-overall = Overall
panel-still-open = Still open, by group
panel-consolidated-answers = Consolidated answers
panel-question = Question
panel-recommendations = Recommendations
panel-methodology = Methodology
panel-how-made = How the panel's answer is made
panel-scoring = Scoring
panel-sources = Sources of the rubrics
panel-not-affected = Not affected
panel-not-answered = Not answered
panel-not-applicable = Not applicable
panel-unknown = Unknown
panel-screened-out = Screened out
panel-no-group = No group named
panel-no-variation = no variation
panel-not-enough-data = not enough data
panel-proposal-and-panel = The proposal and the panel
panel-caption-who = The stakeholder groups on the panel, how many assessments each sent, and who assessed
panel-caption-rubrics = The panel's ratings by rubric: effect, process, rating and score
panel-caption-agreement = Agreement by rubric: Krippendorff's alpha, the assessors and the questions it rests on
panel-caption-answers = Each group's answer to the question and what that level means
panel-caption-own-verdict = Each group's own verdict: its overall, effect, process and rubric ratings, from its members' median answers
panel-caption-consolidated = Every question: each group's answer and the panel's
panel-chart-caption = Each group's own overall score out of 100, then the panel's. A bar's colour is its rating band; the marks on the track are the band limits.

## Empty states.
panel-all-groups-present = Every stakeholder group is represented.
panel-no-red-flags = No group raised a red flag.
panel-no-disagreements = The groups gave the same answer to every question.
panel-no-agreements = No question was answered alike by every group.
panel-all-answered = Every group has answered every applicable question.
panel-no-recommendations = No consolidated answer calls for a change.

## Sentences with numbers and names.
panel-level-of = { $level } of { $max }
panel-line = { $assessments ->
    [one] { $assessments } assessment
   *[other] { $assessments } assessments
  } from { $groups ->
    [one] { $groups } stakeholder group
   *[other] { $groups } stakeholder groups
  }
panel-missing-groups = Not represented on the panel: { $groups }.
panel-agreement-high = The assessors largely agree: an alpha of { $high } or more is what Krippendorff counts as agreement to rely on.
panel-agreement-middle = The assessors agree in part: an alpha between { $middle } and { $high } supports tentative conclusions only, in Krippendorff's rule.
panel-agreement-low = The assessors differ widely: an alpha below { $middle } is too low, in Krippendorff's rule, for the panel's answer to stand for every assessor.
panel-drafter-mark = , drafter of the text
panel-agreement-without-drafters = Without the assessment of the { $count ->
    [one] drafter
   *[other] drafters
} of the text ({ $files }), alpha is { $alpha }: { $reading ->
    [high] the other assessors largely agree.
    [middle] the other assessors agree in part.
   *[low] the other assessors still differ widely.
}
panel-alpha-line = Krippendorff's alpha (ordinal) over all questions: { $alpha } ({ $coders ->
    [one] { $coders } assessor
   *[other] { $coders } assessors
  }, { $units ->
    [one] { $units } question answered by at least two
   *[other] { $units } questions answered by at least two
  }).
panel-spread-line = Spread { $spread } (from { $lowest } to { $highest }); the panel's answer: { $answer }.
panel-spread-line-not-affected = Spread { $spread } (from { $lowest } to { $highest }, where “not affected”, the answer of { $groups }, counts as the acceptable level { $acceptable }); the panel's answer: { $answer }.
panel-flag-finding = { $group } found: “{ $finding }”
panel-flag-not-raised = Not raised by { $groups }.
panel-quote-answered = { $assessor }, who answered { $answer }
panel-quote-others = { $count ->
    [one] { $count } other member's words in the JSON panel brief
   *[other] { $count } other members' words in the JSON panel brief
  }
panel-recommendation-line = panel level { $level }, { $dimension }
panel-generated = Generated by { $generator } from the panel's { $assessments } assessments.
panel-chart-alt = Bar chart of each stakeholder group's own overall score out of 100.

## How the panel's answer is made, a sentence each.
panel-rule-groups = Each stakeholder group is first reduced to its own answer per question: the median of its members' levels, the lower of the two middle levels when they are even in number, so a group that sent five people does not outvote a group that sent one.
panel-rule-panel = The panel's answer is the median of the groups' answers, again the lower middle on an even count, so the panel is never kinder than half of its groups; it is then scored by the normal rule.
panel-rule-mechanisms = What the proposal does, the harms and safeguards the assessors ticked, is brought together the same way, never kinder than half: a harm is kept where at least half of a group's members who answered ticked it (one who found the area not affected found nothing in it), and for the panel where at least half of the groups did; a safeguard that contains a harm kept, where more than half of those who found the harm ticked it too; any other safeguard, where more than half did. A harm kept raises its red flag and brings its advice, as in a single brief; advice in an assessor's own words stays in that assessor's brief.
panel-rule-not-affected = “Not affected” counts at the question's acceptable level when medians are taken; the panel answers “not affected” only where that is where the median falls and no group gave a level there.
panel-rule-red-flags = A red flag raised by any group is shown, with the groups that raised it, even where the panel's answer raises none; those raised by the most groups come first, each with what one of those groups found (the group whose answer is the panel's, or else the lowest) and the answers of the groups that did not raise it.
panel-rule-alpha = Agreement is Krippendorff's alpha for ordinal data over the individual assessors' levels (1 is perfect agreement, 0 what chance would give); below two assessors, or with no question answered by two, there is not enough data. Krippendorff counts an alpha of 0.800 or more as agreement to rely on, and 0.667 as the least for tentative conclusions (Content Analysis, 2004); the brief reads the alpha as shown, to two decimals.
panel-rule-spread = The spread of a question is the distance between the lowest and the highest group answer; questions are listed where the groups disagree, widest spread first, with each group's words quoted once, verbatim: those of a member whose own answer is the group's, or nearest to it. Every member's words are in the JSON panel brief.
panel-dimension-effect = effect
panel-dimension-process = process
panel-level = Level
panel-no-score = no score
panel-chart-title = Each group's own overall score out of 100, then the panel's
panel-verdict-line = Overall rating: { $rating } — score { $score } of 100, coverage { $coverage }.
panel-raised-by = raised by
panel-effect-score = effect score, out of 100
panel-coverage = Coverage
panel-overall-rating = Overall rating
panel-score-word = score
panel-agreement-short = agreement (α)
panel-disagree-intro = Questions whose group answers differ, widest spread first. Each group's words are quoted once, as written: those of a member whose own answer is the group's, or nearest to it.
panel-red-note = An answer in red is a red flag.
panel-recommendations-intro = Where the panel's answer is below the level its question marks as acceptable. In order: red flags first, effect before process, then by priority.
panel-flags-raised = { $count ->
    [one] { $count } red flag raised by at least one group
   *[other] { $count } red flags raised by at least one group
  }
panel-flags-beyond-consolidated = The groups raised { $count ->
    [one] { $count } red flag
   *[other] { $count } red flags
  } between them, listed below; { $consolidated ->
    [0] the consolidated answers hold none
    [one] the consolidated answers hold one
   *[other] the consolidated answers hold { $consolidated }
  }.
