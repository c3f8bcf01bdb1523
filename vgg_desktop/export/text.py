"""Making user text safe for a cell: no control characters, never longer than Excel allows.

Whether text can become a formula is settled where the cell is written (as a string cell, always).
"""

from __future__ import annotations

import re

EXCEL_CELL_LIMIT = 32_767
TRUNCATION_MARKER = "… (tekst ingekort, zie VGG Desktop)"
FORMULA_PREFIXES = ("=", "+", "-", "@")

# Word writes a manual line break as \x0b and a page break as \x0c: they stay line breaks.
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# Characters XML 1.0 forbids (openpyxl refuses them) and lone surrogates, which no file can hold.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SUSPECT = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> tuple[str, bool]:
    """The text as a cell can hold it, and whether it had to be shortened (the marker then says so)."""
    if _SUSPECT.search(text) is not None:
        text = _FORBIDDEN.sub("", _LINE_BREAKS.sub("\n", text).replace("\t", " "))
    if len(text) <= EXCEL_CELL_LIMIT:
        return text, False
    return text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARKER)] + TRUNCATION_MARKER, True


def could_be_formula(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)
