"""Names sorted the Dutch way: 'van der Werff' under W, 'de Vries' under V."""

from __future__ import annotations

from vgg_desktop.gui.models.base import fold

# Tussenvoegsels: written before the surname, ignored when sorting.
PREFIXES = frozenset({"van", "von", "der", "den", "de", "het", "'t", "ten", "ter", "te", "op", "in", "la", "le", "du"})


def sort_name(last_name: str, display_name: str) -> str:
    words = fold(last_name).split()
    while len(words) > 1 and words[0] in PREFIXES:
        words.pop(0)
    return f"{' '.join(words)} {fold(display_name)}"
