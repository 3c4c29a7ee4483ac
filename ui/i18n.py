"""The interface in the room's languages, through Qt's own translations.

Sources are `assets/i18n/runofshow_<lang>.ts`, refreshed from the code with
`python -m ui.i18n update` (pyside6-lupdate over ui/ and runofshow/: the core marks its
sentences with `QT_TRANSLATE_NOOP`, runofshow/words.py). Qt loads compiled `.qm` files:
the built app carries them (packaging/build.py runs pyside6-lrelease); a checkout or a wheel
compiles a `.ts` with pyside6-lrelease into the user's cache on first use, under a name
holding the source's hash, so an edited translation is compiled again and never stale.

Two uses: the interface language (`install`: menus, buttons, the console; chosen by
`--lang`, else the console's choice kept in the settings, else the system's locale), and the
projector's fixed labels in the agenda's own languages whatever the interface speaks
(`translate_in`: "下一场 · Next" on a Chinese-English agenda).
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import sys
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from runofshow.bundled import bundled_dir
from runofshow.words import CONTEXT, Words

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"  # the language the code is written in: no file needed
# The languages whose .ts ship, by code, with their own names for the console's menu.
SHIPPED = {"en": "English", "zh": "中文（简体）", "fr": "Français", "es": "Español",
           "ar": "العربية", "ru": "Русский"}
RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}


def i18n_dir() -> Path:
    return bundled_dir("assets") / "i18n"


def base_language(code: str) -> str:
    """"zh_CN", "zh-Hans", "fr-CH" -> "zh", "zh", "fr"."""
    return code.replace("-", "_").split("_")[0].lower()


def choose_language(requested: str | None, saved: str | None, system: Iterable[str]) -> str:
    """The interface language: `--lang` first, then the console's saved choice, then the
    first of the system's languages that ships; English when none does. A requested code
    that does not ship is said in the log and passed over."""
    for origin, code in (("--lang", requested), ("saved setting", saved)):
        if code:
            if base_language(code) in SHIPPED:
                return base_language(code)
            log.warning("%s %r: no such interface language (shipped: %s)", origin, code,
                        ", ".join(SHIPPED))
    for code in system:
        if base_language(code) in SHIPPED:
            return base_language(code)
    return SOURCE_LANGUAGE


def system_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


def pyside_tool(name: str) -> str | None:
    """Where one of PySide6's tool scripts is ("pyside6-lrelease", "pyside6-lupdate"): on
    PATH, or beside this Python (a venv run without activating it)."""
    return shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))


def compile_ts(source: Path, target: Path) -> bool:
    command = pyside_tool("pyside6-lrelease")
    if command is None:
        log.warning("pyside6-lrelease not found: %s stays untranslated", source.name)
        return False
    import subprocess  # only when a translation is compiled: not on a start-up's way

    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([command, "-silent", str(source), "-qm", str(target)],
                            capture_output=True, text=True)
    if result.returncode != 0 or not target.exists():
        log.warning("pyside6-lrelease failed on %s: %s", source, result.stderr.strip())
        return False
    return True


def qm_file(language: str) -> Path | None:
    """The compiled translation for `language`: the built app's, else one compiled from the
    .ts into the cache; None for English or a language without a .ts."""
    folder = i18n_dir()
    built = folder / f"runofshow_{language}.qm"
    if built.exists():
        return built
    source = folder / f"runofshow_{language}.ts"
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = Path(platformdirs.user_cache_dir("runofshow", False)) / "i18n" / \
        f"runofshow_{language}-{digest}.qm"
    if cached.exists() or compile_ts(source, cached):
        return cached
    return None


@cache
def translator(language: str) -> QTranslator | None:
    """Our translator for `language`, loaded once (None: English, or none to load)."""
    path = qm_file(language)
    if path is None:
        return None
    loaded = QTranslator()
    if not loaded.load(str(path)):
        log.warning("%s is not a translation Qt can read", path)
        return None
    return loaded


_installed: list[QTranslator] = []  # what install() put on the application, to take off again
_interface = [SOURCE_LANGUAGE]  # the language install() made the interface's


def install(language: str) -> str:
    """Make `language` the interface's: our texts, Qt's own (standard buttons and dialogs),
    and right to left for Arabic. Call before the windows are built; calling again replaces
    the last language (English takes every translation off). Returns the language installed
    (English when its translation cannot be loaded)."""
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    ours = translator(language)
    if ours is None:
        language = SOURCE_LANGUAGE
    else:
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for loaded in (ours, qt_own if qt_own.load(QLocale(language), "qtbase", "_", folder) else None):
            if loaded is not None:
                app.installTranslator(loaded)
                _installed.append(loaded)
    # numbers and dates follow the language chosen; English leaves the system's formats
    QLocale.setDefault(QLocale.system() if language == SOURCE_LANGUAGE else QLocale(language))
    _interface[0] = language
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    return language


def date_text(day: date, qt_format: str) -> str:
    """A date in the interface's language ("Wed 13 Mar" / "周三 13 3月" / "mer. 13 mars"),
    `qt_format` as QDate formats ("ddd dd MMM", "dddd dd MMMM yyyy")."""
    return QLocale(_interface[0]).toString(QDate(day.year, day.month, day.day), qt_format)


def translate_in(language: str, context: str, text: str) -> str:
    """`text` of `context` in `language`, whatever the interface speaks (the projector's
    labels in the agenda's languages). English, or a text not translated, comes back as is."""
    found = translator(language)
    said = found.translate(context, text) if found is not None else ""
    return said or text


def say(words: Words | str, language: str | None = None) -> str:
    """The core's words in the interface language, or in `language`."""
    if isinstance(words, str):
        return words
    if language is None:
        return words.render(lambda template: QCoreApplication.translate(CONTEXT, template))
    return words.render(lambda template: translate_in(language, CONTEXT, template))


def lupdate(targets: Iterable[Path], silent: bool = False) -> None:
    """The texts of the code (ui/ and runofshow/) into each .ts of `targets`
    (pyside6-lupdate): new texts arrive unfinished, texts gone from the code are dropped,
    translations kept. No line numbers, so a diff shows only texts that changed."""
    root = Path(__file__).resolve().parent.parent
    sources = sorted(str(path.relative_to(root)) for folder in ("ui", "runofshow")
                     for path in (root / folder).rglob("*.py"))
    import subprocess

    tool = pyside_tool("pyside6-lupdate")
    if tool is None:
        raise FileNotFoundError("pyside6-lupdate not found (it comes with PySide6-Essentials)")
    subprocess.run([tool, *(["-silent"] if silent else []), "-no-obsolete", "-locations", "none",
                    *sources, "-ts", *map(str, targets)], cwd=root, check=True)


def update_sources(languages: Iterable[str] = tuple(set(SHIPPED) - {SOURCE_LANGUAGE})) -> None:
    """Refresh every shipped .ts from the code (`lupdate`), then the web views' words from
    the .ts files (ui/web_words.py)."""
    from ui.web_words import write_translations_js

    i18n_dir().mkdir(parents=True, exist_ok=True)
    lupdate([i18n_dir() / f"runofshow_{code}.ts" for code in sorted(languages)])
    write_translations_js()


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        sys.exit("usage: python -m ui.i18n update   (refresh assets/i18n/*.ts from the code, "
                 "and assets/web/js/translations.js from them)")
    update_sources()
