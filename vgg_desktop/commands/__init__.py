"""Headless subcommands of `vgg-desktop`. Each module has `register(subparsers)`; none imports Qt.

Modules import their heavy dependencies inside the handler, so `vgg-desktop --version` stays instant.
"""

MODULES: tuple[str, ...] = ("init", "export", "report", "plan_document", "backup", "restore", "check", "history",
                           "setup_roles", "new_year", "election", "import_")
