"""The layers keep one direction: domain <- db <- services <- gui / export / CLI; Qt only in the GUI; the export
needs the domain only; the atomic write sits below db and export."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "vgg_desktop"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py")) if folder else sorted(PACKAGE.glob("*.py"))


def _offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in paths
        for name in sorted(_imports(path))
        if name.startswith(forbidden)
    ]


def test_domain_imports_nothing_of_ours_but_itself() -> None:
    offenders = [
        entry for entry in _offenders(_modules("domain"), ("vgg_desktop", "sqlalchemy", "PySide6", "openpyxl", "alembic"))
        if " imports vgg_desktop.domain" not in entry
    ]
    assert offenders == []


@pytest.mark.parametrize("folder", ["domain", "db", "services", "export", "commands", "reading"])
def test_qt_only_in_the_gui(folder: str) -> None:
    assert _offenders(_modules(folder), ("PySide6", "shiboken6", "vgg_desktop.gui")) == []


def test_top_level_modules_other_than_app_do_not_import_qt() -> None:
    paths = [path for path in _modules("") if path.name != "app.py"]
    assert _offenders(paths, ("PySide6", "vgg_desktop.gui")) == []


def test_gui_never_touches_the_database_layer() -> None:
    assert _offenders(_modules("gui"), ("sqlalchemy", "alembic", "vgg_desktop.db")) == []


def test_services_and_db_do_not_reach_up() -> None:
    assert _offenders(_modules("db"), ("vgg_desktop.services", "vgg_desktop.export", "openpyxl")) == []
    assert _offenders(_modules("services"), ("vgg_desktop.export", "openpyxl")) == []


def test_reading_a_file_for_an_import_knows_no_database() -> None:
    assert _offenders(_modules("reading"), ("sqlalchemy", "alembic", "vgg_desktop.db", "vgg_desktop.services",
                                            "vgg_desktop.export")) == []


def test_export_reads_no_database() -> None:
    assert _offenders(_modules("export"), ("sqlalchemy", "alembic", "vgg_desktop.db")) == []


def test_export_depends_on_the_domain_only() -> None:
    # The report values it writes live in the domain (report_values.py, document_values.py), not in the services.
    allowed = ("vgg_desktop.export", "vgg_desktop.domain", "vgg_desktop.atomic_file", "vgg_desktop.paths")
    assert _ours_outside("export", allowed) == []


def test_the_atomic_write_is_pure_standard_library() -> None:
    # Both db (backups) and export (workbooks, documents) use it, so it may import neither, nor anything else of ours.
    path = PACKAGE / "atomic_file.py"
    assert [name for name in sorted(_imports(path)) if name.split(".")[0] not in sys.stdlib_module_names] == []


def _our_imports(path: Path) -> set[str]:
    """Every module of ours that `path` names, `from vgg_desktop import x` counted as `vgg_desktop.x`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("vgg_desktop"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("vgg_desktop"):
            if node.module == "vgg_desktop":
                found.update(f"vgg_desktop.{alias.name}" for alias in node.names)
            else:
                found.add(node.module)
    return found


def _ours_outside(folder: str, allowed: tuple[str, ...]) -> list[str]:
    """Every import of one of our modules in `folder` that is not in `allowed`."""
    return [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in _modules(folder)
        for name in sorted(_our_imports(path))
        if not name.startswith(allowed)
    ]


def test_the_gui_reaches_the_database_only_through_the_services() -> None:
    # A top-level module that imports `db` would hand the GUI the database layer's types indirectly.
    allowed = ("vgg_desktop.gui", "vgg_desktop.services", "vgg_desktop.domain", "vgg_desktop.export",
               "vgg_desktop.reading", "vgg_desktop.paths", "vgg_desktop.atomic_file", "vgg_desktop.__version__")
    assert _ours_outside("gui", allowed) == []
