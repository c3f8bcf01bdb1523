"""The window: PySide6 only. Talks to the services and their frozen values, never to the database."""
