"""Reading spreadsheets for an import: .xlsx with openpyxl's streaming reader, .csv with the csv module.

Below the services and beside `export`: it knows files, never the database. What it hands out is
`domain.tables.SourceTable`; a file it will not read raises `domain.errors.UnreadableFile` in Dutch.
"""
