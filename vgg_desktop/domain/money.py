"""Amounts in euros as the bureau writes and reads them: 1.234,56, stored as a whole number of cents.

Whole cents, never floating point, so that totals add up to the cent. Typing follows Dutch habit:
a comma before the cents, a point (or a space) between thousands, a euro sign or ",-" allowed.
What could be read two ways ("12,345", "12.5") is refused with a message that says how to write it.
"""

from __future__ import annotations

import re

# The largest amount a record holds: what fits a 32-bit integer column as cents, rounded down to whole euros.
MAX_CENTS = 2_000_000_000

_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")
_PLAIN = re.compile(r"^\d+$")
_CENTS = re.compile(r"^\d{1,2}$")


def format_euros(cents: int) -> str:
    """1.234,56 for 123456 cents: Dutch grouping and decimal comma, always two decimals."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros:,}".replace(",", ".") + f",{rest:02d}"


def euro_text(cents: int) -> str:
    """€ 1.234,56, as an amount reads on its own."""
    return f"€ {format_euros(cents)}"


def parse_euros(text: str) -> int:
    """The number of cents in '1234,5', '1.234,56', '€ 1.234,56' or '1.234,-'; raises ValueError in Dutch.

    The message completes a sentence that starts with the field's label ("Bedrag: ...").
    """
    typed = text.strip()
    cleaned = typed.replace("€", "").replace("EUR", "").replace("eur", "")
    cleaned = "".join(cleaned.split())  # spaces between thousands, and after the euro sign
    negative = cleaned.startswith("-")
    if negative or cleaned.startswith("+"):
        cleaned = cleaned[1:]
    if not cleaned:
        raise ValueError(f"'{typed}' is geen bedrag. Typ bijvoorbeeld 1.234,56.")
    whole, comma, cents = cleaned.partition(",")
    if "," in cents:
        raise ValueError(f"'{typed}' heeft meer dan één komma. Typ een bedrag als 1.234,56.")
    if comma and cents in ("-", "--"):
        cents = ""  # "1.234,-": whole euros
    elif comma and not _CENTS.match(cents):
        if re.fullmatch(r"\d{3,}", cents):
            hint = _grouped_hint(whole + cents)
            # Short enough for one line under the field; the tooltip of the field explains the notation.
            raise ValueError(f"'{typed}' heeft {len(cents)} cijfers na de komma. Bedoelt u {hint},00?")
        raise ValueError(f"'{typed}' is geen bedrag. Typ bijvoorbeeld 1.234,56.")
    if comma and not whole:
        whole = "0"  # ",50": fifty cents
    if _GROUPED.match(whole):
        whole = whole.replace(".", "")
    elif "." in whole:
        head, _, tail = whole.rpartition(".")
        if _PLAIN.match(tail) and len(tail) <= 2 and not comma and _PLAIN.match(head.replace(".", "")):
            raise ValueError(f"'{typed}': gebruik een komma voor de centen, zoals {head},{tail.ljust(2, '0')}.")
        raise ValueError(f"'{typed}' is geen bedrag. Een punt staat alleen tussen duizendtallen: 1.234,56.")
    if not _PLAIN.match(whole):
        raise ValueError(f"'{typed}' is geen bedrag. Typ alleen cijfers, bijvoorbeeld 1.234,56.")
    amount = int(whole) * 100 + (int(cents.ljust(2, "0")) if cents else 0)
    if amount > MAX_CENTS:
        raise ValueError(f"{euro_text(amount)} is te groot; het hoogste bedrag is {euro_text(MAX_CENTS)}.")
    return -amount if negative else amount


def _grouped_hint(digits: str) -> str:
    return f"{int(digits):,}".replace(",", ".")
