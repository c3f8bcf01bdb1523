"""`vgg-desktop --screenshot MAP`: the main window with each tab selected, and each edit form, as PNG."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from vgg_desktop.domain.schema import SPECS_BY_NAME

if TYPE_CHECKING:
    from vgg_desktop.gui.main_window import MainWindow

TAB_FILES = ("bestuur", "portefeuilles", "bureau", "activiteiten")

# The peildatum of the screenshots that show it: the day of the plan's first meeting after its adoption.
REFERENCE_DATE = date(2022, 3, 15)

# The election of spring 2022 as the after-election screenshot records it (the new councils were installed
# on 30 March), and the meeting after the refills it is looked at from.
ELECTION_DATE = date(2022, 3, 30)
AFTER_ELECTION = date(2022, 7, 14)

# Every form the window opens, in the order of the tabs that open them.
FORM_ENTITIES = (
    "board_seat", "seat_term", "person", "municipality",
    "portfolio", "vng_committee", "consultation", "partner",
    "staff_member", "employment", "absence",
    "year_plan", "activity", "meeting", "project", "project_decision", "project_invoice",
)


def file_word(entity: str) -> str:
    """The Dutch name of a kind of record as a file name: 'vng_committee' -> 'vng-commissie'."""
    return SPECS_BY_NAME[entity].label.lower().replace(" ", "-")


def save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"De schermafbeelding '{path}' kon niet worden opgeslagen. Controleer of de map beschrijfbaar is.")
    return path


def take_screenshots(window: MainWindow, directory: Path, *, example: bool = True) -> list[Path]:
    """Writes the PNG files into `directory` (made when missing) and returns their paths.

    `example`: the window shows a throw-away example database, so the last screenshot may record an
    election in it; never on a user's own database.
    """
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for index, name in enumerate(TAB_FILES):
        window.show_tab(index)
        written.append(save(window, directory / f"{index + 1:02d}-{name}.png"))
    window.show_tab(0)
    written.extend(take_view_screenshots(window, directory))
    written.extend(take_form_screenshots(window, directory))
    if example:
        written.append(take_after_election_screenshot(window, directory))
    return written


def take_after_election_screenshot(window: MainWindow, directory: Path) -> Path:
    """Beeld > Vacatures on its tab 'Na de verkiezing', after the election of spring 2022 is recorded.

    Last of all, because it changes the database every other screenshot shows.
    """
    assert window.services is not None, "the database must be open"
    window.services.elections.record(ELECTION_DATE)
    window.reload_all()
    window.reference.set(AFTER_ELECTION)
    try:
        vacancies = window.show_vacancies()
        assert vacancies is not None, "the database must be open"
        vacancies.pages.setCurrentIndex(1)
        path = save(vacancies, directory / "08-na-de-verkiezing.png")
        vacancies.close()
    finally:
        window.reference.back_to_today()
    return path


def take_view_screenshots(window: MainWindow, directory: Path) -> list[Path]:
    """The Vacatures window, the Bureau tab looked at from a peildatum (shown in the status bar), and the
    Projecten tab with the first project's details."""
    written = []
    window.reference.set(REFERENCE_DATE)
    try:
        window.show_tab(2)
        written.append(save(window, directory / "05-peildatum.png"))
        vacancies = window.show_vacancies()
        assert vacancies is not None, "the database must be open"
        written.append(save(vacancies, directory / "06-vacatures.png"))
        vacancies.close()
        window.show_tab(4)
        window.projects_tab.table.select_row(0)
        written.append(save(window, directory / "07-projecten.png"))
    finally:
        window.reference.back_to_today()
        window.show_tab(0)
    return written


def take_form_screenshots(window: MainWindow, directory: Path) -> list[Path]:
    """Each form as it opens to change the first record of its kind (or to add one, when there is none)."""
    from vgg_desktop.gui.editing import create_editor
    from vgg_desktop.gui.retention_dialog import RetentionDialog
    from vgg_desktop.gui.widgets.persons_dialog import PersonsDialog

    assert window.context is not None, "the database must be open"
    context = window.context
    written = []
    persons = PersonsDialog(window, context, window.settings)
    persons.show()
    written.append(save(persons, directory / "personen.png"))
    persons.close()
    persons.deleteLater()
    retention = RetentionDialog(window, context, date.today())
    retention.show()
    written.append(save(retention, directory / "oud-medewerkers.png"))
    retention.close()
    retention.deleteLater()
    written.append(save_fill_seat(window, directory / "zetel-invullen.png"))
    from vgg_desktop.gui.history_window import HistoryWindow

    history = HistoryWindow(window, context)
    history.show()
    written.append(save(history, directory / "wijzigingen.png"))
    history.close()
    history.deleteLater()
    written.extend(take_attendance_screenshot(window, directory))
    for number, entity in enumerate(FORM_ENTITIES, start=1):
        records = context.services.records(entity).list()
        dialog = create_editor(window, context, entity, record=records[0] if records else None)
        dialog.show()
        written.append(save(dialog, directory / f"formulier-{number:02d}-{file_word(entity)}.png"))
        dialog.close()
        dialog.deleteLater()
    return written


def save_fill_seat(window: MainWindow, path: Path) -> Path:
    """Zetel invullen for the first vacant seat, with the box for a new person ticked, as after the elections."""
    from vgg_desktop.gui.editing import create_editor
    from vgg_desktop.gui.editing.seat_term_dialog import SeatTermDialog

    assert window.context is not None, "the database must be open"
    services = window.context.services
    vacant = next((overview.seat for overview in services.overviews.board(date.today()) if overview.is_vacant), None)
    dialog = create_editor(window, window.context, "seat_term", None, {"seat_id": vacant.id} if vacant else None)
    assert isinstance(dialog, SeatTermDialog)
    dialog.new_person_box.setChecked(True)
    dialog.show()
    try:
        return save(dialog, path)
    finally:
        dialog.done(0)
        dialog.deleteLater()


def take_attendance_screenshot(window: MainWindow, directory: Path) -> list[Path]:
    """The attendance of the first meeting of the year plan's activities (the Toogdag in the Jaarplan 2022)."""
    from vgg_desktop.gui.attendance_dialog import AttendanceDialog

    assert window.context is not None, "the database must be open"
    services = window.context.services
    meetings = [item for item in services.meetings.list() if item.activity_id is not None] or list(services.meetings.list())
    if not meetings:
        return []
    dialog = AttendanceDialog(window, window.context, services.meeting_overviews.attendance(meetings[0].id))
    dialog.show()
    path = save(dialog, directory / "aanwezigheid.png")
    dialog.done(0)
    dialog.deleteLater()
    return [path]
