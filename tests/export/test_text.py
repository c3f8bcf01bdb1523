"""Cell text: control characters from Word go, line breaks stay, too long is cut visibly."""

from __future__ import annotations

import pytest

from vgg_desktop.export.text import EXCEL_CELL_LIMIT, TRUNCATION_MARKER, clean_text, could_be_formula


def test_plain_text_is_left_alone() -> None:
    assert clean_text("Annalies Usmany\nvoorzitter") == ("Annalies Usmany\nvoorzitter", False)


def test_control_characters_are_removed_and_word_line_breaks_kept() -> None:
    pasted = "Doel:\x07 lobby\x00\x1f\r\nregel 2\x0bregel 3\rregel 4\ttab\x0cpagina\x7f"
    assert clean_text(pasted) == ("Doel: lobby\nregel 2\nregel 3\nregel 4 tab\npagina", False)


def test_lone_surrogates_and_non_characters_are_removed() -> None:
    assert clean_text("a\ud800b\uffffc\ufffe") == ("abc", False)


def test_text_at_the_limit_is_kept_whole() -> None:
    text = "x" * EXCEL_CELL_LIMIT
    assert clean_text(text) == (text, False)


def test_longer_text_is_cut_with_a_marker_that_says_so() -> None:
    text, cut = clean_text("y" * (EXCEL_CELL_LIMIT + 1))
    assert cut
    assert len(text) == EXCEL_CELL_LIMIT
    assert text.endswith(TRUNCATION_MARKER)
    assert "ingekort" in TRUNCATION_MARKER


@pytest.mark.parametrize("text", ["=1+1", "+cmd", "-2", "@SUM(A1)"])
def test_formula_prefixes_are_recognised(text: str) -> None:
    assert could_be_formula(text)


@pytest.mark.parametrize("text", ["1+1", "– gedachtestreepje", "", " =niet aan het begin"])
def test_other_text_is_not_taken_for_a_formula(text: str) -> None:
    assert not could_be_formula(text)
