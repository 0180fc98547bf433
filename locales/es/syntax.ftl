# What is wrong with an assessment or rubric file as TOML, before its answers can be read: the
# file itself (its size, its encoding), a text, list or table left open, a key written twice, a
# value that is not what its key takes. Keys and values in backticks stay as the file writes them.
