/* Reading what the venue's broker brings (docs/venue.md, "What is published"): topics
 * runofshow/v1/EVENT/ROOM/KIND and their JSON payloads, checked as runofshow/venue.py
 * decode checks them. Anyone on the venue's network may publish on our topics, so a
 * payload that is not ours is dropped here (null, and a line in the console): the page
 * shows no change.
 *
 * A room's countdown is worked out from this browser's wall clock, as the console's
 * overview does: the state says that the room's show clock read `show` at wall time
 * `wall` and runs at `speed`; the countdown reaches 0:00 at now_s + remaining_s on that
 * clock.
 */

import { wallCountdown } from "./clock.js";

export const PREFIX = "runofshow/v1";
const NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/;
const decoder = new TextDecoder("utf-8", { fatal: true });

/** A room's or event's name as it goes in a topic, or null. */
export const checkName = (name) => (typeof name === "string" && NAME.test(name) ? name : null);

/** [event, room, kind] of one of our topics, or null. */
export function parseTopic(topic) {
  const parts = topic.split("/");
  if (parts.length !== 5 || `${parts[0]}/${parts[1]}` !== PREFIX) return null;
  if (!checkName(parts[2]) || !checkName(parts[3]) || !["state", "status", "actions"].includes(parts[4])) return null;
  return parts.slice(2);
}

const isInt = (v) => Number.isInteger(v);
const isNum = (v) => typeof v === "number" && Number.isFinite(v);
const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isStr = (v) => typeof v === "string";
const isTitle = (v) => v === null || v === undefined || isStr(v)
  || (isObj(v) && Object.values(v).every(isStr));
/** The core's words (runofshow/remote.py words_json), a few levels deep at most: the views
 *  render them, their words within words too (words.js render). */
const isWords = (v, depth = 0) => v === null || v === undefined || (depth < 6 && isObj(v) && isStr(v.template)
  && (v.values === undefined || (isObj(v.values) && Object.values(v.values)
    .every((x) => x === null || isStr(x) || isNum(x) || (isObj(x) && isWords(x, depth + 1))))));

/** Why a room's state payload is not one we can draw ("" if it is). Checks every field
 *  the views read, so drawing it cannot fail half way. */
function stateProblem(data) {
  if (!isInt(data.epoch) || !isInt(data.seq)) return "epoch and seq must be whole numbers";
  const clock = data.clock;
  if (!isObj(clock) || !isNum(clock.wall) || !isNum(clock.show) || !isNum(clock.speed)) return "no clock";
  if (clock.speed < 0 || clock.speed > 10000) return "clock.speed out of range";
  const state = data.state;
  if (!isObj(state) || !isInt(state.now_s) || !isStr(state.now)) return "no state.now_s";
  const show = state.show;
  if (!isObj(show) || !isTitle(show.title)) return "no state.show";
  if (show.languages !== undefined && !(Array.isArray(show.languages) && show.languages.every(isStr))) {
    return "show.languages must be a list of text";
  }
  const board = state.board;
  if (!isObj(board) || !["live", "waiting", "done"].includes(board.mode)) return "no board.mode";
  if (!isInt(board.remaining_s) || !isStr(board.countdown) || !isStr(board.day_status)) return "board's numbers";
  if (!isInt(board.late_by_s) || !isStr(board.phase)) return "board's lateness or phase";
  if (board.words !== undefined && board.words !== null
      && !(isObj(board.words) && Object.values(board.words).every((w) => isWords(w)))) return "board.words";
  for (const key of ["session", "next"]) {
    const s = board[key];
    if (s !== null && s !== undefined && (!isObj(s) || !isStr(s.id) || !isTitle(s.title))) return `board.${key}`;
  }
  if (board.mode !== "done" && !isObj(board.session)) return "no board.session";
  if (board.next_start !== null && board.next_start !== undefined && !isStr(board.next_start)) return "next_start";
  if (state.display !== undefined && !isObj(state.display)) return "display";
  const day = state.day;
  if (!isObj(day) || !Array.isArray(day.sessions) || !Array.isArray(day.breaches)) return "no day";
  for (const s of day.sessions) {
    if (!isObj(s) || !isStr(s.id) || !isTitle(s.title) || !isStr(s.planned_start) || !isStr(s.planned_end)) {
      return "a session of the day";
    }
    if (s.speakers !== undefined && !(Array.isArray(s.speakers) && s.speakers.every(isTitle))) return "speakers";
  }
  for (const b of day.breaches) {
    if (!isObj(b) || !isStr(b.session) || !["start", "end"].includes(b.anchor) || !isInt(b.late_by_s)
        || !isWords(b.words)) {
      return "a breach";
    }
  }
  return "";
}

/** {event, room, kind, data} of a message on one of our topics, or null (with a line in
 *  the console saying why) for anything that is not a payload of ours. */
export function decode(topic, bytes) {
  const where = parseTopic(topic);
  const refuse = (why) => {
    console.warn(`venue: ignored a bad payload on ${topic.slice(0, 200)}: ${why}`);
    return null;
  };
  if (!where) return refuse("not a runofshow topic");
  const [event, room, kind] = where;
  let data;
  try {
    data = JSON.parse(decoder.decode(bytes));
  } catch (error) {
    return refuse(`not JSON (${error.message})`.slice(0, 200));
  }
  if (!isObj(data)) return refuse("not a JSON object");
  if (data.v !== 1) return refuse(`version ${String(data.v).slice(0, 20)}; this page reads 1`);
  if (data.event !== event || data.room !== room) return refuse("names another room or event than its topic");
  if (kind === "status") {
    if (typeof data.online !== "boolean" || !isNum(data.at)) return refuse("status: online and at");
  } else if (kind === "state") {
    const problem = stateProblem(data);
    if (problem) return refuse(`state: ${problem}`);
  }
  return { event, room, kind, data };
}

/** The countdown as the room's chair shows it at `wallMs`: {text, remaining, second}, or
 *  null when nothing is live or due (runofshow/venue.py RoomSummary.countdown_at). */
export function countdownAt(state, clock, wallMs = Date.now()) {
  if (state.board.mode === "done" || !state.board.session) return null;
  return wallCountdown(state, clock, wallMs);
}

/** The room's show clock at `wallMs` (seconds, fractional). */
export function showTimeAt(clock, wallMs = Date.now()) {
  return clock.show + (wallMs / 1000 - clock.wall) * clock.speed;
}
