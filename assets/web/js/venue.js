/* Every room of an event at a glance, for a production office's wall screen: the web
 * twin of the console's overview (ui/venue_overview.py). `venue.html?broker=ws://HOST:PORT
 * &event=EVENT[&sort=countdown][&lang=fr,en]` subscribes to every room's retained state
 * and status on the broker's WebSocket listener (js/mqtt.js); served by any web server, the
 * room PCs' remote servers included (it needs no token: it only reads the broker). It
 * speaks the link's languages (`lang=`, as the other views: words.js), English by default,
 * laid out right to left when the first is Arabic; each row is venue_rows.js's.
 *
 * One row per room: online / OFFLINE / "no news" (online, no state for 5 s), the live
 * session ("next: …" while waiting, "programme complete"), its countdown, how the day
 * stands, the next anchor at risk. A countdown is never counted down here: each repaint
 * works it out from the wall clock and the room's show clock (venue_state.js
 * countdownAt), and repaints are timed to the moments a room's countdown turns. Click a
 * column's header to sort by it, as in the console. A room offline or not heard from for
 * 5 s keeps its worked-out countdown (its PC may still run the room), marked as an
 * estimate: "≈" before it, in grey.
 */

import { showConnection } from "./connection.js";
import { subscribe } from "./mqtt.js";
import { $, el, setText } from "./dom.js";
import { PREFIX, checkName, decode, showTimeAt } from "./venue_state.js";
import { rowOf } from "./venue_rows.js";
import { isolate, setLanguages, word } from "./words.js";

const SMALLEST_FIT = 0.5;
const params = new URLSearchParams(location.search);
const event = params.get("event") || "default";
const url = params.get("broker") || "";
const rooms = new Map(); // room -> {state, clock, received, online, row}
let sortBy = ["room", "status", "session", "countdown", "late", "anchor"].includes(params.get("sort"))
  ? params.get("sort") : "room";
let ascending = true;
let linkStatus = "connecting";

// the page's fixed words, by the element they go in
const HEADINGS = { room: "room", status: "status", session: "liveSession", countdown: "countdown",
  late: "dayColumn", anchor: "nextAnchor" };

/** The page's languages (the link's `lang=`, else English; right to left for an Arabic
 *  first) and its fixed words in them. */
function speak() {
  setLanguages(["en"]);
  setText(document.querySelector(".show-title"), word("venueTitle"));
  for (const th of document.querySelectorAll("th[data-sort]")) {
    setText(th.querySelector("button"), word(HEADINGS[th.dataset.sort]));
  }
  setText($("empty"), word("noRoomYet"));
}

/** A cell: its text in at most two lines (web.css), the whole in a tooltip. */
function cell(kind) {
  const node = el("td", `cell-${kind}`);
  node.append(el("div", "clamped"));
  return node;
}

function put(node, text, flag) {
  const inner = node.firstChild;
  setText(inner, text);
  if (inner.title !== text) inner.title = text; // a clamped text keeps its whole in a tooltip
  if (flag !== undefined) node.dataset.flag = flag;
}

function paint() {
  const now = performance.now();
  const shown = [...rooms.entries()].map(([name, room]) => ({ room, row: rowOf(name, room, now) }));
  shown.sort((a, b) => {
    const [x, y] = [a.row.keys[sortBy], b.row.keys[sortBy]];
    const order = x < y ? -1 : x > y ? 1 : a.row.keys.room < b.row.keys.room ? -1 : 1;
    return ascending ? order : -order;
  });
  const body = $("room-rows");
  shown.forEach(({ room, row }, index) => {
    if (!room.row) {
      room.row = el("tr", "room");
      room.row.append(...["room", "status", "session", "countdown", "day", "anchor"].map(cell));
    }
    const [name, status, session, countdown, day, anchor] = room.row.children;
    put(name, row.name);
    put(status, row.status, row.statusKind);
    put(session, row.session);
    session.firstChild.dir = row.sessionDir || "auto";
    put(countdown, row.countdown, row.estimate ? "estimate" : row.overtime ? "overtime" : "");
    put(day, row.day, row.late ? "late" : "");
    put(anchor, row.anchor, row.anchor ? "late" : "");
    if (body.children[index] !== room.row) body.insertBefore(room.row, body.children[index] || null);
  });
  $("empty").hidden = rooms.size > 0;
  document.body.classList.toggle("dense", rooms.size > 10); // one line a room: all on the screen
  setText($("wall"), new Date().toTimeString().slice(0, 5));
  setText($("where"), word("venueWhere", { event: isolate(event), count: rooms.size }));
  for (const th of document.querySelectorAll("th[data-sort]")) {
    th.setAttribute("aria-sort", th.dataset.sort === sortBy ? (ascending ? "ascending" : "descending") : "none");
  }
}

/** Repaint as a room's countdown turns (each room's clock may tick at its own moment and
 *  speed), a few ms after, and at least every second. */
let timer = null;
function tick() {
  paint();
  let wait = 1000;
  const wall = Date.now();
  for (const room of rooms.values()) {
    if (!room.clock || room.clock.speed <= 0) continue;
    const show = showTimeAt(room.clock, wall);
    wait = Math.min(wait, ((Math.floor(show) + 1 - show) / room.clock.speed) * 1000);
  }
  clearTimeout(timer);
  timer = setTimeout(tick, Math.max(1, Math.ceil(wait) + 5));
}

/** A wall screen: the type as large as the screen allows with every room on it. */
let fitted = "";
function fit() {
  const key = `${innerWidth}x${innerHeight}|${rooms.size}|${linkStatus}`;
  if (key === fitted) return;
  fitted = key;
  const main = $("main");
  const fits = () => document.documentElement.scrollHeight <= innerHeight + 1;
  main.style.setProperty("--fit", "1");
  if (fits()) return;
  let [low, high] = [SMALLEST_FIT, 1];
  for (let i = 0; i < 8; i += 1) {
    const middle = (low + high) / 2;
    main.style.setProperty("--fit", String(middle));
    if (fits()) low = middle; else high = middle;
  }
  main.style.setProperty("--fit", String(low)); // too many rooms even so: the page scrolls
}

function take(topic, bytes) {
  const found = decode(topic, bytes);
  if (!found || found.event !== event || found.kind === "actions") return;
  const room = rooms.get(found.room) || { state: null, clock: null, received: 0, online: null, row: null };
  rooms.set(found.room, room);
  if (found.kind === "status") room.online = found.data.online;
  else [room.state, room.clock, room.received] = [found.data.state, found.data.clock, performance.now()];
  paint();
  fit();
}

function start() {
  speak();
  const banner = $("conn");
  const status = (next, info = {}) => {
    linkStatus = next;
    showConnection(banner, next, info, null);
    fit();
  };
  if (!/^wss?:\/\/[^/?#]+/.test(url) || !checkName(event)) {
    status("badlink", { words: `${word("badLink")} broker=ws://HOST:PORT, event=EVENT` });
    return;
  }
  for (const th of document.querySelectorAll("th[data-sort]")) {
    th.querySelector("button").addEventListener("click", () => {
      ascending = th.dataset.sort === sortBy ? !ascending : true;
      sortBy = th.dataset.sort;
      paint();
    });
  }
  document.body.classList.add("has-state"); // web.css: the page shows from the start (no room yet: says so)
  const client = subscribe(url, [`${PREFIX}/${event}/+/state`, `${PREFIX}/${event}/+/status`],
    { message: take, status });
  document.addEventListener("visibilitychange", () => { if (!document.hidden) client.reconnectNow(); });
  window.addEventListener("resize", () => { fitted = ""; fit(); });
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(() => { fitted = ""; fit(); });
  tick();
}

start();
