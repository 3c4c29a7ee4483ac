/* The agenda, for the foyer screen and a delegate's phone: what is on now with its
 * countdown, when the next starts, how the day stands, and the whole day: every
 * session's projected times, the planned ones beside when they moved, late or early by
 * how much, the live one marked. On a landscape screen the whole day fits without
 * scrolling (it shrinks to fit; a day too long to fit at a readable size scrolls).
 */

import { epoch, hhmm, liveCountdown } from "./clock.js";
import { $, el, fitPage, replaceIfChanged, setText, titleNodes } from "./dom.js";
import { phaseWord, styleOf } from "./phases.js";
import { afterTheDue, commonHeader, dayStatusLine, messageBox, run, startsAt, whereLine } from "./page.js";
import { LANGS, boardSays, lateWords, nextWhen, titleLine, word } from "./words.js";

const SMALLEST_FIT = 0.55; // a foyer screen's text shrinks no further than this to fit
const TWO_COLUMNS_BELOW = 0.8; // a day that only fits smaller takes two columns if wider so

const TAGS = { live: ["▶", "live"], done: ["✓", "ended"], skipped: ["×", "skipped"] };

/** One session of the day as a row: when (projected, and planned if it moved), what
 *  (titles, speakers), and its state in words and a symbol. */
function row(session) {
  const item = el("li", `session is-${session.state || "upcoming"}`);
  item.dataset.id = session.id;
  const skipped = session.state === "skipped";
  const done = session.state === "done";
  const start = skipped ? session.planned_start : session.start || session.planned_start;
  const end = skipped ? session.planned_end : session.end || session.planned_end;
  const when = el("div", "when");
  const projected = `${hhmm(start)}–${hhmm(end)}`;
  const planned = `${hhmm(session.planned_start)}–${hhmm(session.planned_end)}`;
  when.append(el("span", "time", projected));
  if (!skipped && !done && projected !== planned) {
    const line = el("span", "planned muted", `${word("planned")} `);
    line.append(el("span", "range", planned));
    when.append(line);
  }
  const what = el("div", "what");
  if (done) { // what is over takes one line: the day ahead needs the room
    what.append(el("p", "t1", titleLine(session.title)));
  } else {
    what.append(...titleNodes(session.title));
    const speakers = (session.speakers || []).map((s) => titleLine(s)).filter(Boolean);
    if (speakers.length) what.append(el("p", "speakers", speakers.join(" · ")));  // each isolated (titleLine)
  }
  const state = el("div", "state");
  const tag = TAGS[session.state];
  if (tag) state.append(el("span", "tag", `${tag[0]} ${word(tag[1])}`));
  // late or early: for what is still to come (what is over shows when it really ran)
  const delta = skipped || done ? 0 : Math.round(epoch(start) - epoch(session.planned_start));
  if (Math.abs(delta) >= 60) state.append(el("span", `delta${delta > 0 ? " late" : ""}`, lateWords(delta)));
  if (session.state === "live") item.setAttribute("aria-current", "true");
  item.append(when, what, state);
  return item;
}

const agenda = {
  fitted: "",
  render(state) {
    const board = state.board;
    commonHeader(state);
    setText($("where"), whereLine(state));
    messageBox($("message"), state.display);
    setText($("now-label"), word(board.mode === "waiting" ? "due" : "now"));
    setText($("next-label"), word("next"));
    agenda.now(state);
    agenda.next(state);
    dayStatusLine($("day-status"), board);
    setText($("day-label"), word("day"));
    const sessions = (state.day || {}).sessions || [];
    replaceIfChanged($("sessions"), JSON.stringify([sessions, LANGS]), () => sessions.map(row));
  },
  /** What is on (or due): titles, then the phase's word and the countdown (tick fills
   *  them), then why it ends early. */
  now(state) {
    const board = state.board;
    const key = JSON.stringify([board.mode, board.session && board.session.id, board.held_for, LANGS]);
    replaceIfChanged($("now"), key, () => {
      if (board.mode === "done") return [el("p", "t1", word("done"))];
      // the line may wrap between the word and the countdown, never inside either
      const line = el("p", "countdown-line");
      const countdown = el("span", "countdown");
      countdown.setAttribute("role", "timer");
      line.append(el("span", "phase-word"), " ", countdown);
      const nodes = [...titleNodes(board.session.title), line];
      const held = board.mode === "live" ? boardSays(board, "held_for") : "";
      if (held) nodes.push(el("p", "muted", held));
      return nodes;
    });
  },
  next(state) {
    const board = state.board;
    const waiting = board.mode === "waiting";
    const following = waiting ? afterTheDue(state) : board.next;  // waiting: the due one is Now's
    const nodes = [];
    if (!following) {
      nodes.push(el("p", "muted", word("nothingNext")));
    } else {
      nodes.push(...titleNodes(following.title));
      const when = waiting ? startsAt(following) : nextWhen(state);
      if (when) nodes.push(el("p", "next-when status-line", when));
    }
    replaceIfChanged($("next"), JSON.stringify(nodes.map((n) => n.textContent)), nodes);
  },
  /** A landscape screen shows the whole day: shrink the page's text (--fit) until it
   *  fits, as a binary search; a phone scrolls. */
  fit() {
    const big = innerWidth >= 1000 && innerHeight >= 600 && innerWidth > innerHeight;
    const main = $("main");
    const key = `${big}|${innerWidth}x${innerHeight}|${main.textContent.length}|${$("sessions").dataset.key}`;
    if (agenda.fitted === key) return;
    agenda.fitted = key;
    document.body.classList.toggle("fit-screen", big);
    document.body.classList.remove("two-columns");
    if (!big) return;
    let found = fitPage(main, SMALLEST_FIT);
    if (found < TWO_COLUMNS_BELOW && innerWidth >= 1400) { // a long day: its sessions in two columns
      document.body.classList.add("two-columns");
      const two = fitPage(main, SMALLEST_FIT);
      if (two > found) {
        found = two;
      } else {
        document.body.classList.remove("two-columns");
        found = fitPage(main, SMALLEST_FIT);
      }
    }
    if (!found) document.body.classList.remove("fit-screen"); // too long a day: it scrolls
  },
  tick(state, sinceMs) {
    const countdown = document.querySelector("#now .countdown");
    if (!countdown) return;
    const board = state.board;
    const at = board.mode === "waiting" ? ` · ${hhmm(board.next_start)}` : "";
    setText(document.querySelector("#now .phase-word"), phaseWord(styleOf(state)));
    setText(countdown, `${liveCountdown(state, sinceMs).text}${at}`);
  },
  resize() { agenda.fitted = ""; },
};

run(agenda);
