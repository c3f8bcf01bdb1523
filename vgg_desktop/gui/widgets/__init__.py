"""Widgets the tabs share: the search field, the table view, the detail pane, the persons dialog."""
