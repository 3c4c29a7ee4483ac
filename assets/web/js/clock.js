/* Times and the countdown.
 *
 * Every time is read as the venue's clock: the state's ISO times carry the agenda zone's
 * offset, and "11:30" is cut from them as they are, whatever zone the phone is set to.
 *
 * The countdown between two pushes is worked out from the last state's numbers
 * (remaining_s at now_s) and the time this browser has measured since that state arrived
 * (performance.now(): monotonic, so a phone whose clock is set wrong, or that corrects it
 * mid-show, still counts right). Nothing here counts timer ticks: a throttled timer in a
 * background tab, or a tick that comes late, cannot make the countdown drift. A state
 * from the venue's broker carries the room's show clock instead (`clock`, broker.js): its
 * countdown is worked out from the wall clock (wallCountdown).
 *
 * The header's time of day follows the same rule (showSecond, clockAt): while the
 * connection is lost or the state is stale, it goes on from the last state's show time,
 * as the countdown does, at the rehearsal clock's speed; a clock that stopped would read
 * as a show that stopped.
 */

/** "11:30" from an ISO time ("2024-03-13T11:30:00+01:00"). */
export const hhmm = (iso) => (typeof iso === "string" && iso.length >= 16 ? iso.slice(11, 16) : "");
/** "11:30:00" from an ISO time. */
export const hhmmss = (iso) => (typeof iso === "string" && iso.length >= 19 ? iso.slice(11, 19) : "");
/** Seconds since the epoch of an ISO time, or null. */
export const epoch = (iso) => (iso ? Date.parse(iso) / 1000 : null);

/** runofshow/board.py format_clock: "4:05", "1:02:05". */
export function formatClock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** board.py countdown_text: overtime counts up with a "+". */
export function countdownText(remaining, mode) {
  if (mode !== "live") return formatClock(Math.max(0, remaining));
  return remaining >= 0 ? formatClock(remaining) : `+${formatClock(-remaining)}`;
}

/** The show's second at wall time `wallMs` on the room's show clock (`clock`: it read
 *  `show` at wall time `wall`, running at `speed`), as the venue's broker sends it. The
 *  browser's wall clock is assumed in step with the room's (NTP), as the console's overview
 *  assumes (runofshow/venue.py RoomSummary.countdown_at); broker.js moves `wall` onto this
 *  device's clock when the two disagree. */
export const secondAt = (clock, wallMs = Date.now()) => Math.floor(clock.show + (wallMs / 1000 - clock.wall) * clock.speed);

/** The show's second `sinceMs` (browser time) after `state` arrived: the room's show clock
 *  read from the wall clock (a state from the broker), else the state's own second while
 *  pushes arrive on time (one a second), else that second moved on by the time measured
 *  here, times the rehearsal clock's speed. */
export function showSecond(state, sinceMs, wallMs = Date.now()) {
  if (state.clock) return secondAt(state.clock, wallMs);
  if (sinceMs < 1500) return state.now_s;
  const speed = Number(state.show && state.show.speed);
  return state.now_s + Math.floor((sinceMs / 1000) * (Number.isFinite(speed) && speed >= 0 ? speed : 1));
}

/** "11:31": the time of day at the show's `second`, in the venue's zone (the offset
 *  `state.now` carries). */
export function clockAt(state, second) {
  const local = Date.parse(`${String(state.now).slice(0, 19)}Z`) + (second - state.now_s) * 1000;
  return Number.isFinite(local) ? new Date(local).toISOString().slice(11, 16) : hhmm(state.now);
}

/** The countdown at wall time `wallMs` of a state that came with the room's show clock
 *  (`clock`), as from the venue's broker: {text, remaining, second, guessed: false}. */
export function wallCountdown(state, clock, wallMs = Date.now()) {
  const second = secondAt(clock, wallMs);
  const remaining = state.now_s + state.board.remaining_s - second;
  return { text: countdownText(remaining, state.board.mode), remaining, second, guessed: false };
}

/** The countdown to show `sinceMs` (browser time) after `state` arrived, as {text,
 *  second, guessed}: `second` is the show's second it shows (the overtime flash and the
 *  message's blink alternate on it). While pushes arrive on time this is the server's own
 *  text; if one is late, the show's time has moved on (showSecond), and the countdown
 *  with it. */
export function liveCountdown(state, sinceMs) {
  const board = state.board;
  if (state.clock && board.mode !== "done") return wallCountdown(state, state.clock);
  if (sinceMs < 1500 || board.mode === "done") {
    return { text: board.countdown, second: state.now_s, guessed: false };
  }
  const second = showSecond(state, sinceMs);
  return { text: countdownText(board.remaining_s - (second - state.now_s), board.mode), second, guessed: true };
}
