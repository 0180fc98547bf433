# The assessment in a browser (impact-brief serve).
