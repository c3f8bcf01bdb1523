"""Use cases over the database: each call is one transaction and hands out plain frozen values."""
