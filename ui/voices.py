"""Which voice speaks which language: Chinese in Mandarin (read as Mandarin), English in British English,
Portuguese in Brazilian Portuguese, other languages by their code (espeak-ng: "ar" Arabic,
"ru" Russian, "es" Spain's Spanish, "ja", "ko", "it"...), with English as the fallback
(logged). No Qt here."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

log = logging.getLogger(__name__)

# Mandarin: espeak-ng's "cmn-latn-pinyin" before "cmn". espeak-ng 1.51 (Debian 12) has the
# "cmn" voice turn many characters into tone-numbered pinyin and then read that as English
# ("在" as "zai four"); "cmn-latn-pinyin" reads the characters as Mandarin. Its cost: Latin
# words inside a Chinese title are read as pinyin. tests/test_speech.py checks the phonemes.
_MANDARIN = ("cmn-latn-pinyin", "cmn", "zh-cn", "zh-hans", "zh")
_MANDARIN_TW = ("zh-tw", "zh-hant", *_MANDARIN)
_CANTONESE = ("yue", "zh-yue", "zh-hk", "zh")
_ENGLISH = ("en-gb", "en", "en-us")  # Geneva, British spelling; espeak's own default
# A plain "pt" is Brazil's, as CLDR's likely subtags and Qt's QLocale("pt") have it, and
# Brazilian pronunciation is the one understood across the Portuguese-speaking world
# (the reverse less so); espeak-ng's own "pt" is Portugal's. "pt-PT" asks for Portugal's.
_PORTUGUESE = ("pt-br", "pt")
_PORTUGUESE_PT = ("pt-pt", "pt")  # espeak-ng's Portugal voice is tagged plain "pt"
# Language tags, in order of preference, for a language code that has more than one name.
_PREFERENCES: dict[str, tuple[str, ...]] = {
    "zh": _MANDARIN, "zh-cn": _MANDARIN, "zh-hans": _MANDARIN, "zh-sg": _MANDARIN,
    "cmn": _MANDARIN, "zh-cmn": _MANDARIN,
    "zh-tw": _MANDARIN_TW, "zh-hant": _MANDARIN_TW,
    "yue": _CANTONESE, "zh-yue": _CANTONESE, "zh-hk": _CANTONESE,
    "en": _ENGLISH,
    "pt": _PORTUGUESE, "pt-pt": _PORTUGUESE_PT,
}


def _norm(tag: str) -> str:
    return tag.strip().lower().replace("_", "-")


def _candidates(language: str) -> tuple[str, ...]:
    lang = _norm(language)
    if lang in _PREFERENCES:
        return _PREFERENCES[lang]
    primary = lang.split("-")[0]
    ordered = (lang, *_PREFERENCES.get(primary, (primary,)))
    return tuple(dict.fromkeys(ordered))  # "en-au" -> en-au, en-gb, en, en-us


def _voice_tags(voice: Any) -> list[str]:
    """The language tags of a pyttsx3 voice: its languages, and the last part of its id
    (espeak-ng ids are like "roa/fr" whose language reads "fr-fr")."""
    tags = []
    for lang in getattr(voice, "languages", None) or ():
        if isinstance(lang, bytes):  # older drivers: espeak's priority byte, then the code
            lang = lang.lstrip(bytes(range(32))).decode("utf-8", "ignore")
        tags.append(_norm(str(lang)))
    tail = re.split(r"[/\\]", str(getattr(voice, "id", "") or ""))[-1]
    if tail:
        tags.append(_norm(tail))
    return tags


def voices_speaking(language: str, voices: Sequence[Any]) -> list[Any]:
    """Every voice that speaks `language` (any of its names: "zh" takes Mandarin's voices),
    in the engine's order: what a technician may choose from."""
    wanted = _candidates(language)

    def speaks(voice: Any) -> bool:
        return any(tag == name or tag.startswith(name + "-") for tag in _voice_tags(voice) for name in wanted)

    return [voice for voice in voices if speaks(voice)]


def voice_for(language: str, voices: Sequence[Any]) -> str | None:
    """The id of the voice to speak `language` with, from engine.getProperty("voices"), or
    None when there is none. Chinese (zh, zh-CN, cmn…) takes Mandarin ("sit/cmn" with
    espeak-ng), English takes British English ("gmw/en"), others their code ("fr" ->
    "roa/fr"). An exact tag beats a longer one ("cmn" beats "cmn-latn-pinyin")."""
    best: tuple[int, int, int] | None = None
    chosen: str | None = None
    for position, voice in enumerate(voices):
        tags = _voice_tags(voice)
        for rank, wanted in enumerate(_candidates(language)):
            if wanted in tags:
                key = (rank, 0, position)
            elif any(tag.startswith(wanted + "-") for tag in tags):
                key = (rank, 1, position)
            else:
                continue
            if best is None or key < best:
                best, chosen = key, str(voice.id)
            break
    return chosen


def pick_voice(language: str, voices: Sequence[Any]) -> str | None:
    voice = voice_for(language, voices)
    if voice is None:
        voice = voice_for("en", voices)
        log.warning("no voice for language %r: speaking it with %s", language,
                    voice or "the engine's default voice")
    return voice
