"""The built-in cue phrases: every kind in the eleven languages, placeholders filled, and the
count's plural form right (Russian, Arabic, French... checked against their rules here)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runofshow.cues import plan_cues
from runofshow.phrases import LANGUAGES, PHRASES, phrase, plural_category
from runofshow.projection import project
from tests.conftest import zurich_s

KINDS = ("start", "warning", "resume", "close")
UN = ("ar", "zh", "en", "fr", "ru", "es")
minutes = st.integers(min_value=0, max_value=1440)  # the loader takes up to a day


def test_every_kind_has_a_phrase_in_the_eleven_languages():
    assert set(UN) | {"de", "ja", "ko", "pt", "it"} == set(LANGUAGES)
    assert sorted(PHRASES) == sorted(KINDS)
    for kind in KINDS:
        for language in LANGUAGES:
            for count in (None, 0, 1, 2, 3, 5, 10, 11, 21, 100, 1440):
                text = phrase(kind, language, count)
                assert text, (kind, language, count)
                assert set(re.findall(r"\{(\w*)\}", text)) <= {"title", "next", "minutes"}


def test_the_agendas_cues_are_filled_in_every_language(write_agenda):
    agenda = write_agenda(f"""\
        title: T
        timezone: Europe/Zurich
        languages: [{", ".join(LANGUAGES)}]
        cues: {{warnings: [5, 2, 1]}}
        days:
          - date: 2024-03-13
            sessions:
              - {{id: talk, start: "10:00", end: "11:00", title: Talk}}
              - {{id: tea, end: "11:30", title: Tea, kind: break}}
              - {{id: panel, end: "12:00", title: Panel}}
        """)
    cues = {c.id: c for c in plan_cues(agenda, project(agenda, [], zurich_s(13, "09:00")))}
    assert sorted(cues) == ["panel/close", "panel/start", "panel/warning-1", "panel/warning-2",
                            "panel/warning-5", "talk/start", "talk/warning-1", "talk/warning-2",
                            "talk/warning-5", "tea/resume-5", "tea/start"]
    for cue in cues.values():
        assert [lang for lang, _ in cue.text] == list(LANGUAGES), cue.id
        for language, text in cue.text:
            assert "{" not in text and "}" not in text, (cue.id, language, text)
    for language in LANGUAGES:
        assert "Talk" in cues["talk/start"].text_in(language)
        assert "Panel" in cues["tea/resume-5"].text_in(language)  # {next}
    said = {lang: cues["tea/resume-5"].text_in(lang) for lang in ("en", "ru", "ar", "zh", "ja")}
    assert said == {"en": "The session resumes in 5 minutes: Panel",
                    "ru": "Заседание возобновится через 5 минут: Panel",
                    "ar": "تُستأنف الجلسة بعد خمس دقائق: Panel",
                    "zh": "会议将在5分钟后继续：Panel",
                    "ja": "5分後に再開します：Panel"}
    two = {lang: cues["talk/warning-2"].text_in(lang) for lang in ("ru", "ar", "zh", "fr", "de")}
    assert two == {"ru": "Осталось две минуты", "ar": "بقيت دقيقتان", "zh": "还剩两分钟",
                   "fr": "Il reste 2 minutes", "de": "Noch 2 Minuten"}
    one = {lang: cues["talk/warning-1"].text_in(lang) for lang in LANGUAGES}
    assert one == {"ar": "بقيت دقيقة واحدة", "zh": "还剩一分钟", "en": "One minute remaining",
                   "fr": "Il reste une minute", "ru": "Осталась одна минута", "es": "Queda un minuto",
                   "de": "Noch eine Minute", "ja": "残り1分です", "ko": "1분 남았습니다",
                   "pt": "Falta um minuto", "it": "Manca un minuto"}


def test_an_agendas_own_texts_still_win(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        languages: [ru, ar]
        cues:
          warnings: [3]
          texts: {warning: {ru: "Ещё {minutes} мин."}}
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "10:00", end: "11:00", title: A}
        """)
    cues = {c.id: c for c in plan_cues(agenda, project(agenda, [], zurich_s(13, "09:00")))}
    # the agenda's words, with digits; no built-in Arabic beside a custom warning text
    assert cues["a/warning-3"].text == (("ru", "Ещё 3 мин."),)
    assert cues["a/start"].text == (("ru", "Начинаем: A"), ("ar", "نبدأ الآن: A"))


def russian_noun(n: int) -> str:
    """минута / минуты / минут, by the last two digits (the grammar book's rule)."""
    last, last_two = n % 10, n % 100
    if 11 <= last_two <= 14:
        return "минут"
    return {1: "минута", 2: "минуты", 3: "минуты", 4: "минуты"}.get(last, "минут")


@given(minutes)
def test_russian_counts_agree(n):
    warning, resume = phrase("warning", "ru", n), phrase("resume", "ru", n)
    noun = russian_noun(n)
    assert warning.split()[-1] == noun, (n, warning)
    # after "через" the singular is accusative: минута -> минуту
    assert resume.split(":")[0].split()[-1] == ("минуту" if noun == "минута" else noun), (n, resume)
    assert warning.startswith("Осталась" if noun == "минута" else "Осталось")
    if n not in (1, 2):
        assert "{minutes}" in warning and "{minutes}" in resume  # digits, not words


@given(minutes)
def test_arabic_counts_agree(n):
    warning = phrase("warning", "ar", n)
    resume = phrase("resume", "ar", n)
    words = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر"}
    if n == 0:
        assert (warning, resume) == ("انتهى الوقت", "تُستأنف الجلسة الآن: {next}")
    elif n == 1:
        assert warning == "بقيت دقيقة واحدة" and "بعد دقيقة واحدة" in resume
    elif n == 2:  # the dual: nominative as a subject, genitive after بعد
        assert warning == "بقيت دقيقتان" and "بعد دقيقتين" in resume
    elif n in words:
        assert warning == f"بقيت {words[n]} دقائق" and f"بعد {words[n]} دقائق" in resume
    elif 3 <= n % 100 <= 10:  # 103, 205...: the plural, with digits
        assert warning == "بقيت {minutes} دقائق"
    else:  # 11-99 take the singular accusative, 100, 101, 102... the singular genitive
        assert warning == "بقيت {minutes} دقيقة" and "بعد {minutes} دقيقة" in resume


@given(minutes)
def test_romance_germanic_and_asian_counts(n):
    plural = n != 1
    assert phrase("warning", "en", n) == ("{minutes} minutes remaining" if plural else "One minute remaining")
    assert phrase("warning", "de", n) == ("Noch {minutes} Minuten" if plural else "Noch eine Minute")
    assert phrase("warning", "es", n) == ("Quedan {minutes} minutos" if plural else "Queda un minuto")
    assert phrase("warning", "it", n) == ("Mancano {minutes} minuti" if plural else "Manca un minuto")
    # French (and Brazilian Portuguese) count zero as singular: "il reste 0 minute"
    french = {0: "Il reste {minutes} minute", 1: "Il reste une minute"}
    assert phrase("warning", "fr", n) == french.get(n, "Il reste {minutes} minutes")
    assert phrase("warning", "pt", n).startswith("Falta " if n < 2 else "Faltam ")
    assert phrase("warning", "pt-PT", n).startswith("Faltam " if plural else "Falta ")
    for language in ("zh", "ja", "ko"):  # no plural: one form, the count in digits past 2
        assert plural_category(language, n) == "other"
        if n > 2:
            assert "{minutes}" in phrase("warning", language, n)


@given(minutes)
def test_plural_categories_follow_cldr(n):
    ar = plural_category("ar", n)
    assert ar == ("zero" if n == 0 else "one" if n == 1 else "two" if n == 2
                  else "few" if 3 <= n % 100 <= 10 else "many" if n % 100 >= 11 else "other")
    assert plural_category("ru-RU", n) == plural_category("ru", n) in ("one", "few", "many")
    assert plural_category("fr", n) == ("one" if n <= 1 else "other")


@pytest.mark.parametrize(("tag", "expected"), [
    ("pt-BR", "Começa agora: {title}"), ("pt_PT", "Começa agora: {title}"),
    ("es-419", "Comienza ahora: {title}"), ("zh-CN", "现在开始：{title}"), ("zh-Hans", "现在开始：{title}"),
    ("AR", "نبدأ الآن: {title}"), ("zh-TW", None), ("zh-Hant", None), ("tlh", None)])
def test_regional_tags_take_their_languages_words(tag, expected):
    assert phrase("start", tag) == expected
