"""The Word templates of the year's documents: the shipped ones, and checking one the bureau made itself.

A template is an ordinary .docx with docxtpl tags. The bureau may restyle it in Word; what it must keep
are the fields the program fills (`REQUIRED_FIELDS`), so that no part of the document silently goes
missing. A broken template or one that lacks a field gets a Dutch message that names the problem.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from vgg_desktop import paths


class DocumentKind(Enum):
    PLAN = "jaarplan"
    PROGRESS_REPORT = "voortgangsrapportage"

    @property
    def label(self) -> str:
        return {DocumentKind.PLAN: "Jaarplan", DocumentKind.PROGRESS_REPORT: "Voortgangsrapportage"}[self]


REQUIRED_FIELDS: dict[DocumentKind, frozenset[str]] = {
    DocumentKind.PLAN: frozenset({
        "vereniging", "jaar", "vastgesteld", "inleiding", "visie", "kernwaarden", "bestuur", "adviserende_leden",
        "portefeuilles", "overleggen", "bureau", "activiteiten",
    }),
    DocumentKind.PROGRESS_REPORT: frozenset({
        "vereniging", "jaar", "halfjaar", "statussen", "achter", "niet_gerapporteerd", "activiteiten",
    }),
}


class TemplateError(Exception):
    """The template cannot be used; `message` says why in Dutch. `missing` names absent fields, if that is why."""

    def __init__(self, message: str, path: Path, missing: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.missing = missing


@dataclass(frozen=True)
class CheckedTemplate:
    kind: DocumentKind
    path: Path
    shipped: bool


def shipped_template(kind: DocumentKind) -> Path:
    return paths.resources_dir() / "templates" / f"{kind.value}.docx"


def check_template(kind: DocumentKind, path: Path) -> CheckedTemplate:
    """Opens the template and checks that it can be filled; raises TemplateError (Dutch) when it cannot."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError as JinjaError

    name = path.name
    if not path.is_file():
        raise TemplateError(f"Het sjabloon {path} bestaat niet (meer). Kies een ander sjabloon.", path)
    if not zipfile.is_zipfile(path):
        raise TemplateError(f"{name} is geen Word-document (.docx). Kies een sjabloon dat in Word is opgeslagen als .docx.", path)
    try:
        used = DocxTemplate(str(path)).get_undeclared_template_variables()
    except JinjaError as error:
        lineno = getattr(error, "lineno", None)  # only a syntax error knows its line
        line = f" (regel {lineno})" if lineno else ""
        raise TemplateError(
            f"Het sjabloon {name} bevat een fout in een veld{line}: {error.message or error}. "
            "Controleer de velden tussen {{ }} en {% %}.", path) from None
    except (KeyError, ValueError, zipfile.BadZipFile, OSError) as error:
        raise TemplateError(f"Het sjabloon {name} kan niet worden gelezen ({error}). Sla het in Word opnieuw op als .docx.", path) from None
    missing = tuple(sorted(REQUIRED_FIELDS[kind] - set(used)))
    if missing:
        listed = ", ".join(missing)
        raise TemplateError(
            f"In het sjabloon {name} ontbreken velden die het programma invult: {listed}. "
            f"Zonder die velden zou een deel van het {kind.label.lower()} ontbreken. Zet ze terug "
            "(het meegeleverde sjabloon laat zien waar), of gebruik het meegeleverde sjabloon.", path, missing)
    return CheckedTemplate(kind, path, path.resolve() == shipped_template(kind).resolve())
