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

/** The countdown at wall time `wallMs` of a state that came with the room's show clock
 *  (`clock`: the show clock read `show` at wall time `wall`, running at `speed`), as from
 *  the venue's broker: {text, remaining, second, guessed: false}. The browser's wall
 *  clock is assumed in step with the room's (NTP), as the console's overview assumes
 *  (runofshow/venue.py RoomSummary.countdown_at). */
export function wallCountdown(state, clock, wallMs = Date.now()) {
  const second = Math.floor(clock.show + (wallMs / 1000 - clock.wall) * clock.speed);
  const remaining = state.now_s + state.board.remaining_s - second;
  return { text: countdownText(remaining, state.board.mode), remaining, second, guessed: false };
}

/** The countdown to show `sinceMs` (browser time) after `state` arrived, as {text,
 *  second, guessed}: `second` is the show's second it shows (the overtime flash and the
 *  message's blink alternate on it). While pushes arrive on time (one a second) this is
 *  the server's own text. If one is late, the show's time has moved on by the time
 *  measured here (times the rehearsal clock's speed), and the countdown with it. */
export function liveCountdown(state, sinceMs) {
  const board = state.board;
  if (state.clock && board.mode !== "done") return wallCountdown(state, state.clock);
  if (sinceMs < 1500 || board.mode === "done") {
    return { text: board.countdown, second: state.now_s, guessed: false };
  }
  const speed = Number(state.show && state.show.speed);
  const elapsed = Math.floor((sinceMs / 1000) * (Number.isFinite(speed) && speed >= 0 ? speed : 1));
  return { text: countdownText(board.remaining_s - elapsed, board.mode), second: state.now_s + elapsed, guessed: true };
}
