"""The closed lists of the domain. Values are stored in the database; `label` is the Dutch word."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a Dutch label (used by exports and the command line)."""

    @property
    def label(self) -> str:
        return _LABELS[self]


class SeatKind(LabelledEnum):
    MUNICIPALITY = "municipality"
    KLANKBORDGROEP = "klankbordgroep"
    ADVISORY = "advisory"


class SeatRole(LabelledEnum):
    CHAIR = "voorzitter"
    MEMBER = "lid"
    GENERAL_MEMBER = "algemeen_bestuurslid"
    ADVISORY_MEMBER = "adviserend_lid"


class PortfolioKind(LabelledEnum):
    PORTFOLIO = "portfolio"
    THEME_MEETING = "theme_meeting"
    KLANKBORDGROEP = "klankbordgroep"


class PlaceStatus(LabelledEnum):
    """A place that a person can fill: filled, vacant, or not applicable (n.v.t.), which differ."""

    FILLED = "filled"
    VACANT = "vacant"
    NOT_APPLICABLE = "not_applicable"


class ContractKind(LabelledEnum):
    PERMANENT = "vast_dienstverband"
    ANNUAL = "jaarcontract"
    BBL = "bbl_plaats"
    TRAINEESHIP = "traineeship"
    SECONDMENT = "detachering"
    HIRED = "inhuur"


class OwnerKind(LabelledEnum):
    BOARD = "dagelijks_bestuur"
    PORTFOLIO = "portefeuille"
    CONSULTATION = "portefeuillehouderoverleg"
    KLANKBORDGROEP = "klankbordgroep"
    PARTNER = "partnerorganisatie"


class ProgressStatus(LabelledEnum):
    """Where a half-year's work stands. Nothing reported yet is not the same as reported as not started."""

    NOT_REPORTED = "niet_gerapporteerd"
    NOT_STARTED = "niet_gestart"
    RUNNING = "loopt"
    DONE = "afgerond"
    CANCELLED = "vervallen"


class MeetingKind(LabelledEnum):
    BOARD = "db"
    GENERAL_MEETING = "alv"
    TOOGDAG = "toogdag"
    CONSULTATION = "consultation"
    COUNCILLORS = "raadsleden"
    WORKSHOP = "werksessie"
    SYMPOSIUM = "symposium"
    OTHER = "other"


class MeetingStatus(LabelledEnum):
    PLANNED = "gepland"
    HELD = "gehouden"
    CANCELLED = "geannuleerd"


class AttendanceStatus(LabelledEnum):
    """Whether a member municipality was represented at a meeting."""

    PRESENT = "aanwezig"
    ABSENT = "afwezig"
    EXCUSED = "afgemeld"


class ProjectKind(LabelledEnum):
    """A project's kind; a project whose kind the source does not give has none (unknown)."""

    PROJECT = "project"
    SECONDMENT = "detachering"


class Salutation(LabelledEnum):
    MR = "Dhr."
    MS = "Mw."


_LABELS: dict[StrEnum, str] = {
    SeatKind.MUNICIPALITY: "Gemeente",
    SeatKind.KLANKBORDGROEP: "Klankbordgroep Raadsleden",
    SeatKind.ADVISORY: "Adviserend",
    SeatRole.CHAIR: "Voorzitter",
    SeatRole.MEMBER: "Lid",
    SeatRole.GENERAL_MEMBER: "Algemeen bestuurslid",
    SeatRole.ADVISORY_MEMBER: "Adviserend lid",
    PortfolioKind.PORTFOLIO: "Portefeuille",
    PortfolioKind.THEME_MEETING: "Themabijeenkomst",
    PortfolioKind.KLANKBORDGROEP: "Klankbordgroep",
    PlaceStatus.FILLED: "Bezet",
    PlaceStatus.VACANT: "Vacature",
    PlaceStatus.NOT_APPLICABLE: "n.v.t.",
    ContractKind.PERMANENT: "Vast dienstverband",
    ContractKind.ANNUAL: "Jaarcontract",
    ContractKind.BBL: "BBL-plaats",
    ContractKind.TRAINEESHIP: "Traineeship",
    ContractKind.SECONDMENT: "Detachering",
    ContractKind.HIRED: "Inhuur",
    OwnerKind.BOARD: "Dagelijks Bestuur VGG",
    OwnerKind.PORTFOLIO: "Portefeuille",
    OwnerKind.CONSULTATION: "Portefeuillehouderoverleg",
    OwnerKind.KLANKBORDGROEP: "Klankbordgroep Raadsleden",
    OwnerKind.PARTNER: "Partnerorganisaties",
    ProgressStatus.NOT_REPORTED: "Nog niet gerapporteerd",
    ProgressStatus.NOT_STARTED: "Niet gestart",
    ProgressStatus.RUNNING: "Loopt",
    ProgressStatus.DONE: "Afgerond",
    ProgressStatus.CANCELLED: "Vervallen",
    MeetingKind.BOARD: "Vergadering Dagelijks Bestuur",
    MeetingKind.GENERAL_MEETING: "Algemene ledenvergadering",
    MeetingKind.TOOGDAG: "Toogdag",
    MeetingKind.CONSULTATION: "Portefeuillehouderoverleg",
    MeetingKind.COUNCILLORS: "Raadsledenbijeenkomst",
    MeetingKind.WORKSHOP: "Werksessie",
    MeetingKind.SYMPOSIUM: "Symposium",
    MeetingKind.OTHER: "Overig",
    MeetingStatus.PLANNED: "Gepland",
    MeetingStatus.HELD: "Gehouden",
    MeetingStatus.CANCELLED: "Geannuleerd",
    AttendanceStatus.PRESENT: "Aanwezig",
    AttendanceStatus.ABSENT: "Afwezig",
    AttendanceStatus.EXCUSED: "Afgemeld",
    ProjectKind.PROJECT: "Project",
    ProjectKind.SECONDMENT: "Detachering",
    Salutation.MR: "Dhr.",
    Salutation.MS: "Mw.",
}
