/* What a room's row of the venue overview (venue.js) says, and the keys it sorts by: the
 * console's overview's words (ui/venue_overview.py RoomsModel) in the page's languages
 * (words.js: the link's `lang=fr` or `lang=fr,en`, else English), from the app's
 * translations; the day and the lateness in the core's own words, as the other views say
 * them.
 */

import { hhmm } from "./clock.js";
import { countdownAt } from "./venue_state.js";
import { LANGS, boardSays, directionOf, isolate, latenessPhrase, titleLine, word } from "./words.js";

const STALE_AFTER_MS = 5000; // as the console's overview

/** A title in the page's languages ("Ouverture · Opening" for lang=fr,en), else in the
 *  room's first language that has it, else in any. */
function titleText(title, languages) {
  if (!title) return "";
  if (typeof title === "string") return apart(title);
  const mine = LANGS.filter((code) => typeof title[code] === "string" && title[code]);
  if (mine.length > 1) return titleLine(Object.fromEntries(mine.map((code) => [code, title[code]])), mine);
  for (const code of [...mine, ...(languages || [])]) if (title[code]) return apart(title[code]);
  return apart(Object.values(title).find((text) => typeof text === "string") || "");
}

/** A title set apart from the page's words when it runs the other way (a Chinese title on
 *  an Arabic page keeps its "？" at its end; an Arabic one on an English page too). */
function apart(text) {
  const page = document.documentElement.dir === "rtl" ? "rtl" : "ltr";
  return text && directionOf(text) !== page ? isolate(text) : text;
}

/** The first anchor at risk: {text, late} ("18:00 (End of Day 1) by 15 min": its session by
 *  title, as people know it), or null. */
function anchorOf(state) {
  const breach = state.day.breaches[0];
  if (!breach) return null;
  const session = state.day.sessions.find((s) => s.id === breach.session);
  const at = (session && hhmm(session[`planned_${breach.anchor}`])) || breach.anchor;
  const late = latenessPhrase(breach.late_by_s);
  const name = (session && titleText(session.title, state.show.languages)) || breach.session;
  return { text: word("anchorBy", { time: at, session: name, late }), late: breach.late_by_s };
}

/** What a room's row says at `now` (performance.now()), and the keys it sorts by. */
export function rowOf(name, room, now) {
  const state = room.state;
  const stale = !state || now - room.received > STALE_AFTER_MS;
  let status = word("online");
  let statusKind = "";
  if (room.online === false) [status, statusKind] = [word("offline"), "offline"];
  else if (stale) [status, statusKind] = [word("noNews"), "stale"];
  else if (state.show.rehearsal) status = word("onlineRehearsal");
  const out = { name, status, statusKind, session: "", countdown: "", overtime: false, day: "", anchor: "",
    late: false, keys: { room: name.toLowerCase(), status: { false: 0, null: 1, true: 2 }[room.online] } };
  out.keys.countdown = Infinity;
  out.keys.late = -Infinity;
  out.keys.anchor = -1;
  if (!state) return out;
  const board = state.board;
  const title = titleText(board.session && board.session.title, state.show.languages) || (board.session || {}).id || "";
  if (board.mode === "done") out.session = word("done");
  else out.session = board.mode === "live" ? title : word("nextTitle", { title });
  out.sessionDir = directionOf(out.session); // its block's: a clamped title's "…" at its own end
  const countdown = countdownAt(state, room.clock);
  if (countdown) {
    out.estimate = statusKind !== "";
    out.countdown = out.estimate ? `≈${countdown.text}` : countdown.text;
    out.overtime = board.mode === "live" && countdown.remaining < 0;
    out.keys.countdown = countdown.remaining;
  }
  const anchor = anchorOf(state);
  out.day = boardSays(board, "day_status");
  out.anchor = anchor ? anchor.text : "";
  out.late = Boolean(anchor) || board.late_by_s > 0;
  out.keys.late = board.late_by_s;
  out.keys.anchor = anchor ? anchor.late : -1;
  out.keys.session = out.session.toLowerCase();
  return out;
}
