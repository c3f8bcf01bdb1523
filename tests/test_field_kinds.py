"""Every kind of field is handled by every layer: one entry per kind in each layer's table, none missing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from vgg_desktop.db import mapping
from vgg_desktop.domain import schema
from vgg_desktop.domain.schema import FieldKind
from vgg_desktop.gui.editing import kinds
from vgg_desktop.services import history_names

TABLES: dict[str, Mapping[FieldKind, Any]] = {
    "domain: the check (schema.CLEANERS)": schema.CLEANERS,
    "db: the storage (mapping.STORAGE)": mapping.STORAGE,
    "services: the history's text (history_names.SHOWN_IN_HISTORY)": history_names.SHOWN_IN_HISTORY,
    "gui: the widget and the shown text (kinds.KINDS)": kinds.KINDS,
}


@pytest.mark.parametrize("layer", TABLES)
def test_every_layer_handles_every_kind(layer: str) -> None:
    assert set(TABLES[layer]) == set(FieldKind)


def test_every_field_has_a_kind() -> None:
    for spec in schema.ALL_SPECS:
        for field in spec.fields:
            assert isinstance(field.kind, FieldKind), f"{spec.name}.{field.name}"
            assert (field.enum is not None) == (field.kind is FieldKind.ENUM), f"{spec.name}.{field.name}"
            assert (field.ref is not None) == (field.kind in (FieldKind.REF, FieldKind.REFS)), f"{spec.name}.{field.name}"


def test_an_unknown_kind_cannot_be_named() -> None:
    with pytest.raises(ValueError):
        FieldKind("percentage")
