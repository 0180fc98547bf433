# What is wrong with a consultation ledger: its dates, its submissions (in the assessment file or
# in the CSV file it names) and their ids, dispositions and reasons. Column names, keys and values
# in backticks stay as the file writes them.
