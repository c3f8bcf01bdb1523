"""The association's model in pure Python: values, rules and errors. Imports nothing else of ours."""
