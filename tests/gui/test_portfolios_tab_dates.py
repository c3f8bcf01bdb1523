"""The Portefeuilles tab judges VNG committee members and consultation chairs as on the peildatum.

It agrees with the Vacatures list: a member whose last day has passed, or whose first day lies ahead, shows
as 'Vacature', with who held the place until when in the tooltip and the detail pane.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.gui.editing.helpers import OFFSCREEN_NOISE
from tests.gui.helpers import select, texts
from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.committees import CommitteeModel
from vgg_desktop.gui.models.consultations import ConsultationModel
from vgg_desktop.startup import OpenedDatabase

pytestmark = OFFSCREEN_NOISE


def _jansen_until_30_june(opened: OpenedDatabase) -> str:
    services = opened.services
    person = services.persons.create({"first_name": "Jan", "last_name": "Jansen", "function": "wethouder"})
    committee = services.vng_committees.list()[0]
    services.vng_committees.update(committee.id, committee.version, {
        "member_status": PlaceStatus.FILLED, "member_id": person.id, "member_until": date(2022, 6, 30)})
    consultation = next(item for item in services.consultations.list() if item.name == "Vrijtijdseconomie")
    services.consultations.update(consultation.id, consultation.version, {
        "chair_status": PlaceStatus.FILLED, "chair_id": person.id, "chair_since": date(2022, 6, 1)})
    return committee.name


def test_a_member_is_shown_while_the_dates_run_and_a_vacancy_after(window: MainWindow, opened: OpenedDatabase) -> None:
    committee = _jansen_until_30_june(opened)
    tab = window.portfolios_tab
    window.show_tab(1)

    def shown() -> tuple[str, str]:
        names = texts(tab.committees.proxy, CommitteeModel.NAME)
        chairs = dict(zip(texts(tab.consultations.proxy, ConsultationModel.NAME),
                          texts(tab.consultations.proxy, ConsultationModel.CHAIR)))
        return texts(tab.committees.proxy, CommitteeModel.MEMBER)[names.index(committee)], chairs["Vrijtijdseconomie"]

    for day, expected in ((date(2022, 5, 31), ("Jan Jansen", "Vacature")), (date(2022, 6, 1), ("Jan Jansen", "Jan Jansen")),
                          (date(2022, 6, 30), ("Jan Jansen", "Jan Jansen")), (date(2022, 7, 1), ("Vacature", "Jan Jansen"))):
        window.reference.set(day)
        assert shown() == expected, day
        open_places = {place.place for place in opened.services.overviews.vacancies(day)}
        assert (committee in open_places, "9. Vrijtijdseconomie" in open_places) == (
            expected[0] == "Vacature", expected[1] == "Vacature"), day


def test_the_tooltip_and_the_detail_pane_tell_who_held_the_place(window: MainWindow, opened: OpenedDatabase) -> None:
    committee = _jansen_until_30_june(opened)
    tab = window.portfolios_tab
    window.show_tab(1)
    window.reference.set(date(2022, 7, 1))
    select(tab.committees, CommitteeModel.NAME, committee)
    row = texts(tab.committees.proxy, CommitteeModel.NAME).index(committee)
    tip = tab.committees.proxy.index(row, CommitteeModel.MEMBER).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("\nTot en met 30-06-2022: Jan Jansen")
    details = tab.details.toPlainText()
    assert "Vacature" in details and "Tot en met 30-06-2022: Jan Jansen" in details
    portfolio = next(item for item in opened.services.overviews.portfolios() for line in item.committees
                     if line.committee.name == committee).portfolio.name
    select(tab.portfolios, 0, portfolio)
    assert f"{committee}: Vacature" in tab.details.toPlainText()
