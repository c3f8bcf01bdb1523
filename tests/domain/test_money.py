from __future__ import annotations

import pytest

from vgg_desktop.domain.money import MAX_CENTS, euro_text, format_euros, parse_euros


@pytest.mark.parametrize(("text", "cents"), [
    ("1234,5", 123450),
    ("1.234,56", 123456),
    ("€ 1.234,56", 123456),
    ("€1.234,56", 123456),
    ("  1 234,56 ", 123456),
    ("1.234", 123400),          # a point between thousands
    ("1.234.567,89", 123456789),
    ("1234", 123400),
    ("0,01", 1),
    (",50", 50),
    ("1.234,-", 123400),
    ("EUR 12,00", 1200),
    ("-12,50", -1250),
    ("20.000.000,00", MAX_CENTS),
])
def test_amounts_are_read_the_dutch_way(text: str, cents: int) -> None:
    assert parse_euros(text) == cents


@pytest.mark.parametrize(("text", "words"), [
    ("12,345", "3 cijfers na de komma."),
    ("12,345", "Bedoelt u 12.345,00?"),
    ("abc", "geen bedrag"),
    ("", "geen bedrag"),
    ("€", "geen bedrag"),
    ("12.5", "komma voor de centen, zoals 12,50"),
    ("1234.56", "zoals 1234,56"),
    ("1,234.56", "geen bedrag"),
    ("1.23.456", "Een punt staat alleen tussen duizendtallen"),
    ("1,2,3", "meer dan één komma"),
    ("20.000.000,01", "te groot"),
    ("1e5", "alleen cijfers"),
])
def test_what_is_not_clearly_an_amount_is_refused_in_dutch(text: str, words: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_euros(text)
    assert words in str(refused.value)


@pytest.mark.parametrize(("cents", "text"), [
    (0, "0,00"), (1, "0,01"), (99, "0,99"), (100, "1,00"), (123456, "1.234,56"),
    (100000000, "1.000.000,00"), (-123456, "-1.234,56"), (MAX_CENTS, "20.000.000,00"),
])
def test_amounts_are_shown_with_grouping_and_a_decimal_comma(cents: int, text: str) -> None:
    assert format_euros(cents) == text
    assert parse_euros(text) == cents
    assert euro_text(cents) == f"€ {text}"
