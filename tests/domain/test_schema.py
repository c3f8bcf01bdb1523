from __future__ import annotations

from datetime import date

import pytest

from vgg_desktop.domain import schema
from vgg_desktop.domain.enums import ProgressStatus, ProjectKind
from vgg_desktop.domain.errors import ValidationError


def test_clean_strips_control_characters_and_white_space() -> None:
    values = schema.clean(schema.PARTNER, {"name": "  Werk\x00 in\u200b Zicht\x1b ", "notes": "regel 1\r\nregel 2\x0c"})
    assert values == {"name": "Werk in Zicht", "notes": "regel 1\nregel 2"}


def test_defaults_fill_missing_fields() -> None:
    values = schema.clean(schema.ACTIVITY, {"year_plan_id": 1, "owner_kind": "klankbordgroep", "title": "T", "goal": "D"})
    # Nothing reported yet is the default; "niet gestart" is only ever chosen.
    assert values["first_half_status"] == values["second_half_status"] == ProgressStatus.NOT_REPORTED
    assert ProgressStatus.NOT_REPORTED.label == "Nog niet gerapporteerd"
    assert values["results"] == () and values["partner_ids"] == ()


def test_a_project_kind_may_be_unknown() -> None:
    assert schema.clean(schema.PROJECT, {"name": "Meten en Monitoren"})["kind"] is None
    assert schema.clean(schema.PROJECT, {"name": "Burgernet", "kind": "project"})["kind"] == ProjectKind.PROJECT


def test_every_bad_field_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as raised:
        schema.clean(schema.MEETING, {"date": "31-02-2022", "title": "", "kind": "feest"})
    assert set(raised.value.errors) == {"date", "title", "kind"}
    assert raised.value.errors["kind"].startswith("Soort: kies een van 'Vergadering Dagelijks Bestuur'")


def test_too_long_text_says_how_long() -> None:
    with pytest.raises(ValidationError, match="is 201 tekens lang; het mogen er hoogstens 200 zijn"):
        schema.clean(schema.PARTNER, {"name": "x" * 201})


def test_wrong_types_are_domain_errors() -> None:
    with pytest.raises(ValidationError):
        schema.clean(schema.PERSON, {"last_name": 12})
    with pytest.raises(ValidationError):
        schema.clean(schema.YEAR_PLAN, {"year": True, "title": "x"})
    with pytest.raises(ValidationError):
        schema.clean(schema.MEETING, {"date": 20220614, "title": "x"})


def test_years_outside_range_are_refused() -> None:
    with pytest.raises(ValidationError, match="buiten de mogelijke jaren"):
        schema.clean(schema.MEETING, {"date": date(1066, 10, 14), "title": "Slag"})


def test_every_spec_matches_its_value_type() -> None:
    from dataclasses import fields

    for spec in schema.ALL_SPECS:
        names = [field.name for field in fields(spec.value_type)]
        # A shared part (a person's name and contact) comes first in the value, where the schema orders
        # the fields as the user reads them.
        assert names[:2] == ["id", "version"] and sorted(names[2:]) == sorted(spec.field_names), spec.name


def test_a_person_and_a_staff_member_share_their_name_and_contact_fields() -> None:
    from dataclasses import fields

    from vgg_desktop.domain.entities import NameAndContact

    shared = [field.name for field in fields(NameAndContact)][2:]
    assert [field.name for field in (*schema.NAME_FIELDS, *schema.CONTACT_FIELDS)] == shared
    for spec in (schema.PERSON, schema.STAFF_MEMBER):
        assert issubclass(spec.value_type, NameAndContact)
        assert all(spec.field(field.name) is field for field in (*schema.NAME_FIELDS, *schema.CONTACT_FIELDS))
