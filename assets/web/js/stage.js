/* The stage timer: the projector's view (ui/projector.py) for a confidence monitor or a
 * phone on the lectern. Huge digits (their glyphs 88 % of the band the layout gives
 * them: over 35 % of a 1080p screen), the phase's colours, word and symbol, both titles,
 * why the session ends early, the next session, the wall clock; the stage message with
 * the countdown, never instead of it; blacked out with the projector.
 */

import { liveCountdown } from "./clock.js";
import { $, fitBox, fitDigits, keepAwake, setText } from "./dom.js";
import { backgroundAt, phaseWord, styleOf } from "./phases.js";
import { commonHeader, nextLine, run } from "./page.js";
import { boardSays, texts, word, wordEach } from "./words.js";

// the bands under and over the digits, and how small their text may shrink to fit
const BANDS = [["phase", 0.3], ["titles", 0.25], ["held", 0.5], ["next", 0.4]];

const stage = {
  render(state) {
    const board = state.board;
    const display = state.display || {};
    const blackout = Boolean(display.blackout);
    document.body.classList.toggle("blackout", blackout);
    $("screen").hidden = blackout;
    const note = $("blackout-note");
    note.hidden = !blackout;
    setText(note, `■ ${word("blackedNote")}`);
    commonHeader(state);
    const done = board.mode === "done";
    setText($("phase"), done ? "" : phaseWord(styleOf(state)));
    // the session's titles (the show's once the programme is over)
    const [first, second] = texts(done ? state.show.title : board.session && board.session.title);
    const primary = $("primary");
    const secondary = $("secondary");
    setText(primary, first ? first.text : "");
    primary.lang = first && first.lang ? first.lang : "";
    setText(secondary, second ? second.text : "");
    secondary.lang = second && second.lang ? second.lang : "";
    // the stage message takes the titles' band; the countdown stays
    const message = display.message || "";
    setText($("message"), message);
    $("message").hidden = !message;
    primary.hidden = Boolean(message);
    secondary.hidden = Boolean(message) || !second;
    $("digits").hidden = done;
    $("done").hidden = !done;
    setText($("done"), wordEach("done").join("\n"));
    const held = board.mode === "live" ? boardSays(board, "held_for") : "";
    setText($("held"), held);
    $("held").hidden = !held;
    setText($("next"), done ? "" : nextLine(state));
    const progress = $("progress");
    progress.hidden = board.mode !== "live" || blackout;
    progress.style.width = `${Math.round((board.progress || 0) * 1000) / 10}%`;
  },
  fit() {
    for (const [id, smallest] of BANDS) {
      const box = $(id);
      if (!box.hidden) fitBox(box, `${box.textContent}|${box.clientWidth}x${box.clientHeight}`, smallest);
    }
  },
  tick(state, sinceMs) {
    const board = state.board;
    const display = state.display || {};
    const style = styleOf(state);
    const shown = liveCountdown(state, sinceMs);
    const background = backgroundAt(style, shown.second);
    const screen = $("screen");
    screen.style.setProperty("--stage-bg", background);
    screen.style.setProperty("--stage-fg", style.foreground);
    $("progress").style.setProperty("--stage-fg", style.foreground);
    document.body.style.background = display.blackout ? "#000000" : background;
    // never under 35 % of the screen's height (1 % over: the glyphs' soft edges), as the projector
    if (board.mode !== "done") fitDigits($("digits"), $("digits-box"), shown.text, 0.88, 0.3535 * innerHeight);
    $("message").classList.toggle("blink-off", Boolean(display.blink && shown.second % 2 === 1));
  },
  resize() {
    for (const id of ["digits", ...BANDS.map(([band]) => band)]) $(id).dataset.fit = "";
  },
  start: keepAwake,
};

run(stage);
