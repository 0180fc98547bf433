# The change brief: what changed between two assessments.
