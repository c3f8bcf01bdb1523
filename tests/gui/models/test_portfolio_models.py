from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from tests.gui.models.helpers import column_texts
from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.models.committees import CommitteeModel, CommitteeRow
from vgg_desktop.gui.models.consultations import ConsultationModel
from vgg_desktop.gui.models.portfolios import PortfolioModel
from vgg_desktop.startup import OpenedDatabase


def committee_model(opened: OpenedDatabase) -> CommitteeModel:
    # A committee without a portfolio (None) has no portfolio name either.
    names: dict[int | None, str] = {item.portfolio.id: item.portfolio.name for item in opened.services.overviews.portfolios()}
    model = CommitteeModel()
    model.set_rows(CommitteeRow(item, names.get(item.committee.portfolio_id))
                   for item in opened.services.overviews.committees())
    return model


def consultation_model(opened: OpenedDatabase) -> ConsultationModel:
    model = ConsultationModel()
    model.set_rows(opened.services.overviews.consultations())
    return model


def portfolio_model(opened: OpenedDatabase) -> PortfolioModel:
    model = PortfolioModel()
    model.set_rows(opened.services.overviews.portfolios())
    return model


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    for model in (portfolio_model(opened), committee_model(opened), consultation_model(opened)):
        qtmodeltester.check(model)


def test_portfolios_show_holder_or_vacancy(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = portfolio_model(opened)
    names = column_texts(model, PortfolioModel.NAME)
    holders = column_texts(model, PortfolioModel.HOLDER)
    assert holders[names.index("Ruimte, Wonen, Milieu, Energie en Mobiliteit")] == "Annalies Usmany"
    assert holders[names.index("Gemeentefinanciën")] == "Vacancy"
    assert "College van Arbeidszaken" in model.index(names.index("Gemeentefinanciën"), PortfolioModel.COMMITTEES).data()


def test_committee_member_vacancy_and_not_applicable_look_different(qapp: QApplication, opened: OpenedDatabase) -> None:
    services = opened.services
    committee = services.vng_committees.list()[0]
    services.vng_committees.update(committee.id, committee.version, {"member_status": PlaceStatus.NOT_APPLICABLE})
    model = committee_model(opened)
    members = column_texts(model, CommitteeModel.MEMBER)
    assert "n/a" in members and "Vacancy" in members
    not_applicable = model.index(members.index("n/a"), CommitteeModel.MEMBER)
    vacant = model.index(members.index("Vacancy"), CommitteeModel.MEMBER)
    assert not_applicable.data(Qt.ItemDataRole.ForegroundRole).color() != vacant.data(Qt.ItemDataRole.ForegroundRole).color()
    assert "Not applicable" in not_applicable.data(Qt.ItemDataRole.ToolTipRole)


def test_renamed_committee_keeps_its_former_name(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = committee_model(opened)
    row = column_texts(model, CommitteeModel.NAME).index("Informatiesamenleving")
    assert model.index(row, CommitteeModel.FORMER_NAME).data() == "College van Dienstverleningszaken"
    assert model.index(row, CommitteeModel.PORTFOLIO).data() == "Klankbordgroep Raadsleden"


def test_consultation_chairs_filled_vacant_and_organised_by_a_partner(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = consultation_model(opened)
    chairs = dict(zip(column_texts(model, ConsultationModel.NAME), column_texts(model, ConsultationModel.CHAIR)))
    assert chairs["Bestuur"] == "Ard van der Tuuk"
    assert chairs["Werk en Inkomen"] == "n/a (via Werk in Zicht)"
    assert chairs["Cultuur"] == "Vacancy"
    numbers = [model.index(row, ConsultationModel.NUMBER).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]
    assert all(isinstance(number, int) for number in numbers)
