/* The interpreters' booth: the live session and its speakers, the time left in its
 * phase and when it ends; what comes next and who speaks; and the projected end of the
 * day against the planned one, with every anchor at risk in words ("18:00 闭幕可能推迟
 * 15 分钟 · 18:00 close at risk by 15 min": interpreters must know when their 18:00 is
 * in danger); then the rest of the day, one line each.
 */

import { hhmm, liveCountdown } from "./clock.js";
import { $, el, fitPage, replaceIfChanged, setText, titleNodes } from "./dom.js";
import { backgroundAt, phaseWord, styleOf } from "./phases.js";
import { afterTheDue, commonHeader, messageBox, run, startsAt, whereLine } from "./page.js";
import { LANGS, boardSays, directionOf, lateWords, nextWhen, sayWords, texts, titleLine, word } from "./words.js";

/** Speakers as a list, each in every language the agenda gives their name in. */
function speakerList(session) {
  const names = (session.speakers || []).map((s) => texts(s));
  if (!names.length) return null;
  const list = el("ul", "speakers");
  list.setAttribute("aria-label", word("speakers"));
  for (const name of names) {
    const item = el("li");
    item.dir = directionOf(name[0].text); // "王芳 · Wang Fang" reads in that order on an Arabic page too
    name.forEach((t, i) => item.append(...(i ? [" · "] : []), el("span", i ? "alt" : "", t.text, t.lang)));
    list.append(item);
  }
  return list;
}

/** "planned 16:00 · ▲ 26 min late" when a session is projected a minute or more off its
 *  planned start; "" when it is on time. */
function versusPlan(start, plannedStart) {
  if (!start || !plannedStart) return "";
  const late = Math.round((Date.parse(start) - Date.parse(plannedStart)) / 1000);
  if (Math.abs(late) < 60) return "";
  return `${word("planned")} ${hhmm(plannedStart)} · ${lateWords(late)}`;
}

const SMALLEST_FIT = 0.6; // a booth screen's type shrinks no further than this to fit

const booth = {
  fitted: "",
  /** A landscape screen (the booth's) shows the whole page: its type shrinks to fit, as
   *  the foyer's; a phone scrolls. */
  fit() {
    const big = innerWidth >= 1000 && innerHeight >= 600 && innerWidth > innerHeight;
    const main = $("main");
    const key = `${big}|${innerWidth}x${innerHeight}|${main.textContent.length}`;
    if (booth.fitted === key) return;
    booth.fitted = key;
    document.body.classList.toggle("fit-screen", big);
    if (big && !fitPage(main, SMALLEST_FIT)) document.body.classList.remove("fit-screen");
  },
  resize() { booth.fitted = ""; },
  render(state) {
    const board = state.board;
    commonHeader(state);
    setText($("where"), whereLine(state));
    messageBox($("message"), state.display);
    setText($("now-label"), word(board.mode === "waiting" ? "due" : "now"));
    setText($("next-label"), word("next"));
    setText($("end-label"), word("endOfDay"));
    setText($("later-label"), word("later"));
    booth.now(state);
    booth.next(state);
    booth.end(state);
    booth.later(state);
  },
  now(state) {
    const board = state.board;
    const key = JSON.stringify([board.mode, board.session, board.held_for, LANGS]);
    replaceIfChanged($("now"), key, () => {
      if (board.mode === "done") return [el("p", "t1", word("done"))];
      const session = board.session;
      // the time left first: on a phone it is what shows without scrolling
      const strip = el("div", "phase-strip");
      const countdown = el("span", "countdown");
      countdown.setAttribute("role", "timer");
      strip.append(el("span", "phase-word"), countdown);
      const nodes = [strip, ...titleNodes(session.title)];
      const speakers = speakerList(session);
      if (speakers) nodes.push(speakers);
      const start = hhmm(session.start || session.planned_start);
      nodes.push(el("p", "muted", board.mode === "live"
        ? (hhmm(session.end) === hhmm(session.planned_end) ? word("endsAt", { time: hhmm(session.end) })
          : word("endsPlanned", { end: hhmm(session.end), planned: hhmm(session.planned_end) }))
        : word("startsAtTime", { time: start })));
      const held = board.mode === "live" ? boardSays(board, "held_for") : "";
      if (held) nodes.push(el("p", "held", held));
      return nodes;
    });
  },
  next(state) {
    const board = state.board;
    const waiting = board.mode === "waiting";
    const following = waiting ? afterTheDue(state) : board.next;  // waiting: the due one is Now's
    const key = JSON.stringify([following, board.next_text, board.mode, LANGS]);
    replaceIfChanged($("next"), key, () => {
      if (!following) return [el("p", "muted", word("nothingNext"))];
      const when = waiting ? startsAt(following) : `${hhmm(board.next_start)} · ${nextWhen(state, true)}`;
      const nodes = [el("p", "status-line", when)];
      const late = versusPlan(following.start, following.planned_start);
      if (late) nodes.push(el("p", "late", late)); // an interpreter plans by the programme's time
      nodes.push(...titleNodes(following.title));
      const speakers = speakerList(following);
      if (speakers) nodes.push(speakers);
      return nodes;
    });
  },
  /** The end of the day: projected (or, once over, when it ended) against planned, and
   *  every anchor at risk, black on amber. */
  end(state) {
    const board = state.board;
    const day = state.day || { sessions: [], breaches: [] };
    const late = day.late_by_s || 0;
    const over = board.mode === "done";
    const projected = el("p", "projected", `${word(over ? "ended" : "projected")} `);
    projected.append(el("span", "time", hhmm(day.projected_end))); // "18:15" never broken
    const nodes = [projected];
    let versus = `${word("planned")} ${hhmm(day.planned_end)}`;
    if (Math.abs(late) >= 30) versus += ` · ${lateWords(Math.sign(late) * Math.max(60, Math.abs(late)))}`;
    nodes.push(el("p", late >= 30 ? "late" : "muted", versus));
    const breaches = day.breaches || [];
    for (const breach of breaches) {
      nodes.push(el("p", "alert", `▲ ${breach.words ? word("atRisk", { what: breach.words }) : breach.session}`));
    }
    if (!breaches.length) nodes.push(el("p", "ok-line", `● ${boardSays(board, "day_status")}`));
    replaceIfChanged($("end"), JSON.stringify(nodes.map((n) => n.textContent)), nodes);
  },
  /** The rest of the day after the live and the next session, one line each. */
  later(state) {
    const board = state.board;
    const sessions = (state.day || {}).sessions || [];
    const shown = new Set([board.session && board.session.id, board.next && board.next.id]);
    const ahead = sessions.filter((s) => s.state === "upcoming" && !shown.has(s.id));
    replaceIfChanged($("later"), JSON.stringify([ahead, LANGS]), () => (ahead.length
      ? ahead.map((s) => {
        const item = el("li");
        item.append(el("span", "time", `${hhmm(s.start)}–${hhmm(s.end)}`), el("p", "t1", titleLine(s.title)));
        const late = versusPlan(s.start, s.planned_start);
        if (late) item.append(el("p", "late", late)); // under the title (web.css: its own row)
        return item;
      })
      : [el("li", "muted", word("nothingNext"))]));
  },
  tick(state, sinceMs) {
    const strip = document.querySelector("#now .phase-strip");
    if (!strip) return;
    const style = styleOf(state);
    const shown = liveCountdown(state, sinceMs);
    strip.style.setProperty("--phase-bg", backgroundAt(style, shown.second));
    strip.style.setProperty("--phase-fg", style.foreground);
    setText(strip.querySelector(".phase-word"), phaseWord(style));
    setText(strip.querySelector(".countdown"), shown.text);
  },
};

run(booth);
