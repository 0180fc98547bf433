# The panel brief: several assessors' assessments of one proposal.
