/* What every view does: connect, draw each state the server pushes, keep the countdown
 * moving between pushes, lay out again when the window or the banner changes. And the
 * pieces more than one view shows (the header, how the day stands, the stage message,
 * the next session's line).
 *
 * A view is {render(state), tick(state, sinceMs), fit?(), resize?(), start?(link),
 * result?(message), connection?(status)}: render on every push, tick four times a second
 * (the countdown and the phase's colours, from the state and the time since it arrived:
 * clock.js liveCountdown), fit once the text is in place. The header's time of day is
 * run's: it goes on between pushes as the countdown does (clock.js showSecond), through an
 * outage too.
 */

import { clockAt, epoch, hhmm, showSecond } from "./clock.js";
import { showConnection, connect } from "./connection.js";
import { $, el, setText } from "./dom.js";
import { LANGS, boardSays, dateLine, isolate, render, texts, titleLine, word } from "./words.js";

const TICK_MS = 250; // 4× a second: a new second shows within a quarter of one

/** Start the page's view. */
export function run(view) {
  let state = null;
  let received = 0;
  const banner = $("conn");
  const tick = () => {
    const sinceMs = performance.now() - received;
    view.tick(state, sinceMs);
    setText($("wall"), clockAt(state, showSecond(state, sinceMs)));
  };
  const draw = (layOutAgain) => {
    if (!state) return;
    if (layOutAgain && view.resize) view.resize();
    try {
      view.render(state);
      tick();
      if (view.fit) view.fit(); // with the countdown in place: it takes room too
    } catch (error) {
      console.error(error); // one odd state must not stop the page: the next push redraws
    }
  };
  const link = connect({
    state(next, at) {
      state = next;
      received = at;
      document.body.classList.add("has-state"); // web.css: no empty boxes before it
      draw(false);
    },
    result(message) { if (view.result) view.result(message); },
    status(status, info) {
      const shown = !banner.hidden;
      showConnection(banner, status, info, state);
      if (view.connection) view.connection(status);
      if (shown !== !banner.hidden) draw(true); // the banner came or went: lay out again
    },
  });
  if (view.start) view.start(link);
  setInterval(() => {
    if (state) tick();
  }, TICK_MS);
  let resizing = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => draw(true), 100);
  });
  // the CJK font may arrive after the first paint, and it measures differently
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(() => draw(true));
}

/** The header: REHEARSAL, the projector's blackout, the show's title (its time of day is
 *  run's). */
export function commonHeader(state) {
  const rehearsal = $("rehearsal");
  if (rehearsal) {
    rehearsal.hidden = !state.show.rehearsal;
    setText(rehearsal, word("rehearsal"));
  }
  const blacked = $("blacked");
  if (blacked) {
    blacked.hidden = !(state.display && state.display.blackout);
    setText(blacked, word("blacked"));
  }
  const showTitle = $("show-title");
  if (showTitle) {
    const parts = texts(state.show.title);
    const key = JSON.stringify(parts);
    if (showTitle.dataset.key !== key) {
      showTitle.dataset.key = key;
      showTitle.replaceChildren(...parts.map((t, i) => el("span", i ? "t2" : "t1", t.text, t.lang)));
    }
  }
}

/** "Geneva · 3月13日 星期三 · Wednesday 13 March 2024". */
export function whereLine(state) {
  const day = state.day || {};
  return [texts(state.show.venue).map((t) => isolate(t.text)).join(" · "), dateLine(day.date)]
    .filter(Boolean).join(" · ");
}

/** How the day stands, in the board's words: "推迟 4 分钟 · running 4 min late"; with
 *  "⚠", black on amber, when an anchor is at risk. */
export function dayStatusLine(node, board) {
  setText(node, `${board.at_risk ? "⚠ " : ""}${boardSays(board, "day_status")}`);
  node.classList.toggle("alert", Boolean(board.at_risk));
}

/** The stage message, for the foyer and the booth too (it does not blink there: only the
 *  stage mirrors the projector). */
export function messageBox(node, display) {
  const text = (display && display.message) || "";
  node.hidden = !text;
  setText(node, text);
}

/** The projector's line for the next session: "下一场 · Next · in 4 min, 11:34: 标题 ·
 *  Title" (its time alone once it is due); "开始时间 · Starts at 10:00" while waiting. */
export function nextLine(state) {
  const board = state.board;
  if (!board.next || !board.next_start) return "";
  const at = hhmm(board.next_start);
  if (board.mode === "waiting") return `${word("startsAt")} ${at}`;
  // in the room's first language only, as the projector says it: the line stays one line
  const soon = (board.words && render(board.words.next_text, LANGS[0])) || board.next_text;
  const when = epoch(board.next_start) > state.now_s + 30 ? soon : at;
  return `${word("next")} · ${when}: ${titleLine(board.next.title)}`;
}

/** While nothing is live, the session after the one that is due: what the Next box says
 *  (the due one is in the Now box already), or null. */
export function afterTheDue(state) {
  const board = state.board;
  if (board.mode !== "waiting" || !board.session) return null;
  const sessions = (state.day || {}).sessions || [];
  const at = sessions.findIndex((s) => s.id === board.session.id);
  return at < 0 ? null : sessions.slice(at + 1).find((s) => s.state === "upcoming") || null;
}

/** "starts at 10:10" for a session of the day, in the show's languages. */
export function startsAt(session) {
  const at = hhmm(session.start);
  return word("startsAtTime", { time: at });
}
