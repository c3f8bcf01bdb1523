"""The page 'Na de verkiezing': each place of the election's round, open or filled again and since when."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from tests.gui.models.helpers import column_texts
from tests.scenarios.spring_2022 import MEETING, play
from vgg_desktop.gui.models.refills import RefillModel
from vgg_desktop.startup import OpenedDatabase


def refill_model(opened: OpenedDatabase) -> RefillModel:
    play(opened.services)
    refills = opened.services.refills.latest(MEETING)
    assert refills is not None
    model = RefillModel()
    model.set_rows(refills.places)
    return model


def test_passes_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    qtmodeltester.check(refill_model(opened))


def test_filled_places_say_since_when_and_how_it_is_known(opened: OpenedDatabase) -> None:
    model = refill_model(opened)
    states = column_texts(model, RefillModel.STATE)
    assert states.count("Ingevuld op 20-04-2022") == 3 and states.count("Ingevuld, vastgelegd op 15-06-2022") == 2
    assert states.count("Open") == 35
    row = states.index("Ingevuld, vastgelegd op 15-06-2022")
    tip = model.index(row, RefillModel.STATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "geen eigen data" in tip or "no dates of its own" in tip
    assert column_texts(model, RefillModel.SINCE)[0] == "vrijgekomen (was: Ard van der Tuuk)"
    assert column_texts(model, RefillModel.HOLDER)[:3] == ["T. Tammens", "B. Bakker", "S. Smid"]
