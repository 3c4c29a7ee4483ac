/* The WebSocket to the show, kept open, and the banner that says when it is not.
 *
 * The page connects to /api/v1/ws with its own link's ?token= (docs/remote.md). The
 * server pushes {"type": "state"} on connect, on every change and every second. When the
 * socket closes the page says so at once and reconnects by itself: 0.5 s, 1 s, 2 s, 4 s,
 * then every 5 s, and at once when the phone wakes or its network comes back. A socket
 * that goes silent (Wi-Fi roaming, a phone that slept: the close never arrives) is marked
 * stale after 3 s and dropped and reopened after 10 s.
 */

import { connectBroker } from "./broker.js";
import { hhmmss } from "./clock.js";
import { el } from "./dom.js";
import { setLanguages, word } from "./words.js";

const STALE_MS = 3000; // no push for this long (the server pushes every second): say so
const WATCH_MS = 250;

/** Connect to the show and keep connected. `handlers.state(state, receivedAt)` on every
 *  state, `handlers.result(message)` on an action's answer, `handlers.status(status,
 *  info)` on every change of the connection: "connecting", "live", "stale" ({seconds}),
 *  "lost", "refused", "notoken". Returns {send(message) -> bool, status()}. */
export function connect(handlers) {
  // ?broker=…: the state comes from the venue's broker (broker.js); the control page acts,
  // so it needs the room's PC
  if (new URLSearchParams(location.search).has("broker")) {
    if (document.body.dataset.view !== "control") return connectBroker(handlers);
    handlers.status("badlink", { words: word("controlNeedsPc") });
    return { send: () => false, status: () => "badlink" };
  }
  const token = new URLSearchParams(location.search).get("token") || "";
  let socket = null;
  let attempt = 0;
  let retry = null;
  let status = "";
  let lastMessage = 0; // performance.now() of the last message on this socket
  let lastState = 0;
  let speed = 1;
  let refused = false;

  function setStatus(next, info = {}) {
    if (next === status && next !== "stale") return; // "stale" says its seconds each time
    status = next;
    handlers.status(next, info);
  }

  function url() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    return `${scheme}//${location.host}/api/v1/ws?token=${encodeURIComponent(token)}`;
  }

  function open() {
    clearTimeout(retry);
    retry = null;
    if (socket) return;
    let opened = false;
    let ws;
    try {
      ws = new WebSocket(url());
    } catch (_) {
      schedule();
      return;
    }
    socket = ws;
    if (!status || status === "notoken") setStatus("connecting");
    ws.onopen = () => { opened = true; lastMessage = performance.now(); };
    ws.onmessage = (event) => {
      if (socket !== ws) return;
      lastMessage = performance.now();
      let message;
      try { message = JSON.parse(event.data); } catch (_) { return; }
      if (!message || typeof message !== "object") return;
      if (message.type === "state" && message.state && message.state.board) {
        attempt = 0;
        refused = false;
        lastState = lastMessage;
        speed = Number(message.state.show && message.state.show.speed);
        if (!Number.isFinite(speed) || speed < 0) speed = 1;
        setLanguages(message.state.show && message.state.show.languages);
        setStatus("live");
        handlers.state(message.state, lastState);
      } else if (message.type === "result" && handlers.result) {
        handlers.result(message);
      }
    };
    ws.onerror = () => { /* onclose follows */ };
    ws.onclose = () => {
      if (socket === ws) lost(opened);
    };
  }

  function lost(opened) {
    const ws = socket;
    socket = null;
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
      try { ws.close(); } catch (_) { /* already closed */ }
    }
    if (!refused) setStatus("lost");
    if (!opened) probe();
    schedule();
  }

  /** The WebSocket handshake failed, and a browser does not say why: ask over HTTP, to
   *  tell a refused token (401/403: said in words, no use retrying fast) from a server
   *  that is not there. */
  function probe() {
    fetch(`/api/v1/state?token=${encodeURIComponent(token)}`, { cache: "no-store" })
      .then((answer) => {
        if ((answer.status === 401 || answer.status === 403) && !socket) {
          refused = true;
          setStatus("refused", { code: answer.status });
        }
      })
      .catch(() => { /* not reachable: "lost" says it */ });
  }

  function schedule() {
    if (retry) return;
    // a little jitter: 200 phones must not knock at the same instant after a Wi-Fi drop
    const base = Math.min(5000, 500 * 2 ** attempt);
    attempt += 1;
    retry = setTimeout(open, base * (0.85 + 0.3 * Math.random()));
  }

  function watch() {
    if (!socket || !lastState) return;
    const now = performance.now();
    // at 60× rehearsal speed the server still pushes about once a second of real time
    const staleAfter = speed > 0 ? Math.max(STALE_MS, 2000 / speed) : 30000;
    if (now - lastState > staleAfter) {
      setStatus("stale", { seconds: Math.floor((now - lastState) / 1000) });
    }
    // nothing at all for a long while (not even the server's pings' traffic): a
    // half-open connection; drop it and connect afresh
    if (now - lastMessage > Math.max(10000, 3 * staleAfter)) lost(true);
  }

  function soon() {
    if (!socket && token) { attempt = 0; open(); }
  }

  if (!token) setStatus("notoken");
  else open();
  setInterval(watch, WATCH_MS);
  document.addEventListener("visibilitychange", () => { if (!document.hidden) soon(); });
  window.addEventListener("online", soon);

  return {
    send(message) {
      if (!socket || socket.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    status: () => status,
  };
}

/** The connection banner (#conn, every view): hidden while live, else what is wrong, in
 *  words, with the time of the last update the page still shows. Its height goes into
 *  --banner-height, so the stage's screen moves down under it and hides nothing. */
export function showConnection(banner, status, info, lastState) {
  banner.dataset.status = status;
  document.body.classList.toggle("offline", status !== "live");
  if (status === "live") {
    banner.hidden = true;
    document.documentElement.style.setProperty("--banner-height", "0px");
    return;
  }
  let main;
  if (status === "connecting") main = word("connecting");
  else if (status === "notoken") main = word("noToken");
  else if (status === "refused") main = info.words ? `${word("brokerRefused")}: ${info.words}` : word("refused");
  else if (status === "offline") main = word("roomOffline");
  else if (status === "badlink") main = info.words;
  else if (status === "stale") {
    const s = info.seconds || 3;
    main = word("noUpdate", { seconds: s });
  } else main = word("lost");
  banner.replaceChildren(el("span", "conn-main", main));
  const since = lastState && lastState.now ? hhmmss(lastState.now) : "";
  if (since && status !== "connecting") {
    banner.append(el("span", "conn-detail", word("lastUpdate", { time: since })));
  }
  banner.hidden = false;
  document.documentElement.style.setProperty("--banner-height", `${banner.offsetHeight}px`);
}
