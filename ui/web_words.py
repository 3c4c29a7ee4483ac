"""The web views' words in every shipped language, from the app's own translations.

The pages (assets/web/) run in a browser, far from Qt, yet they speak the agenda's
languages as the projector does. Their words have one source, the `.ts` files every other
text of the app is translated in:

- `LABELS`: the pages' own fixed words ("Now", "planned", "starts in {wait}, {time}"),
  marked here for lupdate in the context "WebViews";
- the core's sentences about the day ("running {late} late", "back at {time}"): the state
  sends them as a template and its values (runofshow/remote.py, `words_json`), and the page
  renders the template in each language, as `Words.render` does here.

`python -m ui.i18n update` writes both tables, in every shipped language, into
`assets/web/js/translations.js` (after the translators' work, run it again); a test fails
while that file differs from what the `.ts` files say. No Qt is needed to write it: a `.ts`
is XML.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from runofshow.bundled import bundled_dir
from runofshow.words import CONTEXT as BOARD_CONTEXT
from runofshow.words import QT_TRANSLATE_NOOP

WEB_CONTEXT = "WebViews"
# the contexts whose English texts the pages render as templates: the core's sentences,
# and the phase words (ui/theme.py) for a state without the projector's style
TEMPLATE_CONTEXTS = (BOARD_CONTEXT, "Theme")

# key (as the pages' code names it) -> English; {places} are filled in by the page
LABELS = {
    "next": QT_TRANSLATE_NOOP("WebViews", "Next"),
    "startsAt": QT_TRANSLATE_NOOP("WebViews", "Starts at"),
    "done": QT_TRANSLATE_NOOP("WebViews", "Programme complete"),
    "rehearsal": QT_TRANSLATE_NOOP("WebViews", "REHEARSAL"),
    "now": QT_TRANSLATE_NOOP("WebViews", "Now"),
    "due": QT_TRANSLATE_NOOP("WebViews", "Starting"),
    "live": QT_TRANSLATE_NOOP("WebViews", "NOW"),
    "ended": QT_TRANSLATE_NOOP("WebViews", "ended"),
    "skipped": QT_TRANSLATE_NOOP("WebViews", "cancelled"),
    "nothingNext": QT_TRANSLATE_NOOP("WebViews", "Nothing more today"),
    "day": QT_TRANSLATE_NOOP("WebViews", "The day's programme"),
    "endOfDay": QT_TRANSLATE_NOOP("WebViews", "End of the day"),
    "later": QT_TRANSLATE_NOOP("WebViews", "Later today"),
    "planned": QT_TRANSLATE_NOOP("WebViews", "planned"),
    "projected": QT_TRANSLATE_NOOP("WebViews", "projected"),
    "speakers": QT_TRANSLATE_NOOP("WebViews", "Speakers"),
    "atRisk": QT_TRANSLATE_NOOP("WebViews", "AT RISK: {what}"),
    "asSoonAs": QT_TRANSLATE_NOOP("WebViews", "as soon as this one ends"),
    "startsInAt": QT_TRANSLATE_NOOP("WebViews", "starts in {wait}, {time}"),
    "inWait": QT_TRANSLATE_NOOP("WebViews", "in {wait}"),
    "startsAtTime": QT_TRANSLATE_NOOP("WebViews", "starts at {time}"),
    "endsPlanned": QT_TRANSLATE_NOOP("WebViews", "ends {end} (planned {planned})"),
    "endsAt": QT_TRANSLATE_NOOP("WebViews", "ends at {time}"),
    "blacked": QT_TRANSLATE_NOOP("WebViews", "PROJECTOR BLACKED OUT"),
    "blackedNote": QT_TRANSLATE_NOOP("WebViews", "The projector is blacked out by the technician"),
    # the connection
    "connecting": QT_TRANSLATE_NOOP("WebViews", "Connecting…"),
    "lost": QT_TRANSLATE_NOOP("WebViews", "Connection lost — reconnecting…"),
    "noUpdate": QT_TRANSLATE_NOOP("WebViews", "No update for {seconds} s — the times shown may be behind"),
    "lastUpdate": QT_TRANSLATE_NOOP("WebViews", "last update {time}"),
    "refused": QT_TRANSLATE_NOOP(
        "WebViews",
        "This link's token was refused: ask the technician for a new link (the QR code in the console)"),
    "noToken": QT_TRANSLATE_NOOP(
        "WebViews", "This link has no token: ask the technician for the link (the QR code in the console)"),
    "brokerRefused": QT_TRANSLATE_NOOP("WebViews", "The venue's broker refused the connection"),
    "roomOffline": QT_TRANSLATE_NOOP(
        "WebViews",
        "The room's computer is offline: this is the last state it published"),
    "badLink": QT_TRANSLATE_NOOP("WebViews", "This link is incomplete: it needs"),
    "controlNeedsPc": QT_TRANSLATE_NOOP(
        "WebViews", "The control page works only with the room's computer, not through the broker"),
    # the phone's control keys
    "min": QT_TRANSLATE_NOOP("WebViews", "min"),
    "undo": QT_TRANSLATE_NOOP("WebViews", "Undo"),
    "redo": QT_TRANSLATE_NOOP("WebViews", "Redo"),
    "startNow": QT_TRANSLATE_NOOP("WebViews", "Start now"),
    "cancel": QT_TRANSLATE_NOOP("WebViews", "Cancel"),
    "startEarly": QT_TRANSLATE_NOOP("WebViews", "Start “{title}” now, {early} before its planned {time}?"),
    "notConnected": QT_TRANSLATE_NOOP(
        "WebViews",
        "Not connected: the keys work again when the connection is back"),
    "needsLive": QT_TRANSLATE_NOOP("WebViews", "± minutes need a live session"),
    "nextIgnored": QT_TRANSLATE_NOOP(
        "WebViews", "Next ignored: pressed twice. To move on again, wait a moment and press once."),
    "tapIgnored": QT_TRANSLATE_NOOP(
        "WebViews",
        "Ignored: pressed twice. To do it again, wait a moment and press once."),
    "notStarted": QT_TRANSLATE_NOOP(
        "WebViews",
        "Not started: it starts at its planned time, or when you confirm."),
    "sending": QT_TRANSLATE_NOOP("WebViews", "sending…"),
    "okDone": QT_TRANSLATE_NOOP("WebViews", "done"),
    "notDone": QT_TRANSLATE_NOOP("WebViews", "not done"),
    "noAnswer": QT_TRANSLATE_NOOP("WebViews", "no answer yet: look at the clock before pressing again"),
    "droppedAnswer": QT_TRANSLATE_NOOP(
        "WebViews", "the connection dropped before the answer: look at the clock before pressing again"),
    # the venue overview (venue.html): the console's overview's words (ui/venue_overview.py)
    "venueTitle": QT_TRANSLATE_NOOP("WebViews", "Every room at a glance"),
    "venueWhere": QT_TRANSLATE_NOOP("WebViews", "event {event} · rooms: {count}"),
    "room": QT_TRANSLATE_NOOP("WebViews", "Room"),
    "status": QT_TRANSLATE_NOOP("WebViews", "Status"),
    "liveSession": QT_TRANSLATE_NOOP("WebViews", "Live session"),
    "countdown": QT_TRANSLATE_NOOP("WebViews", "Countdown"),
    "dayColumn": QT_TRANSLATE_NOOP("WebViews", "Day"),
    "nextAnchor": QT_TRANSLATE_NOOP("WebViews", "Next anchor at risk"),
    "noRoomYet": QT_TRANSLATE_NOOP("WebViews", "No room of this event has published yet."),
    "online": QT_TRANSLATE_NOOP("WebViews", "online"),
    "onlineRehearsal": QT_TRANSLATE_NOOP("WebViews", "online · rehearsal"),
    "offline": QT_TRANSLATE_NOOP("WebViews", "OFFLINE"),
    "noNews": QT_TRANSLATE_NOOP("WebViews", "no news"),
    "nextTitle": QT_TRANSLATE_NOOP("WebViews", "next: {title}"),
    "anchorBy": QT_TRANSLATE_NOOP("WebViews", "{time} ({session}) by {late}"),
}

TRANSLATIONS_JS = Path("web") / "js" / "translations.js"  # under assets/


def ts_translations(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of every finished message of a `.ts` file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[(name, message.findtext("source"))] = translation.text
    return found


def tables(i18n_dir: Path) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """The pages' labels (key -> {language: text}, English included) and the templates of
    TEMPLATE_CONTEXTS (English -> {language: text}) in every language with a `.ts`."""
    translated = {path.stem.removeprefix("runofshow_"): ts_translations(path)
                  for path in sorted(i18n_dir.glob("runofshow_*.ts"))}
    labels = {}
    for key, english in LABELS.items():
        labels[key] = {"en": english}
        for code, found in translated.items():
            if (WEB_CONTEXT, english) in found:
                labels[key][code] = found[(WEB_CONTEXT, english)]
    templates: dict[str, dict[str, str]] = {}
    for code, found in translated.items():
        for (context, source), text in found.items():
            if context in TEMPLATE_CONTEXTS:
                templates.setdefault(source, {})[code] = text
    templates = dict(sorted(templates.items()))
    return labels, templates


def translations_js(i18n_dir: Path) -> str:
    """The text of assets/web/js/translations.js for the `.ts` files of `i18n_dir`."""
    labels, templates = tables(i18n_dir)

    def constant(name: str, table: dict[str, dict[str, str]]) -> str:  # a line per entry
        lines = (f"  {json.dumps(key, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False)},"
                 for key, value in table.items())
        return f"export const {name} = {{\n" + "\n".join(lines) + "\n};\n"

    return ("// Written by `python -m ui.i18n update` from assets/i18n/*.ts (ui/web_words.py):\n"
            "// do not edit; translate in the .ts files and run it again.\n\n"
            + constant("LABELS", labels) + "\n" + constant("TEMPLATES", templates))


def write_translations_js() -> Path:
    assets = bundled_dir("assets")
    target = assets / TRANSLATIONS_JS
    target.write_text(translations_js(assets / "i18n"), encoding="utf-8")
    return target
