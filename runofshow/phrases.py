"""The built-in words of the cues, in the six UN languages (ar, zh, en, fr, ru, es) and in
de, ja, ko, pt, it, with the plural rules that choose "1 minute", "2 minutes", "5 minutes".

An agenda's own `texts:` win over these (runofshow.cues). No Qt here.

How a count is said (`phrase`):

1. An exact form, written "=N" as in ICU's MessageFormat, wins: Russian "через минуту"
   (in a minute) is not "через 1 минуту" read out.
2. Otherwise the language's plural category of the count (CLDR's rules for whole numbers,
   `plural_category`): Russian has one/few/many ("1 минута", "2 минуты", "5 минут", and
   21 is "one" again), Arabic zero/one/two/few/many/other (the dual "دقيقتان", "3 دقائق",
   "11 دقيقة"), French and Portuguese count 0 and 1 as "one".
3. Otherwise the "other" form.

Where espeak-ng would read the digits with the wrong gender for "minute" (a feminine noun
in Arabic and Russian: "خمسة" for "خمس", "два" for "две"), the count is written in words
(`COUNT_WORDS`), on screen as in speech. Counts past those words stay digits: right on the
screen, and espeak-ng may say them in the masculine (Russian 21, 22, Arabic 11 and up).

Portuguese is written to read right in both Brazil and Portugal ("daqui a 5 minutos");
the voice follows the language tag (ui.voices: "pt" speaks Brazilian, "pt-PT" European).
"""

from __future__ import annotations

from collections.abc import Mapping

# kind -> language -> one template, or plural forms ("=N", CLDR category, "other").
# Placeholders: {title}, {next}, {minutes} (see docs/cues.md).
Forms = str | Mapping[str, str]

PHRASES: dict[str, dict[str, Forms]] = {
    "start": {
        "ar": "نبدأ الآن: {title}",
        "zh": "现在开始：{title}",
        "en": "Now starting: {title}",
        "fr": "Début : {title}",
        "ru": "Начинаем: {title}",
        "es": "Comienza ahora: {title}",
        "de": "Jetzt beginnt: {title}",
        "ja": "ただいまより、{title}を開始します",
        "ko": "지금 시작합니다: {title}",
        "pt": "Começa agora: {title}",
        "it": "Inizia ora: {title}",
    },
    "warning": {
        "ar": {"zero": "انتهى الوقت",
               "one": "بقيت دقيقة واحدة",
               "two": "بقيت دقيقتان",
               "few": "بقيت {minutes} دقائق",
               "other": "بقيت {minutes} دقيقة"},  # many (11-99) and other (100, 101...) alike
        "zh": "还剩{minutes}分钟",
        "en": {"one": "One minute remaining", "other": "{minutes} minutes remaining"},
        "fr": {"one": "Il reste {minutes} minute", "other": "Il reste {minutes} minutes"},
        "ru": {"=1": "Осталась одна минута",
               "one": "Осталась {minutes} минута",
               "few": "Осталось {minutes} минуты",
               "many": "Осталось {minutes} минут"},
        "es": {"one": "Queda {minutes} minuto", "other": "Quedan {minutes} minutos"},
        "de": {"one": "Noch eine Minute", "other": "Noch {minutes} Minuten"},
        "ja": "残り{minutes}分です",
        "ko": "{minutes}분 남았습니다",
        "pt": {"one": "Falta {minutes} minuto", "other": "Faltam {minutes} minutos"},
        "it": {"one": "Manca {minutes} minuto", "other": "Mancano {minutes} minuti"},
    },
    "resume": {
        "ar": {"zero": "تُستأنف الجلسة الآن: {next}",
               "one": "تُستأنف الجلسة بعد دقيقة واحدة: {next}",
               "two": "تُستأنف الجلسة بعد دقيقتين: {next}",
               "few": "تُستأنف الجلسة بعد {minutes} دقائق: {next}",
               "other": "تُستأنف الجلسة بعد {minutes} دقيقة: {next}"},
        "zh": "会议将在{minutes}分钟后继续：{next}",
        "en": {"one": "The session resumes in one minute: {next}",
               "other": "The session resumes in {minutes} minutes: {next}"},
        "fr": {"one": "La séance reprend dans {minutes} minute : {next}",
               "other": "La séance reprend dans {minutes} minutes : {next}"},
        "ru": {"=1": "Заседание возобновится через минуту: {next}",
               "one": "Заседание возобновится через {minutes} минуту: {next}",
               "few": "Заседание возобновится через {minutes} минуты: {next}",
               "many": "Заседание возобновится через {minutes} минут: {next}"},
        "es": {"one": "La sesión se reanudará en {minutes} minuto: {next}",
               "other": "La sesión se reanudará en {minutes} minutos: {next}"},
        "de": {"one": "Die Sitzung wird in einer Minute fortgesetzt: {next}",
               "other": "Die Sitzung wird in {minutes} Minuten fortgesetzt: {next}"},
        "ja": "{minutes}分後に再開します：{next}",
        "ko": "{minutes}분 후에 회의를 재개합니다: {next}",
        "pt": {"one": "A sessão será retomada daqui a {minutes} minuto: {next}",
               "other": "A sessão será retomada daqui a {minutes} minutos: {next}"},
        "it": {"one": "La sessione riprenderà tra {minutes} minuto: {next}",
               "other": "La sessione riprenderà tra {minutes} minuti: {next}"},
    },
    "close": {
        "ar": "بهذا نختتم برنامج اليوم",
        "zh": "今天的会议到此结束",
        "en": "This concludes today's programme",
        "fr": "Le programme de la journée est terminé",
        "ru": "На этом программа сегодняшнего дня завершена",
        "es": "Con esto concluye el programa de hoy",
        "de": "Das Tagesprogramm ist beendet",
        "ja": "以上で本日のプログラムを終了いたします",
        "ko": "이것으로 오늘 일정을 모두 마칩니다",
        "pt": "Assim se encerra o programa de hoje",
        "it": "Con questo si conclude il programma di oggi",
    },
}

# Counts written in words in the built-in phrases. "Minute" is feminine in Arabic and
# Russian and espeak-ng reads digits in the masculine (Arabic 3 to 10 then take the form
# without ة: "خمس دقائق"); Chinese counts two of a thing as 两, not 二; and one minute reads
# better in words ("Il reste une minute"), where the language's "one" form has {minutes}.
COUNT_WORDS: dict[str, dict[int, str]] = {
    "ar": {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر"},
    "ru": {2: "две"},
    "zh": {1: "一", 2: "两"},
    "fr": {1: "une"},
    "es": {1: "un"},
    "it": {1: "un"},
    "pt": {1: "um"},
}

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es", "de", "ja", "ko", "pt", "it")
# Chinese tags whose readers expect Traditional characters: the Simplified phrases are not theirs.
_TRADITIONAL_CHINESE = ("zh-tw", "zh-hk", "zh-mo", "zh-hant")


def plural_category(language: str, n: int) -> str:
    """CLDR's plural category of the whole number `n` in `language`: "zero", "one", "two",
    "few", "many" or "other". Only what a count of minutes (0 to a day's 1440) can reach:
    the "many" of French, Spanish, Italian and Portuguese is for millions."""
    tag = _norm(language)
    primary = tag.split("-")[0]
    if primary == "ar":
        hundreds = n % 100
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        return "few" if 3 <= hundreds <= 10 else "many" if hundreds >= 11 else "other"
    if primary == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        return "few" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "many"
    if primary in ("zh", "ja", "ko"):
        return "other"
    if primary == "fr" or (primary == "pt" and tag != "pt-pt"):  # "0 minute", Brazil's "0 minuto"
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"  # en, de, es, it, pt-PT and most others


def phrase(kind: str, language: str, minutes: int | None = None) -> str | None:
    """The built-in template of cue `kind` ("start", "warning", "resume", "close") in
    `language`, or None if there is none. With `minutes`, the form for that count is chosen
    and, where the language writes it in words (COUNT_WORDS), the count is put in; the other
    placeholders are left for the caller. A regional tag takes its language's words
    ("pt-BR", "es-419", "zh-CN"), except Traditional Chinese."""
    by_language = PHRASES.get(kind, {})
    code = _phrase_language(language, by_language)
    if code is None:
        return None
    forms = by_language[code]
    if isinstance(forms, str) or minutes is None:
        template = forms if isinstance(forms, str) else forms["other" if "other" in forms else "many"]
    else:
        category = plural_category(language, minutes)
        template = forms.get(f"={minutes}") or forms.get(category) or forms["other"]
    words = COUNT_WORDS.get(code, {}).get(minutes) if minutes is not None else None
    return template.replace("{minutes}", words) if words else template


def _phrase_language(language: str, by_language: Mapping[str, Forms]) -> str | None:
    tag = _norm(language)
    if tag in by_language:
        return tag
    if tag.startswith(_TRADITIONAL_CHINESE):
        return None
    primary = tag.split("-")[0]
    return primary if primary in by_language else None


def _norm(tag: str) -> str:
    return tag.strip().lower().replace("_", "-")
