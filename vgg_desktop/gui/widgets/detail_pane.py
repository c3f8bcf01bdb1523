"""The read-only summary of the selected row, with links that edit or delete the records in it."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

LINK_SCHEME = "record"


def link(action: str, entity: str, record_id: int) -> str:
    """An in-pane link such as record:edit/employment/12 (handled by the tab, never opened outside)."""
    return f"{LINK_SCHEME}:{action}/{entity}/{record_id}"


def parse_link(url: QUrl) -> tuple[str, str, int] | None:
    if url.scheme() != LINK_SCHEME:
        return None
    parts = url.path().split("/")
    if len(parts) != 3 or not parts[2].isdigit():
        return None
    return parts[0], parts[1], int(parts[2])


class Details:
    """Builds the pane's HTML; every piece of data is escaped here."""

    def __init__(self, title: str, subtitle: str = "") -> None:
        self._parts: list[str] = [f"<h2 style='margin-bottom:2px'>{html.escape(title)}</h2>"]
        if subtitle:
            self._parts.append(f"<p style='color:#555555; margin-top:0'>{html.escape(subtitle)}</p>")

    def fields(self, rows: Iterable[tuple[str, str | None]]) -> Details:
        cells = "".join(
            f"<tr><td style='color:#555555; padding-right:12px; vertical-align:top'>{html.escape(label)}</td>"
            f"<td style='vertical-align:top'>{_text(value)}</td></tr>"
            for label, value in rows
        )
        if cells:
            self._parts.append(f"<table cellspacing='0' cellpadding='2'>{cells}</table>")
        return self

    def section(self, title: str) -> Details:
        self._parts.append(f"<h3 style='margin-bottom:2px'>{html.escape(title)}</h3>")
        return self

    def paragraph(self, text: str | None, *, muted: bool = False) -> Details:
        if text:
            style = " style='color:#555555'" if muted else ""
            self._parts.append(f"<p{style}>{_text(text)}</p>")
        return self

    def items(self, entries: Sequence[str], *, empty: str = "") -> Details:
        if entries:
            self._parts.append("<ul style='margin-left:-20px'>" + "".join(f"<li>{_text(entry)}</li>" for entry in entries) + "</ul>")
        elif empty:
            self.paragraph(empty, muted=True)
        return self

    def linked_items(self, entries: Sequence[tuple[str, Sequence[tuple[str, str]]]], *, empty: str = "") -> Details:
        """Items each followed by links, e.g. ('01-03-2020 – 01-09-2022', [('wijzigen', 'record:edit/...')])."""
        if not entries:
            if empty:
                self.paragraph(empty, muted=True)
            return self
        rows = []
        for text, links in entries:
            anchors = " ".join(f"<a href='{html.escape(target)}'>{html.escape(label)}</a>" for label, target in links)
            rows.append(f"<li>{_text(text)}&nbsp;&nbsp;<small>{anchors}</small></li>")
        self._parts.append("<ul style='margin-left:-20px'>" + "".join(rows) + "</ul>")
        return self

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], *, right_from: int = 1,
              total: Sequence[str] | None = None) -> Details:
        """A small table (totals per municipality); columns from `right_from` on are amounts, right-aligned."""
        def cells(values: Sequence[str], tag: str) -> str:
            return "".join(
                f"<{tag} style='padding:1px 3px; text-align:{'right' if index >= right_from else 'left'}"
                f"{'; white-space:nowrap' if index >= right_from else ''}'>{_text(value)}</{tag}>"
                for index, value in enumerate(values))
        body = [f"<tr>{cells(headers, 'th')}</tr>", *(f"<tr>{cells(row, 'td')}</tr>" for row in rows)]
        if total is not None:
            body.append(f"<tr style='font-weight:bold'>{cells(total, 'td')}</tr>")
        self._parts.append(f"<table cellspacing='0' cellpadding='0' style='margin-top:4px'>{''.join(body)}</table>")
        return self

    def link(self, text: str, target: str) -> Details:
        """A paragraph that is one link, e.g. 'Alle wijzigingen...' (record:history/person/12)."""
        self._parts.append(f"<p><a href='{html.escape(target)}'>{html.escape(text)}</a></p>")
        return self

    def html(self) -> str:
        return "".join(self._parts)


def _text(value: str | None) -> str:
    return html.escape(value or "–").replace("\n", "<br>")


class DetailPane(QTextBrowser):
    """Shows `Details`; a click on a record: link is reported, not followed."""

    record_link = Signal(str, str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: str | None = None
        # The start of what is shown, when the rest (the history) was added to it later: see `show_start`.
        self._shown_start: str | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setMinimumWidth(260)
        self.anchorClicked.connect(self._follow)
        self.show_nothing()

    def show_details(self, details: Details) -> None:
        self._show(details.html())
        self._shown_start = None

    def show_start(self, details: Details) -> None:
        """Shows `details` whose rest (the history) follows a moment later, through `show_rest`.

        When the pane already shows these very details with their rest (a reload of the same record), that
        stays until the new rest arrives: laying out the start alone, only to lay out the whole again a
        moment later, made every reload pay for the pane twice and made its history blink."""
        start = details.html()
        if start != self._shown_start or self._shown is None:
            self._show(start)
        self._shown_start = start

    def show_rest(self, details: Details) -> None:
        """The same details as given to `show_start`, now with their rest added."""
        start = self._shown_start
        self._show(details.html())
        self._shown_start = start

    def show_nothing(self, text: str | None = None) -> None:
        message = text if text is not None else self.tr("Select a row to see its details here.")
        self._show(f"<p style='color:#777777'>{html.escape(message)}</p>")
        self._shown_start = None

    def _show(self, text: str) -> None:
        # A reload describes the same record again; laying out the same text anew would only cost time.
        if text != self._shown:
            self.setHtml(text)
            self._shown = text

    def _follow(self, url: QUrl) -> None:
        parsed = parse_link(url)
        if parsed is not None:
            self.record_link.emit(*parsed)
