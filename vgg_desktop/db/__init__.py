"""Storage through SQLAlchemy 2.x: engine, mapping, units of work and Alembic migrations."""
