/* The board's phase as the projector draws it: background, foreground, a symbol and a
 * word, so a phase reads without colour too ("▲ 即将结束 · WARNING").
 *
 * The server sends the projector's own style with each state ("style"), its word in the
 * show's languages; PHASES is this page's copy of ui/theme.py for a server that does not
 * (tests/test_web_views.py checks that the two agree), its word the English, said in the
 * show's languages from translations.js. Every pair keeps 7:1 or better.
 */

import { LANGS, render, say } from "./words.js";

export const PHASES = {
  normal: { background: "#000000", foreground: "#FFFFFF", symbol: "●",
    word: "TIME LEFT", flash_background: null },
  warning: { background: "#FFB000", foreground: "#000000", symbol: "▲",
    word: "WARNING", flash_background: null },
  danger: { background: "#FF7A1A", foreground: "#000000", symbol: "◆",
    word: "LAST MINUTE", flash_background: null },
  overtime: { background: "#A00000", foreground: "#FFFFFF", symbol: "■",
    word: "OVERTIME", flash_background: "#000000" },
  waiting: { background: "#000000", foreground: "#FFFFFF", symbol: "◷",
    word: "STARTS IN", flash_background: null },
};

/** The style of the board's phase: the server's ("style", at the top of the state or in
 *  the board) when it sends one, else our copy. */
export function styleOf(state) {
  const board = state.board || {};
  const own = PHASES[board.mode === "live" ? board.phase : "waiting"] || PHASES.normal;
  const sent = state.style || board.style;
  if (!sent || typeof sent !== "object" || !sent.background || !sent.foreground) return own;
  return {
    background: sent.background,
    foreground: sent.foreground,
    symbol: sent.symbol || own.symbol,
    word: sent.word || own.word,
    flash_background: sent.flash_background || null,
  };
}

/** ui/theme.py phase_word: "▲ 即将结束 · WARNING": the server's word in the show's
 *  languages; in a language only the link asks for (`lang=fr`), from translations.js. */
export function phaseWord(style) {
  const sent = typeof style.word === "string" ? { en: style.word } : style.word;
  const dict = { en: sent.en };
  for (const lang of LANGS) dict[lang] = (Object.hasOwn(sent, lang) && sent[lang]) || render({ template: sent.en }, lang);
  const words = say(dict);
  return words.startsWith(style.symbol) ? words : `${style.symbol} ${words}`;
}

/** The background to draw at the show's `second`: overtime alternates with its flash
 *  colour (on the show's clock, not a timer of ours). */
export const backgroundAt = (style, second) =>
  (style.flash_background && second % 2 ? style.flash_background : style.background);
