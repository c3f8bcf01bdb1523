"""Which database this is, as a text that stays the same from one start to the next.

The window remembers a few choices per database (a postponed reminder, say): another database must
not inherit them. A SQLite file is known by its full path, a server database by its address without
the password, which has no place in a settings file.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url

from vgg_desktop.db.location import sqlite_path


def database_identity(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        # The same file however it was named: relative, with "..", or in other letter case on Windows.
        return "sqlite:" + os.path.normcase(str(Path(path).expanduser().resolve()))
    try:
        parsed = make_url(url)
    except Exception:  # an address SQLAlchemy cannot read is still this database's address
        return url
    return parsed.render_as_string(hide_password=True)
