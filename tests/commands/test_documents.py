"""`vgg-desktop report` and `vgg-desktop plan-document`, headless: Dutch refusals with exit 1, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from vgg_desktop.cli import main


def _paragraphs(path: Path) -> list[str]:
    return [paragraph.text for paragraph in Document(str(path)).paragraphs]


def test_the_progress_report_of_the_first_half(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "voortgang.docx"
    assert main(["report", "--database", str(tmp_path / "vgg.sqlite3"), "--year", "2022", "--half", "1", "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert f"Opgeslagen: {out}" in said.out and said.err == ""
    assert "Jaarplan 2022 – Eerste halfjaar 2022" in _paragraphs(out)


def test_the_plan_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "jaarplan.docx"
    assert main(["--database", str(tmp_path / "vgg.sqlite3"), "plan-document", "--year", "2022", "--out", str(out)]) == 0
    assert "Vastgesteld DB VGG 10 maart 2022" in _paragraphs(out)
    assert "Opgeslagen" in capsys.readouterr().out


@pytest.mark.parametrize(("arguments", "message"), [
    (["report", "--year", "2021", "--half", "1"], "geen jaarplan 2021"),
    (["report", "--year", "2022", "--half", "3"], "--half 3 bestaat niet"),
    (["plan-document", "--year", "1999"], "geen jaarplan 1999"),
])
def test_refusals_say_why_in_dutch_and_write_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     arguments: list[str], message: str) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    out = folder / "document.docx"
    assert main([*arguments, "--database", str(tmp_path / "vgg.sqlite3"), "--out", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_an_output_that_cannot_be_written_is_refused_before_the_database_opens(tmp_path: Path,
                                                                               capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "vgg.sqlite3"
    assert main(["report", "--database", str(database), "--year", "2022", "--half", "1",
                 "--out", str(tmp_path / "bestaat-niet" / "x.docx")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not database.exists()
    assert main(["plan-document", "--database", str(database), "--year", "2022", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "moet eindigen op .docx" in capsys.readouterr().err


def test_a_template_that_cannot_be_used_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "eigen.docx"
    template.write_text("geen Word", encoding="utf-8")
    out = tmp_path / "jaarplan.docx"
    assert main(["plan-document", "--database", str(tmp_path / "vgg.sqlite3"), "--year", "2022", "--out", str(out),
                 "--template", str(template)]) == 1
    assert "geen Word-document" in capsys.readouterr().err
    assert not out.exists()
