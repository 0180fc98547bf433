# The brief of one assessment.
