"""The guesses every importer makes on a Draft, from the words of the source: the
language of its text, each session's kind, the anchors a chair would hold, how far a Q&A
or a meal may be compressed, which panel a Q&A belongs to, and the session ids.

Each guess is recorded on the draft (written as a comment in the YAML and printed in the
report): the organiser checks them before the show, so none is made silently.
"""

from __future__ import annotations

import re

from runofshow.importing.draft import UNDECIDED, Draft, DraftSession, Guess, Where

# In order: the first kind whose words are in the title wins ("第二组：有主持的问答和讨论"
# is the panel's Q&A, not a panel or a discussion).
KIND_WORDS: tuple[tuple[str, str], ...] = (
    # English, French, German, Chinese, Japanese; then Spanish, Italian, Russian, Arabic
    # (the UN's six languages, and the camps' and congresses' Italian)
    ("meal", r"lunch|luncheon|dinner|breakfast|d[ée]jeuner|d[îi]ner|mittagessen|mittagspause|"
             r"abendessen|午餐|午饭|午宴|晚餐|晚宴|早餐|昼食|"
             r"almuerzo|\bcomida\b|desayuno|pranzo|\bcena\b|colazione|обед|ужин|завтрак|غداء|عشاء"),
    ("break", r"break|coffee|pause|kaffeepause|茶歇|休息|\bpausa\b|descanso|receso|перерыв|"
              r"кофе-брейк|استراحة"),
    ("qa", r"q\s*&\s*a|q and a|questions? (?:and|&) answers?|questions[- ]r[ée]ponses|"
           r"fragerunde|fragen und antworten|问答|答疑|preguntas y respuestas|domande e risposte|"
           r"вопросы и ответы|أسئلة وأجوبة"),
    ("closing", r"closing|close of|end of day|wrap[- ]up|cl[ôo]ture|abschluss|schlusswort|"
                r"闭幕|结束|clausura|\bcierre\b|chiusura|закрытие|اختتام|ختام"),
    ("opening", r"opening|welcome|ouverture|bienvenue|er[öo]ffnung|begr[üu][ßs]ung|开幕|开始|致辞|"
                r"apertura|inauguraci[óo]n|bienvenida|benvenuto|открытие|приветствие|افتتاح"),
    ("fireside", r"fireside|coin du feu|kamingespr[äa]ch|围炉"),
    ("panel", r"panel|table ronde|podium|第.{1,3}组|小组讨论|mesa redonda|tavola rotonda|"
              r"круглый стол|حلقة نقاش"),
    ("presentation", r"presentation|keynote|talk|pr[ée]sentation|expos[ée]|vortrag|演示|主旨|报告|"
                     r"ponencia|presentaci[óo]n|presentazione|доклад|презентация"),
    ("discussion", r"discussion|open floor|d[ée]bat|diskussion|讨论|分享|开放式发言|debate|"
                   r"discusi[óo]n|dibattito|discussione|обсуждение|дискуссия|مناقشة"),
)
_KIND_PATTERNS = tuple((kind, re.compile(words, re.IGNORECASE)) for kind, words in KIND_WORDS)
# how short the cascade may make a session, by kind: a Q&A or a break to half, a meal to
# three quarters (people must still eat)
_COMPRESSIBLE = {"qa": (1, 2), "break": (1, 2), "meal": (3, 4)}
_PREFIX = re.compile(r"^(.+?)[:：]")


# words a title in each language is likely to have and the others' are not
_COMMON_WORDS = {
    "fr": {"et", "le", "la", "les", "des", "du", "pause", "déjeuner", "ouverture"},
    "de": {"und", "der", "die", "das", "mit", "pause", "eröffnung", "mittagessen"},
    "en": {"and", "the", "of", "for", "with", "break", "lunch", "opening"},
    "es": {"y", "el", "los", "las", "para", "almuerzo", "apertura", "clausura", "bienvenida"},
    "it": {"e", "ed", "il", "gli", "della", "delle", "di", "per", "pranzo", "chiusura", "benvenuto"},
}


_SCRIPTS = (("zh", r"[\u3040-\u30ff\u4e00-\u9fff]", "Chinese characters"),  # or Japanese: below
            ("ko", r"[\uac00-\ud7af]", "Korean hangul"), ("ar", r"[\u0600-\u06ff]", "Arabic letters"),
            ("ru", r"[\u0400-\u04ff]", "Cyrillic letters"))
_KANA = re.compile(r"[\u3040-\u30ff]")


def guess_language(texts: list[str]) -> tuple[str, str]:
    """(language code, why) from the script and a few common words of the text."""
    joined = " ".join(texts)
    # a script decides when most titles are in it: one Chinese talk in an English
    # programme does not make the programme Chinese
    for code, letters, why in _SCRIPTS:
        if 2 * sum(1 for text in texts if re.search(letters, text)) > len(texts):
            if code == "zh" and _KANA.search(joined):
                return "ja", "Japanese kana in the titles"
            return code, f"{why} in most titles"
    words = set(re.findall(r"[^\W\d_]+", joined.lower()))
    scores = {code: len(words & common) for code, common in _COMMON_WORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    if scores[best] == 0:
        return "en", "no words that tell the language; English by default"
    return best, f"common words of the titles ({best})"


def decide_language(draft: Draft, language: str | None) -> None:
    """Put the text read under UNDECIDED under `language`, or the language guessed. A
    source that names the languages of its texts (a sheet's title_zh and title_en) keeps
    them, `language` first when it is one of them; the rest goes under the first."""
    texts = [*draft.title.values(), *(t for s in draft.sessions() for t in s.title.values())]
    where = draft.sessions()[0].where if draft.sessions() else Where(draft.source, 1)
    if draft.languages:
        if language in draft.languages:
            draft.languages.remove(language)
            draft.languages.insert(0, language)
        elif language is not None:
            draft.guesses.append(Guess(where, f"--language {language} is not used: the file names its "
                                              f"languages ({', '.join(draft.languages)})"))
        language = draft.languages[0]
    elif language is None:
        language, why = guess_language(texts)
        if draft.sessions():
            draft.guesses.append(Guess(where, f"the text is in {language} ({why}); --language sets it"))
    draft.languages = draft.languages or [language]
    for holder in (draft.title, *(s.title for s in draft.sessions()),
                   *(s.description for s in draft.sessions())):
        if UNDECIDED in holder:
            holder[language] = holder.pop(UNDECIDED)


def guess_roles(draft: Draft) -> None:
    """Ids, kinds, anchors, minimum durations and parents where the words say so."""
    for number, day in enumerate(draft.days, start=1):
        taken: set[str] = set()
        for index, session in enumerate(day.sessions):
            session.id = session.id or _unique(f"d{number}-{session.start:%H%M}", taken)
            taken.add(session.id)
            if session.kind is None:
                _guess_kind(session)
            last = index == len(day.sessions) - 1
            previous = day.sessions[index - 1] if index else None
            _guess_anchor(session, first=index == 0, last=last, previous=previous)
            _guess_min_duration(session)
            if previous is not None:
                _guess_parent(session, previous)


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _guess_kind(session: DraftSession) -> None:
    title = " ".join(session.title.values())
    for kind, pattern in _KIND_PATTERNS:
        found = pattern.search(title)
        if found:
            session.kind = kind
            session.guesses.append(Guess(session.where, f"kind {kind} (the words {found.group(0)!r})"))
            return


def _guess_anchor(session: DraftSession, first: bool, last: bool,
                  previous: DraftSession | None) -> None:
    if session.hard_start or session.hard_end or session.anchors_from_source:
        return  # the source said so
    if session.kind == "opening" and first:
        session.hard_start = True
        session.guesses.append(Guess(session.where, "hard_start: the day opens at its published time"))
    elif previous is not None and previous.kind in ("meal",) and previous.end == session.start:
        session.hard_start = True
        session.guesses.append(Guess(session.where, (
            f"hard_start: the room comes back from {previous.kind} at {session.start:%H:%M}")))
    if session.kind == "closing" and last:
        session.hard_end = True
        session.guesses.append(Guess(session.where, "hard_end: the day closes at its published time "
                                                    "(interpretation, the venue)"))


def _guess_min_duration(session: DraftSession) -> None:
    fraction = _COMPRESSIBLE.get(session.kind or "")
    minutes = session.minutes()
    if fraction is None or minutes is None or session.min_duration is not None:
        return
    minimum = minutes * fraction[0] // fraction[1] // 5 * 5  # whole five minutes, rounded down
    if 0 < minimum < minutes:
        session.min_duration = minimum
        session.guesses.append(Guess(session.where, (
            f"min_duration {minimum}: a {session.kind} of {minutes} minutes may be shortened to "
            f"hold the next anchor")))


def _guess_parent(session: DraftSession, previous: DraftSession) -> None:
    """A Q&A right after a session whose title begins the same ("Panel 2: …")."""
    if session.kind != "qa" or previous.kind == "qa" or session.parent is not None:
        return
    for lang, title in session.title.items():
        mine, theirs = _PREFIX.match(title), _PREFIX.match(previous.title.get(lang, ""))
        if mine and theirs and mine.group(1).strip() == theirs.group(1).strip():
            session.parent = previous.id
            session.guesses.append(Guess(session.where, (
                f"parent {previous.id}: the Q&A of {mine.group(1).strip()!r}")))
            return
