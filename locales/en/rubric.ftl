# What is wrong with a rubric file (`rubric check`, `--rubrics DIR`) or a rubric's translation:
# its ids, levels, weights, sources, mechanisms and conditions. Keys, ids and values in backticks
# stay as the file writes them.

## A level in a level_map. $level is a number as the file writes it; $text the file's text.
rubric-level-expected = a level number or "not-affected"
rubric-level-negative = level { $level } is not a level; use 0 or more, or "not-affected"
rubric-level-too-large = level { $level } is too large
rubric-level-not-a-level = `{ $text }` is not a level; use a level number or "not-affected"

## The rubric's own keys. $weight is the number as the file writes it; $max the largest weight.
rubric-id-invalid = rubric id `{ $id }` is not valid
rubric-id-invalid-help = use lowercase letters, digits and hyphens, e.g. `openness`
rubric-weight-range = rubric weight { $weight } is out of range
rubric-weight-help = use a positive number up to { $max }; weights are relative, 1.0 is usual
rubric-no-questions = the rubric has no questions
rubric-no-questions-help = add at least one [[questions]] table
rubric-source-twice = source id `{ $source }` appears twice
rubric-source-twice-help = give every source its own id

## A question's own keys. $id is the question's id; $count, $min, $max, $levels, $top and $red
## are numbers ($count in rubric-question-level-count chooses the plural).
rubric-question-id-invalid = question id `{ $id }` is not valid
rubric-id-chars-help = use lowercase letters, digits and hyphens
rubric-question-twice = question id `{ $id }` appears twice in rubric `{ $rubric }`
rubric-question-twice-help = every question needs its own id
rubric-question-weight-range = question `{ $id }` has weight { $weight }, which is out of range
rubric-question-level-count = question `{ $id }` has { $count } levels; a question needs { $min } to { $max }
rubric-question-level-count-help = list the level texts worst first
rubric-question-red-flag = question `{ $id }` has red_flag_at = { $red }, which leaves no level without a red flag
rubric-question-red-flag-help = red_flag_at must be below the top level
rubric-question-no-recommendation = question `{ $id }` has no recommendation
rubric-question-no-recommendation-help = say what drafters should do when it scores below the top level
rubric-question-acceptable = question `{ $id }` has acceptable_at beyond its top level
rubric-question-acceptable-help = use a level from 0 to { $top }
rubric-question-level-recommendations = question `{ $id }` has { $count } level recommendations for { $levels } levels
rubric-question-level-recommendations-help = give at most one recommendation per level, worst first
rubric-question-no-dimension = question `{ $id }` has no dimension
rubric-question-no-dimension-help = add `dimension = "effect"` (what the proposal does to the Internet) or `dimension = "process"` (how it was made)

## What a question covers. $tag is the unknown item; $known a list of ids.
rubric-covers-unknown = question `{ $id }` covers unknown item `{ $tag }`
rubric-covers-unknown-help = known items, nearest first: { $known }; `impact-brief rubric show openness` uses them all
rubric-effect-covers-nothing = effect question `{ $id }` covers no critical property or enabler
rubric-effect-covers-nothing-help = add e.g. `covers = ["data-confidentiality"]`; `impact-brief rubric show openness` lists them
rubric-effect-no-area = effect question `{ $id }` has no area
rubric-effect-no-area-help = add a short plain-language `area`, e.g. `area = "Encryption and private messages"`; the wizard's screening step offers it

## What a question refers to. $cited is the source id the file cites; $known a list of ids.
rubric-unknown-source = question `{ $id }` cites unknown source `{ $cited }`
rubric-unknown-source-add-help = add it to [[sources]]
rubric-known-sources-help = known sources: { $known }
rubric-depends-on-itself = question `{ $id }` depends on itself
rubric-depends-on-itself-help = name another question in applies_if

## A question's level_map. $bad and $top are numbers.
rubric-level-map-several = question `{ $id }` has a level_map but replaces several questions
rubric-level-map-several-help = a level map needs one earlier question; drop it, and answers of the replaced questions will ask for a new answer
rubric-level-map-missing-level = level_map of `{ $id }` maps to level { $bad }, which the question does not have
rubric-level-map-missing-level-help = map each earlier level to a level from 0 to { $top }, or to "not-affected"
rubric-level-map-not-affected = level_map of `{ $id }` maps to "not-affected", which only effect questions have
rubric-level-map-not-affected-help = map every earlier level to a level of this question

## A question's mechanisms. $name is the mechanism's id; $safeguard the id contained_by names;
## $known a list of ids.
rubric-process-mechanisms = process question `{ $id }` has mechanisms
rubric-process-mechanisms-help = only effect questions list mechanisms; a process question's advice follows its level
rubric-effect-no-mechanisms = effect question `{ $id }` lists no mechanisms
rubric-effect-no-mechanisms-help = add [[questions.mechanisms]] tables: the harms a measure can do here, with their advice, and the safeguards that contain them
rubric-mechanism-id-invalid = mechanism id `{ $name }` of `{ $id }` is not valid
rubric-mechanism-twice = mechanism id `{ $name }` appears twice in `{ $id }`
rubric-mechanism-twice-help = every mechanism of a question needs its own id
rubric-mechanism-no-label = mechanism `{ $name }` of `{ $id }` has no label
rubric-mechanism-no-label-help = say in plain words what the measure does
rubric-harm-no-recommendation = harm `{ $name }` of `{ $id }` has no recommendation
rubric-harm-no-recommendation-help = say what to change so that the harm goes or is contained
rubric-harm-not-safeguard = harm `{ $name }` of `{ $id }` is contained by `{ $safeguard }`, which is no safeguard of the question
rubric-harm-not-safeguard-help = safeguards of `{ $id }`, nearest first: { $known }
rubric-safeguard-advice = safeguard `{ $name }` of `{ $id }` has a flag, a recommendation or contained_by
rubric-safeguard-advice-help = only harms raise flags and carry advice; a safeguard is named by its label
rubric-mechanism-unknown-source = mechanism `{ $name }` of `{ $id }` cites unknown source `{ $cited }`

## A rubrics folder and the dependencies between rubrics. $path is a file's path; $question a
## full question id (rubric.question); $level, $top are numbers; $error is the system's message.
## rubric-location stands where a file's path would, before a problem between rubrics.
rubric-location = rubric `{ $id }`
rubric-defined-twice = rubric id `{ $id }` is also defined in { $path }
rubric-defined-twice-help = give each rubric file its own id, or remove one of the two files
rubric-applies-if-unknown-rubric = `{ $id }` applies_if names `{ $question }`, whose rubric is unknown
rubric-known-rubrics-help = known rubrics: { $known }
rubric-applies-if-unknown-question = `{ $id }` applies_if names unknown question `{ $question }`
rubric-questions-of-help = questions of `{ $rubric }`: { $known }
rubric-applies-if-level = `{ $id }` applies_if asks for level { $level } of `{ $question }`, which has levels 0 to { $top }
rubric-applies-if-level-help = lower min_level
rubric-cycle = `{ $id }` depends on itself through applies_if
rubric-cycle-help = break the cycle: a question cannot, through others, depend on its own answer
rubric-folder-unreadable = cannot read the rubrics folder: { $error }
rubric-folder-unreadable-help = --rubrics takes a folder of rubric .toml files

## A rubric's translation overlay. $id is a question id; $name a mechanism id; $count and
## $english are numbers; $problem is one of the messages below.
rubric-overlay-unknown-question = `{ $id }` is not a question of the English rubric
rubric-overlay-question-problem = `{ $id }`: { $problem }
rubric-overlay-levels = { $count } levels, the English has { $english }
rubric-overlay-level-recommendations = { $count } level recommendations, the English has { $english }
rubric-overlay-area = `area` is given where the English has none, or missing where it has one
rubric-overlay-recommendation = `recommendation` does not match the English (one has it, the other not)
rubric-overlay-mechanism-missing = mechanism `{ $name }` is not translated
rubric-overlay-mechanism-recommendation = mechanism `{ $name }`: `recommendation` does not match the English
rubric-overlay-mechanism-unknown = mechanism `{ $name }` is not in the English question
