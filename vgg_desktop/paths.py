"""Where things are: resources in a checkout or in the frozen bundle, and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "VGG Desktop"
APP_AUTHOR = "VGG"


def resources_dir() -> Path:
    """`resources/` beside the package, or inside the PyInstaller bundle (sys._MEIPASS)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def seed_file() -> Path:
    return resources_dir() / "seed" / "jaarplan-2022.json"


def user_data_dir() -> Path:
    """The per-user data folder (on Windows %LOCALAPPDATA%\\VGG\\VGG Desktop); not created here."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return user_data_dir() / "vgg-desktop.sqlite3"


def log_dir() -> Path:
    return user_data_dir() / "logs"
