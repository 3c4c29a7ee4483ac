"""The interface in the room's languages (ui/i18n.py): Qt's real lupdate and lrelease, real
translators installed on the real application."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from runofshow.board import board
from runofshow.projection import project
from runofshow.words import CONTEXT, words
from tests.test_properties import SETTINGS, shows
from tests.test_words import templates_of
from ui import i18n, web_words

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def code_texts(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every text Qt's own lupdate finds in today's code."""
    fresh = tmp_path_factory.mktemp("lupdate") / "runofshow_fr.ts"
    i18n.lupdate([fresh], silent=True)
    return {(context, source) for context, source, *_ in ts_messages(fresh)}


@pytest.fixture(scope="module")
def board_templates(code_texts) -> set[str]:
    """The templates lupdate extracts in the core's context."""
    return {source for context, source in code_texts if context == CONTEXT}


@SETTINGS
@given(shows())
def test_lupdate_finds_every_sentence_the_board_can_say(board_templates, show):
    agenda, actions, now = show
    shown = board(agenda, project(agenda, actions, now), now)
    for said in (shown.day_status, shown.next_text, shown.held_for):
        if said:
            assert templates_of(said) <= board_templates


@pytest.mark.parametrize(("requested", "saved", "system", "chosen"), [
    ("fr", "zh", ["ru-RU"], "fr"),          # --lang wins
    (None, "zh", ["ru-RU"], "zh"),          # then the console's choice
    (None, None, ["de-CH", "ru-RU"], "ru"),  # then the first system language that ships
    ("xx", None, ["es-ES"], "es"),          # an unknown code is passed over
    (None, None, ["de-DE"], "en"),          # nothing ships: English
    ("zh_CN", None, [], "zh"),
])
def test_the_interface_language_is_chosen_in_order(requested, saved, system, chosen):
    assert i18n.choose_language(requested, saved, system) == chosen


def _write_ts(folder: Path, language: str, translations: dict[str, str], context: str) -> None:
    messages = "".join(f"<message><source>{source}</source><translation>{text}</translation></message>"
                       for source, text in translations.items())
    (folder / f"runofshow_{language}.ts").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
        f"<context><name>{context}</name>{messages}</context></TS>", encoding="utf-8")


@pytest.fixture
def own_i18n(tmp_path, monkeypatch, qapp):
    """A translations folder of the test's own, compiled into a cache of its own."""
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path / "i18n")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "i18n").mkdir()
    i18n.translator.cache_clear()
    yield tmp_path / "i18n"
    i18n.install("en")
    i18n.translator.cache_clear()


def test_an_installed_language_translates_the_interface_and_the_core_words(own_i18n):
    _write_ts(own_i18n, "fr", {"running {late} late": "{late} de retard", "{minutes} min": "{minutes} min"},
              CONTEXT)
    assert i18n.install("fr") == "fr"
    said = words("running {late} late", late=words("{minutes} min", minutes=7))
    assert i18n.say(said) == "7 min de retard"
    assert QCoreApplication.translate(CONTEXT, "running {late} late") == "{late} de retard"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.install("en") == "en"
    assert i18n.say(said) == "running 7 min late"


def test_arabic_lays_the_windows_out_right_to_left(own_i18n):
    _write_ts(own_i18n, "ar", {"on time": "في الموعد"}, CONTEXT)
    assert i18n.install("ar") == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert i18n.say(words("on time")) == "في الموعد"
    i18n.install("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_language_in_another_than_the_interface_for_the_projector(own_i18n):
    _write_ts(own_i18n, "zh", {"back at {time}": "{time} 复会"}, CONTEXT)
    said = words("back at {time}", time="15:00")
    assert i18n.say(said, "zh") == "15:00 复会"
    assert i18n.say(said) == "back at 15:00"  # the interface still speaks English
    assert i18n.say(said, "de") == "back at 15:00"  # no German: English


def test_a_broken_translation_file_leaves_english(own_i18n):
    (own_i18n / "runofshow_ru.ts").write_text("<TS><context>", encoding="utf-8")
    assert i18n.install("ru") == "en"
    assert i18n.say(words("on time")) == "on time"


def test_an_edited_translation_is_compiled_again(own_i18n):
    _write_ts(own_i18n, "es", {"on time": "a tiempo"}, CONTEXT)
    first = i18n.qm_file("es")
    _write_ts(own_i18n, "es", {"on time": "puntual"}, CONTEXT)
    second = i18n.qm_file("es")
    assert first != second and first.exists() and second.exists()
    i18n.translator.cache_clear()
    assert i18n.say(words("on time"), "es") == "puntual"


# -- nothing shown to a person bypasses tr() ----------------------------------------------
# Qt calls whose text arguments a person reads; their literals must come through tr(),
# QCoreApplication.translate() or QT_TRANSLATE_NOOP (which lupdate extracts).
SHOWN_BY = {"setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
            "setTitle", "addMenu", "addAction", "setWhatsThis", "setLabelText", "showMessage",
            "setHorizontalHeaderLabels", "information", "warning", "critical", "question",
            "setInformativeText", "setDetailedText", "setTabText", "addTab", "addItem",
            "set_full_text", "setSpecialValueText", "setSuffix", "setPrefix",
            "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
            "QToolButton"}
TRANSLATED_BY = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "say", "date_text"}
# Machine-facing modules: they answer browsers, Companion and OSC devices, never a person
# through a Qt widget.
MACHINE_FACING = {"server.py", "server_app.py", "server_thread.py", "osc.py", "osc_protocol.py",
                  "ontime.py", "tokens.py", "i18n.py"}
LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more, in any script


def _untranslated(node: ast.AST, inside: bool = False) -> list[str]:
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        inside = inside or name in TRANSLATED_BY
        found = [] if name in TRANSLATED_BY or inside else _untranslated(func, inside)
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            found += _untranslated(arg, inside)
        return found
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [] if inside or not LETTERS.search(node.value) else [node.value]
    found: list[str] = []
    for child in ast.iter_child_nodes(node):
        found += _untranslated(child, inside)
    return found


def _is_a_log_call(func: ast.expr) -> bool:
    """log.warning(...), logging.warning(...): for the log, not a QMessageBox."""
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and \
        func.value.id in ("log", "logger", "logging")


def test_no_text_shown_to_a_person_bypasses_tr():
    problems = []
    for path in sorted((ROOT / "ui").glob("*.py")):
        if path.name in MACHINE_FACING:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in SHOWN_BY or _is_a_log_call(func):
                continue
            for arg in [*node.args, *(k.value for k in node.keywords if k.arg in (None, "text", "title"))]:
                problems += [f"ui/{path.name}:{node.lineno}: {text!r}" for text in _untranslated(arg)]
    assert not problems, "texts shown without tr():\n" + "\n".join(problems)


# -- the shipped translations ------------------------------------------------------------
PLACES = re.compile(r"\{(\w*)\}")
SHIPPED_TS = {code: ROOT / "assets" / "i18n" / f"runofshow_{code}.ts"
              for code in i18n.SHIPPED if code != i18n.SOURCE_LANGUAGE}


# where "&" marks a key ("Q&A" in a cell does not)
MENUS = {"ExportMenu", "LanguageMenu", "Shell", "VenueMenu"}


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def ts_messages(path: Path):
    """(context, source, numerus, [translations], unfinished) of every message of a .ts."""
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield (context.findtext("name"), message.findtext("source"),
                   message.get("numerus") == "yes", forms,
                   translation.get("type") in ("unfinished", "vanished", "obsolete"))


@pytest.mark.parametrize("code", sorted(SHIPPED_TS))
def test_every_message_is_translated_keeping_its_places(code):
    problems = []
    for context, source, numerus, forms, unfinished in ts_messages(SHIPPED_TS[code]):
        where = f"{code} {context}: {source!r}"
        if unfinished or not all(form.strip() for form in forms):
            problems.append(f"{where}: not translated")
            continue
        for form in forms:
            if sorted(PLACES.findall(form)) != sorted(PLACES.findall(source)):
                problems.append(f"{where}: places {PLACES.findall(form)} in {form!r}")
            if numerus and "%n" not in form and "%Ln" not in form:
                problems.append(f"{where}: no %n in {form!r}")
            if context in MENUS and _accelerators(form) != _accelerators(source):
                problems.append(f"{where}: & accelerators differ in {form!r}")
    assert not problems, "\n".join(problems)


def test_the_translations_cover_exactly_the_texts_of_the_code(code_texts):
    """lupdate over today's code finds the texts the shipped .ts files hold: no text added to
    the code and left untranslated, none translated that the code no longer says. (After
    changing texts: `python -m ui.i18n update`, then translate what is new.)"""
    for code, path in SHIPPED_TS.items():
        shipped = {(context, source) for context, source, *_ in ts_messages(path)}
        missing, gone = sorted(code_texts - shipped)[:10], sorted(shipped - code_texts)[:10]
        assert shipped == code_texts, (code, missing, gone)


def test_the_web_views_words_are_the_translations_of_today():
    """assets/web/js/translations.js (the browsers' copy of the words) is what the .ts files
    say now: a translation changed and not carried over would leave the web views saying
    something else than the projector. (Refresh: `python -m ui.i18n update`.)"""
    shipped = (ROOT / "assets" / web_words.TRANSLATIONS_JS).read_text(encoding="utf-8")
    assert shipped == web_words.translations_js(ROOT / "assets" / "i18n"), "run python -m ui.i18n update"
    labels, templates = web_words.tables(ROOT / "assets" / "i18n")
    assert set(labels) == set(web_words.LABELS)
    for key, english in web_words.LABELS.items():  # every label in every shipped language
        assert set(labels[key]) == set(i18n.SHIPPED), key
        assert labels[key]["en"] == english
    assert "running {late} late" in templates and "TIME LEFT" in templates


@pytest.mark.parametrize("code", sorted(SHIPPED_TS))
def test_lrelease_compiles_every_translation_finished(code, tmp_path, qapp):
    """What Qt loads says every message: compiled by the real lrelease and read back by a
    QTranslator (not lrelease's own report, whose wording is its own)."""
    compiled = tmp_path / "x.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(SHIPPED_TS[code]), "-qm", str(compiled)], check=True)
    loaded = QTranslator()
    assert loaded.load(str(compiled))
    for context, source, numerus, forms, _ in ts_messages(SHIPPED_TS[code]):
        said = loaded.translate(context, source, None, 1 if numerus else -1)
        assert said and (numerus or said == forms[0]), (context, source, said)


# -- the console's Language menu ------------------------------------------------------------

def test_the_language_menu_rebuilds_the_show_in_the_chosen_language(qtbot, tmp_path):
    """French, chosen in the menu: kept in the settings, the windows rebuilt in French on the
    same journal; Arabic then lays them out right to left; "System language" forgets it."""
    from tests.qt_helpers import live_shell
    from ui.language_menu import LanguageMenu
    from ui.settings import Settings

    shell, _, _ = live_shell(tmp_path)
    settings = Settings()
    try:
        actions = list(shell.windows.controller.show.actions)
        assert shell.windows.chair.windowTitle() == "runofshow — chair"
        menu = LanguageMenu(shell.windows.console, settings, "en", shell.rebuild)
        assert menu.actions[None].isChecked()
        old_console = shell.windows.console
        menu.actions["fr"].trigger()
        qtbot.waitUntil(lambda: shell.windows.console is not old_console)
        french = i18n.translate_in("fr", "ChairWindow", "runofshow — chair")
        assert french != "runofshow — chair"
        assert shell.windows.chair.windowTitle() == french
        assert settings.language() == "fr"
        assert shell.windows.controller.show.actions == actions  # the show goes on as it was
        assert shell.windows.controller.board().session.id == "d1-panel-1"

        menu = LanguageMenu(shell.windows.console, settings, "fr", shell.rebuild)
        assert menu.actions["fr"].isChecked()
        old_console = shell.windows.console
        menu.actions["ar"].trigger()
        qtbot.waitUntil(lambda: shell.windows.console is not old_console)
        assert shell.windows.console.layoutDirection() == Qt.LayoutDirection.RightToLeft
        arabic = i18n.translate_in("ar", "ChairWindow", "runofshow — chair")
        assert shell.windows.chair.windowTitle() == arabic

        menu = LanguageMenu(shell.windows.console, settings, "ar", shell.rebuild)
        old_console = shell.windows.console
        menu.actions[None].trigger()
        qtbot.waitUntil(lambda: shell.windows.console is not old_console)
        assert settings.language() is None
    finally:
        i18n.install("en")
        shell.close()


def test_dates_are_said_in_the_interface_language(qapp):
    from datetime import date

    day = date(2024, 3, 13)
    try:
        assert i18n.date_text(day, "dddd dd MMMM yyyy") == "Wednesday 13 March 2024"
        i18n.install("fr")
        assert i18n.date_text(day, "dddd dd MMMM yyyy") == "mercredi 13 mars 2024"
        i18n.install("ru")
        assert "марта" in i18n.date_text(day, "dd MMMM")  # the genitive a date takes in Russian
    finally:
        i18n.install("en")
    assert i18n.date_text(day, "ddd dd MMM") == "Wed 13 Mar"
