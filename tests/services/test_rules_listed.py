"""Every rule between records is listed once, and every way of building a service checks all of them."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from pathlib import Path

from vgg_desktop.services import rules
from vgg_desktop.startup import OpenedDatabase


def test_every_rule_written_is_listed_for_its_kind_of_record() -> None:
    written = {name for name, function in inspect.getmembers(rules, inspect.isfunction)
               if function.__module__ == rules.__name__ and name != "require_unique"}
    listed = [function.__name__ for functions in rules.RULES.values() for function in functions]
    assert sorted(listed) == sorted(written)


def test_a_record_service_built_on_its_own_checks_the_rules(opened: OpenedDatabase, database_path: Path) -> None:
    """Without the catalog (nor any import of the rules module by the caller) the rules still hold: a
    second municipality of the same name gets the rule's own Dutch message, not the database's refusal."""
    existing = opened.services.municipalities.list()[0].name
    opened.database.dispose()
    script = textwrap.dedent(f"""
        import sys
        from vgg_desktop.db.engine import make_engine
        from vgg_desktop.db.unit_of_work import Database
        from vgg_desktop.domain import schema
        from vgg_desktop.domain.errors import ValidationError
        from vgg_desktop.services.records import RecordService

        url = {f"sqlite:///{database_path}"!r}
        service = RecordService(Database(make_engine(url), url), schema.MUNICIPALITY)
        assert "vgg_desktop.services.catalog" not in sys.modules
        try:
            service.create({{"name": {existing!r}}})
        except ValidationError as error:
            print(error.errors["name"])
    """)
    finished = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert finished.stdout.strip() == f"Naam: er is al een gemeente '{existing}'. Kies een andere naam."
