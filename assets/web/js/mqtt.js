/* A subscribe-only MQTT 3.1.1 client over a WebSocket, for the views that read a room's
 * state from the venue's broker instead of the room's PC (docs/venue.md, "Web views
 * through the broker").
 *
 * Only what a reader needs: CONNECT (clean session, no will, no password), SUBSCRIBE at
 * QoS 0, PUBLISH received (a QoS 1 one is acknowledged, in case a broker sends one),
 * PINGREQ every KEEPALIVE_S / 2 and a connection dropped when the broker stops answering.
 * It never publishes. The bytes follow the MQTT 3.1.1 standard (OASIS, 2014), §2–3; the
 * WebSocket carries them as binary messages with the subprotocol "mqtt" (§6), a packet
 * possibly split over messages or several in one.
 */

const KEEPALIVE_S = 20; // the broker drops us after 1.5 × this of silence; we ping at half
const MAX_PACKET = 4 * 1024 * 1024; // a room's day is ~20 KB; anything near this is not ours
const CONNACK_WORDS = {
  1: "the broker does not speak MQTT 3.1.1",
  2: "the broker refused the client id",
  3: "the broker is unavailable",
  4: "bad user name or password",
  5: "not authorized",
};

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

/** MQTT's variable-length "remaining length" (§2.2.3). */
function lengthBytes(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return out;
}

/** A UTF-8 string as MQTT writes one: two bytes of length, then the bytes (§1.5.3). */
function stringBytes(text) {
  const bytes = encoder.encode(text);
  return [bytes.length >> 8, bytes.length & 0xff, ...bytes];
}

function packet(type, body) {
  return new Uint8Array([type, ...lengthBytes(body.length), ...body]);
}

function connectPacket(clientId) {
  const body = [...stringBytes("MQTT"), 4 /* 3.1.1 */, 0x02 /* clean session */,
    KEEPALIVE_S >> 8, KEEPALIVE_S & 0xff, ...stringBytes(clientId)];
  return packet(0x10, body);
}

function subscribePacket(id, filters) {
  const body = [id >> 8, id & 0xff];
  for (const filter of filters) body.push(...stringBytes(filter), 0 /* QoS 0 */);
  return packet(0x82, body);
}

/** Splits the bytes the WebSocket brings into whole packets: {type, flags, body}. */
class Reader {
  constructor() { this.buffer = new Uint8Array(0); }

  add(bytes) {
    const joined = new Uint8Array(this.buffer.length + bytes.length);
    joined.set(this.buffer);
    joined.set(bytes, this.buffer.length);
    this.buffer = joined;
  }

  /** The next whole packet, null if it has not all arrived; throws on a malformed one. */
  next() {
    const b = this.buffer;
    if (b.length < 2) return null;
    let length = 0;
    let multiplier = 1;
    let i = 1;
    for (;;) {
      if (i >= b.length) return null;
      if (i > 4) throw new Error("malformed remaining length");
      length += (b[i] & 0x7f) * multiplier;
      multiplier *= 128;
      if ((b[i++] & 0x80) === 0) break;
    }
    if (length > MAX_PACKET) throw new Error(`a packet of ${length} bytes`);
    if (b.length < i + length) return null;
    const found = { type: b[0] >> 4, flags: b[0] & 0x0f, body: b.subarray(i, i + length) };
    this.buffer = b.slice(i + length);
    return found;
  }
}

/** Subscribe to `filters` on the broker at `url` (ws:// or wss://) and stay subscribed:
 *  reconnects by itself (0.5 s, 1 s, 2 s, 4 s, then every 5 s, with jitter) and
 *  subscribes again each time (the broker then sends the retained messages again).
 *  `on.message(topic, bytes, retained)` for each message, `on.status(status, info)` on
 *  each change: "connecting", "live" (subscribed), "lost", "refused" ({words}).
 *  Returns {close(), reconnectNow()}. */
export function subscribe(url, filters, on) {
  let socket = null;
  let attempt = 0;
  let retry = null;
  let pinger = null;
  let lastHeard = 0;
  let closed = false;

  function open() {
    clearTimeout(retry);
    retry = null;
    if (socket || closed) return;
    let ws;
    try {
      ws = new WebSocket(url, ["mqtt"]);
    } catch (error) {
      on.status("refused", { words: `not a broker address: ${url}` });
      return;
    }
    socket = ws;
    ws.binaryType = "arraybuffer";
    const reader = new Reader();
    on.status("connecting", {});
    ws.onopen = () => {
      lastHeard = performance.now();
      const id = `runofshow-view-${Math.random().toString(36).slice(2, 10)}`;
      ws.send(connectPacket(id));
    };
    ws.onmessage = (event) => {
      if (socket !== ws || !(event.data instanceof ArrayBuffer)) return;
      lastHeard = performance.now();
      reader.add(new Uint8Array(event.data));
      try {
        for (let found = reader.next(); found; found = reader.next()) take(ws, found);
      } catch (error) {
        console.warn(`mqtt: ${error.message}; connecting again`);
        drop();
      }
    };
    ws.onerror = () => { /* onclose follows */ };
    ws.onclose = () => { if (socket === ws) drop(); };
  }

  function take(ws, found) {
    if (found.type === 2) { // CONNACK
      const code = found.body[1];
      if (code !== 0) {
        on.status("refused", { words: CONNACK_WORDS[code] || `refused (${code})` });
        drop(true);
        return;
      }
      ws.send(subscribePacket(1, filters));
      clearInterval(pinger);
      pinger = setInterval(ping, (KEEPALIVE_S * 1000) / 2);
    } else if (found.type === 9) { // SUBACK
      if (Array.from(found.body.subarray(2)).some((code) => code === 0x80)) {
        on.status("refused", { words: "the broker refused the subscription" });
        drop(true);
        return;
      }
      attempt = 0;
      on.status("live", {});
    } else if (found.type === 3) { // PUBLISH
      const qos = (found.flags >> 1) & 3;
      const body = found.body;
      const topicLength = (body[0] << 8) | body[1];
      const topic = decoder.decode(body.subarray(2, 2 + topicLength));
      let at = 2 + topicLength;
      if (qos > 0) {
        ws.send(new Uint8Array([0x40, 2, body[at], body[at + 1]])); // PUBACK
        at += 2;
      }
      on.message(topic, body.subarray(at), (found.flags & 1) === 1);
    } // PINGRESP (13) and anything else: hearing it is all we needed
  }

  function ping() {
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    // no answer to the last ping in a whole keepalive: a half-open connection
    if (performance.now() - lastHeard > KEEPALIVE_S * 1000) { drop(); return; }
    socket.send(new Uint8Array([0xc0, 0]));
  }

  function drop(refused = false) {
    const ws = socket;
    socket = null;
    clearInterval(pinger);
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
      try { ws.close(); } catch (_) { /* already closed */ }
    }
    if (!refused) on.status("lost", {});
    if (closed || retry) return;
    // a little jitter: 200 foyer screens must not knock at the same instant
    const base = refused ? 30000 : Math.min(5000, 500 * 2 ** attempt);
    attempt += 1;
    retry = setTimeout(open, base * (0.85 + 0.3 * Math.random()));
  }

  open();
  return {
    close() {
      closed = true;
      if (socket && socket.readyState === WebSocket.OPEN) socket.send(new Uint8Array([0xe0, 0]));
      drop(true);
    },
    reconnectNow() {
      if (socket || closed) return;
      attempt = 0;
      open();
    },
  };
}
