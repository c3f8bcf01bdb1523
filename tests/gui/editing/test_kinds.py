"""Each kind of field in the window: how its value reads in the record dialog and the conflict dialog."""

from __future__ import annotations

from datetime import date

from vgg_desktop.domain import schema
from vgg_desktop.domain.entities import CoreValue
from vgg_desktop.domain.enums import Salutation
from vgg_desktop.gui.editing.kinds import shown


def test_values_show_as_the_form_does() -> None:
    assert shown(schema.MEETING.field("date"), date(2022, 6, 14)) == "14-06-2022"
    assert shown(schema.PERSON.field("salutation"), Salutation("Mw.")) == Salutation("Mw.").label
    assert shown(schema.PERSON.field("municipality_id"), 3, lambda entity, key: f"{entity} {key}") == "municipality 3"
    assert shown(schema.PERSON.field("municipality_id"), 3) == "#3"
    assert shown(schema.PERSON.field("municipality_id"), 3, lambda entity, key: "") == "#3"
    assert shown(schema.ACTIVITY.field("partner_ids"), (1, 2), lambda entity, key: f"P{key}") == "P1, P2"
    assert shown(schema.ACTIVITY.field("results"), ("Een", "Twee")) == "Een; Twee"
    assert shown(schema.YEAR_PLAN.field("core_values"), (CoreValue("Samen", "..."), CoreValue("Open", "..."))) == "Samen; Open"
    assert shown(schema.ACTIVITY.field("position"), 7) == "7"
    assert shown(schema.PERSON.field("notes"), "twee\nregels") == "twee regels"
    assert shown(schema.PERSON.field("notes"), None) == ""
    assert shown(schema.ACTIVITY.field("partner_ids"), ()) == ""
    long = shown(schema.PERSON.field("notes"), "x" * 500)
    assert len(long) == 200 and long.endswith("…")


def test_yes_and_no_are_dutch(dutch: None) -> None:
    field = schema.PORTFOLIO.field("vng_not_applicable")
    assert (shown(field, True), shown(field, False)) == ("ja", "nee")
