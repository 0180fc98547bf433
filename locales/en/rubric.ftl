# What is wrong with a rubric file (`rubric check`, `--rubrics DIR`) or a rubric's translation:
# its ids, levels, weights, sources, mechanisms and conditions. Keys, ids and values in backticks
# stay as the file writes them.
