"""The undo history keeps the last hundred changes, as Word and Excel do, so a long day does not grow it."""

from __future__ import annotations

from vgg_desktop.gui.main_window import UNDO_LIMIT, MainWindow


def test_the_undo_history_keeps_the_last_hundred_changes(window: MainWindow) -> None:
    assert UNDO_LIMIT == 100
    assert window.commands is not None and window.services is not None
    person = window.services.persons.list()[0]
    original = person.function
    for number in range(UNDO_LIMIT + 5):
        person = window.commands.update("person", window.commands.latest("person", person),
                                        {"function": f"Functie {number}"})
    assert window.undo_stack.count() == UNDO_LIMIT
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    # The oldest five changes can no longer be undone; everything after them could.
    assert window.services.persons.get(person.id).function == "Functie 4"
    assert original != "Functie 4"
