"""Portefeuilles: the portfolios with their holders, the VNG committees, and the consultations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.gui.models import places
from vgg_desktop.gui.models.committees import CommitteeModel, CommitteeRow
from vgg_desktop.gui.models.consultations import ConsultationModel
from vgg_desktop.gui.models.portfolios import PortfolioModel
from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.tabs.base import RecordTab
from vgg_desktop.gui.tabs.section import TableSection
from vgg_desktop.gui.widgets.detail_pane import Details

if TYPE_CHECKING:
    from vgg_desktop.services.catalog import Services
    from vgg_desktop.services.overviews import ConsultationOverview, PortfolioOverview


class PortfoliosTab(RecordTab):
    NAME = "portfolios"
    DEPENDS_ON = frozenset({"portfolio", "vng_committee", "consultation", "person", "partner"})

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.portfolio_model = PortfolioModel(self)
        self.committee_model = CommitteeModel(self)
        self.consultation_model = ConsultationModel(self)
        self.portfolios = self.add_section(TableSection(
            "portfolios", "portfolio", self.portfolio_model, self, record_of=lambda value: value.portfolio,
        ))
        self.committees = self.add_section(TableSection(
            "committees", "vng_committee", self.committee_model, self,
            record_of=lambda value: value.overview.committee,
        ))
        self.consultations = self.add_section(TableSection(
            "consultations", "consultation", self.consultation_model, self,
            record_of=lambda value: value.consultation,
        ))
        captions = (self.tr("&Portfolios"), self.tr("&VNG committees"), self.tr("Portfolio holder &consultations"))
        # The nine portfolios fit whole; the committees and consultations scroll.
        self.tables = self.stacked_tables("portfolios_tables", list(zip(captions, self.sections, strict=True)),
                                          [280, 200, 200])
        self.finish_layout(self.tables)

    def title(self) -> str:
        return self.tr("Portfolios")

    def load(self, services: Services) -> None:
        # Members and chairs as on the date the window looks from, as the Vacatures list judges them.
        on = self.today()
        portfolios = services.overviews.portfolios(on)
        names = {item.portfolio.id: item.portfolio.name for item in portfolios}
        self.portfolio_model.set_rows(portfolios)
        self.committee_model.set_rows(
            CommitteeRow(item, names.get(item.committee.portfolio_id) if item.committee.portfolio_id is not None else None)
            for item in services.overviews.committees(on))
        self.consultation_model.set_rows(services.overviews.consultations(on))

    def describe(self, section: TableSection, value: Any, services: Services) -> Details:
        if section is self.portfolios:
            return self._describe_portfolio(value)
        if section is self.committees:
            return self._describe_committee(value)
        return self._describe_consultation(value)

    def _describe_portfolio(self, value: PortfolioOverview) -> Details:
        details = Details(value.portfolio.name, value.portfolio.kind.label)
        details.fields([
            (self.tr("Portfolio holder"), value.holder.display_name if value.holder else self.tr("Vacancy")),
        ])
        if value.portfolio.notes:
            details.paragraph(value.portfolio.notes)
        details.section(self.tr("VNG committees"))
        empty = self.tr("Not applicable.") if value.portfolio.vng_not_applicable else self.tr("None.")
        details.items([f"{item.committee.name}: {self.committee_model.display(CommitteeRow(item, None), CommitteeModel.MEMBER)}"
                       for item in value.committees], empty=empty)
        consultations = [row.consultation.name for row in self.consultation_model.rows()
                         if row.consultation.portfolio_id == value.portfolio.id]
        details.section(self.tr("Consultations"))
        details.items(consultations, empty=self.tr("None."))
        return details

    def _describe_committee(self, value: CommitteeRow) -> Details:
        committee = value.overview.committee
        details = Details(committee.name, self.tr("VNG committee"))
        details.fields([
            (self.tr("Former name"), committee.former_name),
            (self.tr("Portfolio"), value.portfolio),
            (self.tr("Groningen member"), self.committee_model.display(value, CommitteeModel.MEMBER)),
        ])
        if value.status == PlaceStatus.NOT_APPLICABLE:
            details.paragraph(self.tr("Groningen has no place in this committee (n/a)."), muted=True)
        if value.overview.member_context:
            details.paragraph(places.capitalised(value.overview.member_context), muted=True)
        if committee.notes:
            details.paragraph(committee.notes)
        return details

    def _describe_consultation(self, value: ConsultationOverview) -> Details:
        consultation = value.consultation
        details = Details(consultation.name, self.tr("Portfolio holder consultation %1").replace("%1", str(consultation.number)))
        details.fields([
            (self.tr("Chair"), self.consultation_model.display(value, ConsultationModel.CHAIR)),
            (self.tr("Organised through"), value.organised_by),
            (self.tr("Portfolio"), value.portfolio),
        ])
        if value.chair_context:
            details.paragraph(places.capitalised(value.chair_context), muted=True)
        if consultation.notes:
            details.paragraph(consultation.notes)
        details.section(self.tr("Preparation"))
        details.paragraph(consultation.preparation or "–")
        details.section(self.tr("Partner organisations"))
        details.items(list(value.partners), empty=self.tr("None."))
        return details

    def restore_layout(self) -> None:
        super().restore_layout()
        state = self._settings.splitter_state("portfolios_tables")
        if state is not None:
            self.tables.restoreState(state)

    def save_layout(self) -> None:
        super().save_layout()
        self._settings.set_splitter_state("portfolios_tables", self.tables.saveState())
