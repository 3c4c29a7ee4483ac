/* A view fed by the venue's broker instead of the room's PC (docs/venue.md, "Web views
 * through the broker"): `stage.html`, `agenda.html` or `booth.html` with
 * `?broker=ws://HOST:PORT&event=EVENT&room=ROOM` subscribe to that room's retained
 * `state` and `status` on the broker's WebSocket listener. The room's PC publishes once
 * a second whatever the number of screens: hundreds of them cost it nothing.
 *
 * The same contract as connection.js connect(), so the views do not know where their
 * state comes from. Each state handed on carries the room's `clock` (the show clock's
 * reading at a wall time): clock.js liveCountdown then counts down from this browser's
 * wall clock, as the console's overview does, so a screen that has just connected and got
 * a retained state a second old still shows the room's second.
 */

import { subscribe } from "./mqtt.js";
import { PREFIX, checkName, decode } from "./venue_state.js";
import { setLanguages, word } from "./words.js";

const STALE_MS = 3000; // the room publishes every second: no state for this long, say so
const CLOCK_SKEW_S = 2; // this device's clock and the room's differ by more: counted as the room's

/** Where the link points: {url, event, room}, or {problem} in words. */
export function brokerLink(params = new URLSearchParams(location.search)) {
  const url = params.get("broker") || "";
  const event = params.get("event") || "default";
  const room = params.get("room") || "";
  if (!/^wss?:\/\/[^/?#]+\/?[^?#]*$/.test(url)) return { problem: "broker=ws://HOST:PORT" };
  if (!checkName(event)) return { problem: "event=EVENT (letters, digits, space . _ -)" };
  if (!checkName(room)) return { problem: "room=ROOM (letters, digits, space . _ -)" };
  return { url, event, room };
}

/** connection.js connect()'s contract, from the broker. Statuses: "connecting", "live",
 *  "stale" ({seconds}), "lost", "refused" ({words}), "offline" (the room's PC said so, or
 *  the broker for it), "badlink" ({words}). send() never sends: these views only read. */
export function connectBroker(handlers) {
  let status = "";
  let lastState = 0; // performance.now() of the last good state
  let online = null; // the room's status: true, false, or not known yet
  let connected = false;
  const offsets = []; // seconds: this device's time a state came, minus the room's when taken
  const link = brokerLink();

  function setStatus(next, info = {}) {
    if (next === status && next !== "stale") return;
    status = next;
    handlers.status(next, info);
  }

  /** The room's news as a status: the connection first, then the room's PC. */
  function roomStatus() {
    if (!connected) return;
    if (online === false) setStatus("offline");
    else if (lastState) setStatus("live");
  }

  /** The room's clock reading, its wall time moved onto this device's clock when the two
   *  disagree by more than CLOCK_SKEW_S (a venue network without a time server; a phone
   *  set by hand): the difference is the least of "arrived minus taken" over the last
   *  states (the freshest came the quickest), once three have come. One state alone may
   *  be an old retained one: it is counted from as it is. */
  function inStepWithThisDevice(clock) {
    offsets.push(Date.now() / 1000 - clock.wall);
    if (offsets.length > 10) offsets.shift();
    const least = Math.min(...offsets);
    if (offsets.length < 3 || Math.abs(least) <= CLOCK_SKEW_S) return clock;
    return { ...clock, wall: clock.wall + least };
  }

  if (link.problem) {
    setStatus("badlink", { words: `${word("badLink")} ${link.problem}` });
    return { send: () => false, status: () => status };
  }
  const base = `${PREFIX}/${link.event}/${link.room}`;
  const client = subscribe(link.url, [`${base}/state`, `${base}/status`], {
    message(topic, bytes) {
      const found = decode(topic, bytes);
      if (!found || found.event !== link.event || found.room !== link.room) return;
      if (found.kind === "status") {
        online = found.data.online;
        roomStatus();
        return;
      }
      if (found.kind !== "state") return;
      const state = found.data.state;
      state.clock = inStepWithThisDevice(found.data.clock); // liveCountdown counts from it (clock.js)
      lastState = performance.now();
      setLanguages(state.show.languages);
      roomStatus();
      handlers.state(state, lastState);
    },
    status(next, info) {
      connected = next === "live";
      if (connected) roomStatus();
      else setStatus(next === "connecting" && status && status !== "connecting" ? "lost" : next, info);
    },
  });

  setInterval(() => {
    if (!connected || !lastState || online === false) return;
    const silent = performance.now() - lastState;
    if (silent > STALE_MS) setStatus("stale", { seconds: Math.floor(silent / 1000) });
  }, 250);
  document.addEventListener("visibilitychange", () => { if (!document.hidden) client.reconnectNow(); });
  window.addEventListener("online", () => client.reconnectNow());
  return { send: () => false, status: () => status };
}
