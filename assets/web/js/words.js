/* The views' words: fixed labels in the show's languages, titles, and the core's sentences
 * about the day ("running 4 min late", "back at 15:00") in the same languages.
 *
 * Every word comes from the app's translations (assets/i18n/*.ts), written into
 * translations.js by `python -m ui.i18n update` (ui/web_words.py): LABELS are the pages' own
 * words, TEMPLATES the core's sentences, which the state sends as a template and its values
 * (runofshow/remote.py words_json) for each page to say in its languages.
 *
 * Bilingual means primary language first, " · " between: "下一场 · Next". A language we
 * have no words for reads English. The show's languages come with every state
 * (setLanguages); until the first one arrives the page uses the ones it was last shown
 * (kept in localStorage), so a reconnecting phone does not flash English.
 */

import { epoch, hhmm } from "./clock.js";
import { LABELS, TEMPLATES } from "./translations.js";

// the languages the app's translations cover (English, the source, among them)
const KNOWN = new Set(Object.keys(LABELS.next));

// The languages a page speaks, primary first. The link may name them (`lang=fr,en`: the
// French booth's screen); else the stage says what the projector says, in every language of
// the show, and the views that list the day speak the first two (the pair every title is
// shown in: six languages on each row of a foyer screen would leave no room for the titles).
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const LINKED = (new URLSearchParams(location.search).get("lang") || "").split(",")
  .map((code) => code.trim()).filter((code) => LANGUAGE_TAG.test(code));
const ALL_OF_THE_SHOW = document.body && document.body.dataset.view === "stage";
// the venue overview shows every room of an event, each with languages of its own: it
// speaks the link's, else English, and never the ones another page kept
const OF_NO_SHOW = document.body && document.body.dataset.view === "venue";

function displayed(languages) {
  if (LINKED.length) return LINKED;
  return ALL_OF_THE_SHOW ? languages.slice() : languages.slice(0, 2);
}

// the page's languages (a live binding: importers see it change)
export let LANGS = displayed(["en"]);
try {
  const kept = OF_NO_SHOW ? null : JSON.parse(localStorage.getItem("runofshow.languages") || "null");
  if (Array.isArray(kept) && kept.length) LANGS = displayed(kept);
} catch (_) { /* private mode: English until the first state */ }

// the languages written right to left: a page whose first language is one of them is laid
// out right to left, as the app's windows are in Arabic (ui/i18n.py RIGHT_TO_LEFT)
const WRITTEN_RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur"]);

/** The show's languages, from a state: the page speaks them from now on. */
export function setLanguages(languages) {
  if (!Array.isArray(languages) || !languages.length) return;
  const chosen = displayed(languages);
  document.documentElement.lang = chosen[0];
  document.documentElement.dir = WRITTEN_RIGHT_TO_LEFT.has(chosen[0].split("-")[0]) ? "rtl" : "ltr";
  if (chosen.join() === LANGS.join()) return;
  LANGS = chosen;
  try { localStorage.setItem("runofshow.languages", JSON.stringify(languages)); } catch (_) { /* */ }
}

/** A {lang: text} in every display language we have it in, primary first, " · "-joined;
 *  English when none of them. */
export const say = (dict, langs = LANGS) => sayEach(dict, langs).join(" · ");

// a letter of a right-to-left script: such a text is set apart from its neighbours (FSI …
// PDI), or "الأربعاء، 13 مارس 2024 · 2024年3月13日" is drawn with its year on the wrong side;
// a text in a language written right to left runs right to left (RLI … PDI) even when it
// starts with a time or a name in Latin letters ("18:00 (d1-close) بتأخير 15 دقيقة")
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const rightToLeft = (text, lang) => (WRITTEN_RIGHT_TO_LEFT.has(lang.split("-")[0]) ? `\u2067${text}\u2069`
  : RIGHT_TO_LEFT.test(text) ? isolate(text) : text);

/** say()'s texts one by one: [primary, secondary, …]. */
function sayEach(dict, langs) {
  const found = new Map(); // text -> its language
  for (const lang of langs) {
    const text = Object.hasOwn(dict, lang) && dict[lang];
    if (typeof text === "string" && text && !found.has(text)) found.set(text, lang);
  }
  if (!found.size) found.set(dict.en || "", "en");
  return [...found].map(([text, lang]) => rightToLeft(text, lang));
}

/** `text` with its {places} filled in `lang`: a value is text, a number, the core's words
 *  (rendered in the same language) or a function of the language. */
function fill(text, values, lang) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name];
    if (typeof value === "function") return value(lang);
    if (value && typeof value === "object") return render(value, lang) ?? render(value, "en");
    return String(value);
  });
}

/** The core's words ({template, values}: runofshow/remote.py words_json) in `lang`; null
 *  when `lang` has no translation of it. */
export function render(words, lang) {
  if (!words) return null;
  if (typeof words.template !== "string") return null;
  const translated = Object.hasOwn(TEMPLATES, words.template) ? TEMPLATES[words.template] : {};
  const text = lang === "en" ? words.template : Object.hasOwn(translated, lang) ? translated[lang] : null;
  return text == null ? null : fill(text, words.values || {}, lang);
}

/** The core's words in the display languages: "延迟 4 分钟 · running 4 min late". */
export function sayWords(words, langs = LANGS) {
  if (!words) return "";
  const dict = {};
  for (const lang of [...langs, "en"]) dict[lang] = render(words, lang);
  return say(dict, langs);
}

function label(key, values) {
  const dict = {};
  for (const [lang, text] of Object.entries(Object.hasOwn(LABELS, key) ? LABELS[key] : { en: key })) dict[lang] = fill(text, values, lang);
  return dict;
}
/** A label of LABELS in the display languages, its {places} filled from `values`. */
export const word = (key, values = {}, langs = LANGS) => say(label(key, values), langs);
/** The same, one text per language (a line each). */
export const wordEach = (key, values = {}, langs = LANGS) => sayEach(label(key, values), langs);

/** A title (text or {lang: text}) as [{lang, text}], display languages first, then any
 *  other language the agenda gave it in. */
export function texts(title, langs = LANGS) {
  if (title == null) return [];
  if (typeof title === "string") return title ? [{ lang: null, text: title }] : [];
  const out = [];
  const seen = new Set();
  for (const lang of [...langs, ...Object.keys(title)]) {
    const text = title[lang];
    if (text && !seen.has(text) && !out.some((t) => t.lang === lang)) {
      out.push({ lang, text });
      seen.add(text);
    }
  }
  return out;
}
/** A text of the agenda set apart from its neighbours for the bidi algorithm (FSI … PDI):
 *  an Arabic title, or a stray right-to-left override in a speaker's name, keeps its own
 *  direction and never reorders the text around it. */
export const isolate = (text) => (text ? `\u2068${text}\u2069` : text);

/** "rtl" when the first letter of `text` is of a script written right to left, else "ltr". */
export function directionOf(text) {
  const letter = /\p{L}/u.exec(text || "");
  return letter && RIGHT_TO_LEFT.test(letter[0]) ? "rtl" : "ltr";
}

/** A title's texts on one line, each isolated, led by a mark of the first one's direction:
 *  the letters inside isolates do not count when a line's direction is worked out, and
 *  "开幕 · Opening" on a right-to-left page would otherwise read "Opening · 开幕". */
export function titleLine(title, langs = LANGS) {
  const parts = texts(title, langs);
  if (!parts.length) return "";
  const mark = directionOf(parts[0].text) === "rtl" ? "\u200F" : "\u200E";
  return mark + parts.map((t) => isolate(t.text)).join(" · ");
}

// -- the core's sentences, as board.py words them --------------------------------------------
function minutesWords(minutes) {
  if (minutes < 60) return { template: "{minutes} min", values: { minutes } };
  return { template: "{hours} h {minutes} min",
    values: { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, "0") } };
}
/** board.py minutes_phrase: a time ahead, whole minutes rounded up. */
export const minutesPhrase = (seconds) => minutesWords(Math.max(0, Math.ceil(seconds / 60)));
/** board.py lateness_phrase: whole minutes rounded to the nearest. */
export function latenessPhrase(seconds) {
  if (seconds < 60) return { template: "under a minute", values: {} };
  return minutesWords(Math.floor((seconds + 30) / 60));
}

/** Late or ahead of the plan (board.py lateness_words), with a symbol (never a colour
 *  alone): "▲ 延迟 4 分钟 · 4 min late", "▼ 提前 2 分钟 · 2 min ahead". */
export function lateWords(seconds) {
  const late = latenessPhrase(Math.abs(seconds));
  return seconds > 0 ? `▲ ${sayWords({ template: "{late} late", values: { late } })}`
    : `▼ ${sayWords({ template: "{late} ahead", values: { late } })}`;
}

const DATE_FORMAT = { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC",
  numberingSystem: "latn" };

/** "2024-03-13" in the display languages, by the browser's own calendar data:
 *  "2024年3月13日星期三 · Wednesday 13 March 2024". */
export function dateLine(date, langs = LANGS) {
  const [y, m, d] = (date || "").split("-").map(Number);
  if (!y) return "";
  const day = new Date(Date.UTC(y, m - 1, d));
  const dict = {};
  for (const lang of [...langs, "en"]) {
    if (!KNOWN.has(lang)) continue;
    try {
      dict[lang] = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, DATE_FORMAT).format(day);
    } catch (_) { /* a browser without that language's data: the others say it */ }
  }
  return say(dict, langs);
}

/** When the next session starts, in words: "18:00 开始（40 分钟后） · starts in 40 min,
 *  18:00" (`short`: "40 分钟后 · in 40 min"). In overtime it is due now, and "in 0 min"
 *  would read as a mistake. */
export function nextWhen(state, short = false) {
  const board = state.board;
  if (!board.next_start) return "";
  const left = epoch(board.next_start) - state.now_s;
  if (board.mode === "live" && left <= 30) return word("asSoonAs");
  const next = board.words && board.words.next_text;
  if (!next) return board.next_text || hhmm(board.next_start);
  const { wait, time } = next.values;
  return short ? word("inWait", { wait }) : word("startsInAt", { wait, time });
}

/** One of the board's sentences ("held_for", "day_status", "next_text") in the display
 *  languages; its English alone from a state that does not send its words. */
export function boardSays(board, name) {
  const said = board.words && board.words[name];
  return said ? sayWords(said) : board[name] || "";
}
