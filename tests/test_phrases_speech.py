"""The built-in cue phrases spoken by the real espeak-ng, in each of the eleven languages,
with the voice our own code picks: rendered to WAVs and measured.

espeak-ng (1.51) has a voice for all eleven. Japanese is marked: its voice reads kana only
(a kanji comes out as "Chinese letter", a katakana as "Japanese letter", Latin is spelled),
so our Japanese phrases come out several times longer than the English ones and are not
understandable. A Japanese system voice (Windows, macOS) reads them right.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from runofshow.phrases import LANGUAGES, phrase
from tests.test_speech import SILENT_RMS, duration, rms
from ui.tts_engine import list_voices, render_to_wav
from ui.voices import voice_for
from ui.wavfiles import wav_is_complete

# The espeak-ng voice each language gets, by the last part of its id.
VOICES = {"ar": "ar", "zh": "cmn", "en": "en", "fr": "fr", "ru": "ru", "es": "es", "de": "de",
          "ja": "ja", "ko": "ko", "pt": "pt-br", "it": "it"}
TITLES = {"ar": "الافتتاح", "zh": "开幕", "en": "Opening", "fr": "Ouverture", "ru": "Открытие",
          "es": "Apertura", "de": "Eröffnung", "ja": "開会式", "ko": "개회식", "pt": "Abertura",
          "it": "Apertura"}
# A phrase takes about as long in any language as in English: espeak-ng at our rate
# measured 0.8x to 1.9x (Chinese the longest); outside 0.4x to 2.5x, it is not speech.
PLAUSIBLE = (0.4, 2.5)
NO_JAPANESE = pytest.mark.xfail(strict=True, reason="espeak-ng's Japanese voice reads kana only")


@pytest.fixture(scope="module")
def voices() -> list:
    return list_voices()


def test_each_language_gets_its_own_espeak_ng_voice(voices):
    tails = {lang: (voice_for(lang, voices) or "").split("/")[-1] for lang in LANGUAGES}
    assert tails == VOICES
    # Portuguese: plain "pt" is Brazil's, "pt-PT" Portugal's (espeak-ng tags it plain "pt")
    assert [voice_for(tag, voices).split("/")[-1] for tag in ("pt-BR", "pt-PT", "pt_pt")] == \
        ["pt-br", "pt", "pt"]
    assert voice_for("es-419", voices).endswith("/es-419")


def voice(voice_id: str, *languages) -> SimpleNamespace:
    return SimpleNamespace(id=voice_id, name=voice_id, languages=list(languages))


def test_portuguese_falls_back_to_the_other_variety():
    portugal, brazil = voice("pt-portugal", "pt_PT"), voice("pt-brazil", "pt_BR")
    assert voice_for("pt", [portugal, brazil]) == "pt-brazil"
    assert voice_for("pt-PT", [brazil, portugal]) == "pt-portugal"
    assert voice_for("pt", [portugal]) == "pt-portugal"  # any Portuguese beats English
    assert voice_for("pt-PT", [brazil]) == "pt-brazil"


def spoken(language: str) -> dict[str, str]:
    """The four kinds' built-in words in `language`, filled as a cue fills them."""
    values = {"title": TITLES[language], "next": TITLES[language], "minutes": 5}
    return {kind: phrase(kind, language, 5).format_map(values)
            for kind in ("start", "warning", "resume", "close")}


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> dict[str, float]:
    folder = tmp_path_factory.mktemp("en")
    return {kind: duration(render_to_wav(text, "en", folder / f"{kind}.wav"))
            for kind, text in spoken("en").items()}


@pytest.mark.parametrize("language", [pytest.param(lang, marks=NO_JAPANESE) if lang == "ja" else lang
                                      for lang in LANGUAGES])
def test_the_phrases_are_spoken_in_each_language(language, english, tmp_path):
    for kind, text in spoken(language).items():
        path = render_to_wav(text, language, tmp_path / f"{kind}.wav")
        assert wav_is_complete(path), (kind, text)
        assert rms(path) > SILENT_RMS, (kind, text)
        ratio = duration(path) / english[kind]
        assert PLAUSIBLE[0] < ratio < PLAUSIBLE[1], (kind, text, round(ratio, 2))
