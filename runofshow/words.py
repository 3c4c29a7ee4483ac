"""Words the core says to people, kept translatable.

The core never imports Qt, yet the chair, the console and the projector speak the room's
languages through Qt's translations (ui/i18n.py). So the core does not build sentences: it
says which sentence (an English template, "running {late} late") and its values, and a view
renders it in its language. `str(words)` is the English, for logs, the terminal and JSON.

Every template is written as `QT_TRANSLATE_NOOP("Board", "...")` where it is used: Qt's
`lupdate` reads our sources for calls of exactly that name with literal arguments (it cannot
see a constant's value), so that is how the templates get into the translators' .ts files
(ui/i18n.py, `python -m ui.i18n update`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

CONTEXT = "Board"  # the translation context of every template the core says (written out
#                   literally at each QT_TRANSLATE_NOOP, for lupdate)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for lupdate; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Words:
    """A sentence: an English template with {named} places, and their values (text, numbers,
    or words of their own, translated with it)."""

    template: str
    values: tuple[tuple[str, str | int | Words], ...] = ()

    def render(self, translate: Callable[[str], str]) -> str:
        """The sentence in the language `translate` turns templates into (values that are
        words are rendered the same way). A translation with a bad place falls back to
        English rather than failing on the screen."""
        values = {name: value.render(translate) if isinstance(value, Words) else value
                  for name, value in self.values}
        try:
            return translate(self.template).format_map(values)
        except (KeyError, IndexError, ValueError):
            return self.template.format_map(values)

    def __str__(self) -> str:
        return self.render(lambda template: template)

    def __bool__(self) -> bool:
        return bool(self.template)


NOTHING = Words("")


def words(template: str, **values: str | int | Words) -> Words:
    return Words(template, tuple(values.items()))
