"""The notice of what ends soon, above the tabs: board terms, VNG committee memberships, consultation chairs and
employment contracts, as on the peildatum.

What ends soon comes from `services.ending_soon` (one rule with the Bureau tab and the workbook). Each
item can be hidden ('Verbergen'): for everyone using this database, until the record changes. Hidden
items are seen again with 'Verborgen tonen' in the bar or Beeld > Verborgen meldingen tonen, and each
can be shown again. The bar is there only while something is to be said.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from vgg_desktop.domain.dates import format_date
from vgg_desktop.gui.models import appearance

if TYPE_CHECKING:
    from vgg_desktop.services.catalog import Services
    from vgg_desktop.services.ending_soon import EndingItem, EndingNotice

# More items than this are folded away behind 'n meer tonen', so the tabs keep the room.
FOLDED_AFTER = 3


class EndingNoticeBar(QFrame):
    """Shown above the tabs; `reload` reads the notice again for the date `today()` gives."""

    def __init__(self, services: Services, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ending_notice")
        self._services = services
        self._today = today
        self._expanded = False
        self.show_dismissed = False
        self.notice: EndingNotice | None = None
        background = appearance.ENDING_BACKGROUND
        self.setStyleSheet(
            f"EndingNoticeBar {{ background: {background.name()}; border: 1px solid {background.darker(125).name()}; "
            f"border-radius: 3px; }} EndingNoticeBar QLabel {{ color: {appearance.ENDING_COLOUR.name()}; }} "
            "EndingNoticeBar QLabel:disabled { color: palette(mid); }")
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        self.heading = QLabel(self)
        self.heading.setObjectName("ending_notice_heading")
        font = self.heading.font()
        font.setWeight(QFont.Weight.Bold)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self._items = QGridLayout()
        self._items.setContentsMargins(0, 0, 0, 0)
        self._items.setHorizontalSpacing(12)
        self._items.setVerticalSpacing(0)
        self._items.setColumnStretch(0, 1)
        self.more_button = self._button(self.tr("Show more"), self._toggle_expanded)
        self.more_button.setObjectName("ending_notice_more")
        self.dismissed_button = self._button(self.tr("Show hidden"), self.toggle_dismissed)
        self.dismissed_button.setObjectName("ending_notice_dismissed")
        self.dismissed_button.setToolTip(self.tr("Show the items someone hid, to show one again"))
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.more_button)
        footer.addWidget(self.dismissed_button)
        body = QVBoxLayout()
        body.setSpacing(2)
        body.addWidget(self.heading)
        body.addLayout(self._items)
        body.addLayout(footer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(body, 1)
        self.hide()

    def _button(self, text: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        # Not the click's own argument (checked): the slot knows what it acts on.
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        on = self._today()
        self.notice = self._services.ending_soon.notice(on)
        self._fill()

    def rows(self) -> list[tuple[str, str]]:
        """What the bar lists now: (item text, button text), for tests and screen readers alike."""
        rows = []
        for index in range(self._items.rowCount()):
            label = self._items.itemAtPosition(index, 0)
            button = self._items.itemAtPosition(index, 1)
            if label is not None and button is not None:
                text, action = label.widget(), button.widget()
                if isinstance(text, QLabel) and isinstance(action, QToolButton):
                    rows.append((text.text(), action.text()))
        return rows

    def button(self, row: int) -> QToolButton | None:
        """The button beside the item on `row` ('Verbergen' or 'Weer tonen')."""
        item = self._items.itemAtPosition(row, 1)
        widget = item.widget() if item is not None else None
        return widget if isinstance(widget, QToolButton) else None

    def _fill(self) -> None:
        notice = self.notice
        while self._items.count():
            entry = self._items.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.hide()  # gone at once; deleted when control returns to the event loop
                widget.deleteLater()
        if notice is None:
            self.hide()
            return
        shown, dismissed = notice.shown, notice.dismissed
        listed: list[EndingItem] = list(shown) if self._expanded or len(shown) <= FOLDED_AFTER + 1 else list(shown[:FOLDED_AFTER])
        if self.show_dismissed:
            listed += list(dismissed)
        on = format_date(notice.rule.on)
        until = format_date(notice.rule.until)
        if shown:
            text = (self.tr("Ends within %1 months of %2 (up to and including %3): %4")
                    if notice.rule.months != 1 else self.tr("Ends within 1 month of %2 (up to and including %3): %4"))
            self.heading.setText(text.replace("%1", str(notice.rule.months)).replace("%2", on).replace("%3", until)
                                 .replace("%4", str(len(shown))))
        else:
            self.heading.setText(self.tr("Nothing else ends before %1; hidden:").replace("%1", until))
        for row, item in enumerate(listed):
            label = QLabel(self._describe(item), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            if item.dismissed is not None:
                label.setEnabled(False)
                button = self._button(self.tr("Show again"), partial(self._show_again, item.key))
                button.setToolTip(self.tr("Hidden by %1 on %2").replace("%1", item.dismissed.by)
                                  .replace("%2", format_date(item.dismissed.at.astimezone().date())))
            else:
                button = self._button(self.tr("Hide"), partial(self.dismiss, item.key))
                button.setToolTip(self.tr("Hide this item for everyone using this database, until it changes"))
            button.setObjectName(f"ending_notice_button_{row}")
            self._items.addWidget(label, row, 0)
            self._items.addWidget(button, row, 1, Qt.AlignmentFlag.AlignRight)
            # A layout shows new children only when control returns to the event loop; at once is what one clicked.
            label.show()
            button.show()
        folded = len(shown) - FOLDED_AFTER if len(shown) > FOLDED_AFTER + 1 else 0
        self.more_button.setVisible(bool(folded))
        self.more_button.setText(self.tr("Show fewer") if self._expanded else self.tr("%1 more").replace("%1", str(folded)))
        self.dismissed_button.setVisible(bool(dismissed))
        self.dismissed_button.setText(self.tr("Hide the hidden ones") if self.show_dismissed
                                      else self.tr("Show hidden (%1)").replace("%1", str(len(dismissed))))
        self.setVisible(bool(shown) or (self.show_dismissed and bool(dismissed)))

    def _describe(self, item: EndingItem) -> str:
        kind = {"seat_term": self.tr("Term on the board"), "vng_committee": self.tr("Membership"),
                "consultation": self.tr("Chair")}.get(item.kind.value, self.tr("Employment"))
        return (self.tr("%1 of %2 (%3) ends on %4").replace("%1", kind).replace("%2", item.who)
                .replace("%3", item.what).replace("%4", format_date(item.ends_on)))

    # --- acting -------------------------------------------------------------------------------

    def dismiss(self, key: str) -> None:
        self._services.ending_soon.dismiss(key)
        self.reload()

    def _show_again(self, key: str) -> None:
        self._services.ending_soon.show_again(key)
        self.reload()

    def toggle_dismissed(self) -> None:
        self.show_dismissed = not self.show_dismissed
        self._fill()

    def _toggle_expanded(self) -> None:
        self._expanded = not self._expanded
        self._fill()
