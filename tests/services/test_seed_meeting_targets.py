"""The number of meetings seeded for each activity is the number its results in the Jaarplan 2022 state.

The numbers are read here again from the words of the plan, independently of the seed: "het
organiseren van drie bijeenkomsten" is 3, "Organiseren van twee raadsledenbijeenkomsten" is 2,
"minimaal 1 keer per jaar" is at least 1. A result that names no number ("organiseren van
portefeuillehouderoverleggen") gives no target.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from vgg_desktop.paths import seed_file
from vgg_desktop.startup import OpenedDatabase

SOURCE_DOCUMENT = Path("/work/shared/seed/jaarplan-vgg-2022.md")
NUMBER_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5}
COUNTED = re.compile(r"\b(?:organiseren|organisatie) van (een|één|twee|drie|vier|vijf)\b[^;:.]*?bijeenkomst", re.IGNORECASE)
MINIMUM = re.compile(r"\bminimaal (\d+) keer\b", re.IGNORECASE)


def stated_target(results: list[str]) -> tuple[int, bool, str] | None:
    """(number, is a minimum, the result that says so) as the plan's words give it, or None."""
    for result in results:
        minimum = MINIMUM.search(result)
        if minimum:
            return int(minimum.group(1)), True, result
        counted = COUNTED.search(result)
        if counted:
            return NUMBER_WORDS[counted.group(1).lower()], False, result
    return None


def seed_activities() -> list[dict[str, Any]]:
    data = json.loads(seed_file().read_text(encoding="utf-8"))
    return data["activities"]


@pytest.mark.parametrize("activity", seed_activities(), ids=lambda item: f"{item['position']:02d}")
def test_each_seeded_target_is_the_number_the_results_state(activity: dict[str, Any]) -> None:
    seeded = activity.get("meeting_target")
    stated = stated_target(activity["results"])
    if stated is None:
        assert seeded is None, f"{activity['title']}: the plan names no number, yet {seeded} is seeded"
        return
    number, is_minimum, words = stated
    assert seeded is not None, f"{activity['title']}: the plan says '{words}', but no target is seeded"
    assert (seeded["number"], seeded["minimum"], seeded["as_written"]) == (number, is_minimum, words)


def test_the_targets_the_plan_names() -> None:
    targets = {item["position"]: (item["meeting_target"]["number"], item["meeting_target"]["minimum"])
               for item in seed_activities() if item.get("meeting_target")}
    assert targets == {
        2: (2, False),    # Organiseren van twee raadsledenbijeenkomsten
        6: (3, False),    # het organiseren van drie bijeenkomsten van de bestuurlijke tafel
        18: (1, True),    # minimaal 1 keer per jaar een gezamenlijke bijeenkomst
        19: (1, True),    # minimaal 1 keer per jaar een bijeenkomst organiseren
        20: (2, False),   # Organisatie van twee bijeenkomsten voor raadsleden
        22: (2, False),   # Organiseren van twee bijeenkomsten met Vereniging Groninger Dorpen
        23: (3, False),
        24: (3, False),
        25: (3, False),   # Organiseren van drie ambtelijke bijeenkomsten
        26: (1, False),   # Organiseren van een bestuurlijke bijeenkomsten
    }
    vague = {item["position"] for item in seed_activities() if not item.get("meeting_target")}
    assert {9, 10, 11, 15, 16, 17, 28} <= vague  # "organiseren van portefeuillehouderoverleggen", "werksessies"


@pytest.mark.skipif(not SOURCE_DOCUMENT.exists(), reason="the source document is kept outside the repository")
def test_every_seeded_target_is_written_in_the_source_document() -> None:
    text = html.unescape(re.sub(r"<[^>]+>", " ", SOURCE_DOCUMENT.read_text(encoding="utf-8")))
    text = " ".join(text.split())
    for activity in seed_activities():
        target = activity.get("meeting_target")
        if target:
            assert " ".join(target["as_written"].split()) in text, target["as_written"]


def test_the_seeded_database_holds_the_targets(opened: OpenedDatabase) -> None:
    seeded = {item["position"]: item.get("meeting_target") for item in seed_activities()}
    for activity in opened.services.activities.list():
        target = seeded[activity.position]
        if target is None:
            assert (activity.meeting_target, activity.meeting_target_is_minimum, activity.meeting_target_as_written) \
                == (None, False, None)
        else:
            assert (activity.meeting_target, activity.meeting_target_is_minimum, activity.meeting_target_as_written) \
                == (target["number"], target["minimum"], target["as_written"])
