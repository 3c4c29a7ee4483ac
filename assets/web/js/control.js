/* The chair's keys for an assistant's phone (control token): the live session and its
 * countdown, and big buttons for what the chair's keyboard does: −5, −1, +1, +5 minutes,
 * Next, Undo, Redo.
 *
 * Each key sends its button's data-action as {"type": "action", "id": n, "action": …}
 * over the WebSocket and shows the show's answer (✓ done, or × and the show's own words).
 * As the chair's keys (ui/chair_commands.py): a burst of presses of a key acts once (Next
 * 1.5 s, the others 0.5 s), and on the real clock Next long before the due session asks
 * first. No key acts while the connection is lost: a press that cannot reach the show
 * must not look as if it did.
 */

import { hhmm, liveCountdown } from "./clock.js";
import { $, el, setText, titleNodes } from "./dom.js";
import { backgroundAt, phaseWord, styleOf } from "./phases.js";
import { commonHeader, dayStatusLine, nextLine, run } from "./page.js";
import { LANGS, boardSays, minutesPhrase, sayWords, titleLine, word } from "./words.js";

const NEXT_PAUSE_MS = 1500; // ui/chair_commands.py NEXT_PAUSE_S
const TAP_PAUSE_MS = 500; // ui/chair_commands.py TAP_PAUSE_S: the other keys
const EARLY_START_S = 5 * 60; // ui/chair_commands.py EARLY_START_S
const ANSWER_WAIT_MS = 5000; // the server answers within 5 s (or 503): past that, say so

/** ui/chair_commands.py TapGuard: the first press of a burst acts; a press acts again
 *  only after `pauseMs` with no press at all (ignored presses included). */
export class TapGuard {
  constructor(pauseMs = NEXT_PAUSE_MS, now = () => performance.now()) {
    this.pauseMs = pauseMs;
    this.now = now;
    this.last = null;
  }
  press() {
    const moment = this.now();
    const quick = this.last !== null && moment - this.last < this.pauseMs;
    this.last = moment;
    return !quick;
  }
}

const keys = () => document.querySelectorAll("#keys button");

/** What a key does in words: "+1 分钟 · +1 min", "撤销 · Undo". */
function actionWords(action) {
  if (action.do === "extend") {
    const signed = `${action.minutes > 0 ? "+" : "−"}${Math.abs(action.minutes)}`;
    return sayWords({ template: "{minutes} min", values: { minutes: signed } });
  }
  return word(action.do);
}

const control = {
  guards: {}, // command -> its TapGuard
  actions: {}, // command -> the action its button carries
  nextId: 1,
  pending: new Map(), // id -> {label, timer}: sent, not answered yet
  state: null,
  link: null,
  labelledIn: "",
  start(link) {
    control.link = link;
    for (const button of keys()) {
      control.actions[button.dataset.command] = JSON.parse(button.dataset.action);
      button.addEventListener("click", () => control.press(button.dataset.command));
    }
    $("confirm-yes").addEventListener("click", () => {
      $("confirm").hidden = true;
      control.send("next");
    });
    $("confirm-no").addEventListener("click", () => {
      $("confirm").hidden = true;
      control.notice(word("notStarted"));
    });
    // a title cut short shows whole in its tooltip, and on a tap (phones have no hover)
    $("live").addEventListener("click", () => $("live").classList.toggle("expanded"));
    control.labels();
    control.enable();
  },
  /** The keys' labels in the show's languages (they come with the first state). */
  labels() {
    control.labelledIn = LANGS.join();
    for (const button of keys()) {
      const action = control.actions[button.dataset.command];
      if (action.do === "extend") {
        button.replaceChildren(`${action.minutes > 0 ? "+" : "−"}${Math.abs(action.minutes)}`,
          el("span", "sub", word("min")));
        button.setAttribute("aria-label", actionWords(action));
      } else {
        button.textContent = action.do === "next" ? `${word("next")} ▶` : actionWords(action);
      }
    }
    setText($("confirm-yes"), word("startNow"));
    setText($("confirm-no"), word("cancel"));
  },
  render(state) {
    const board = state.board;
    control.state = state;
    commonHeader(state);
    setText($("live-label"), word(board.mode === "waiting" ? "due" : board.mode === "done" ? "done" : "now"));
    const live = $("live");
    const key = JSON.stringify([board.session && board.session.title, LANGS]);
    if (live.dataset.key !== key) {
      live.dataset.key = key;
      const nodes = board.session ? titleNodes(board.session.title) : [];
      for (const node of nodes) {
        node.classList.add("clampable"); // one line each (CSS): the keys never move
        node.title = node.textContent;
      }
      live.replaceChildren(...nodes);
    }
    $("strip").hidden = board.mode === "done";
    const held = board.mode === "live" ? boardSays(board, "held_for") : "";
    setText($("held"), held);
    $("held").hidden = !held;
    setText($("next"), board.mode === "done" ? "" : nextLine(state));
    dayStatusLine($("day-status"), board);
    if (control.labelledIn !== LANGS.join()) control.labels();
    control.enable();
  },
  /** A key is enabled only when it can act: connected, and the minute keys only with a
   *  live session; what is not possible is said under the keys. */
  enable() {
    const state = control.state;
    const connected = Boolean(state && control.link && ["live", "stale"].includes(control.link.status()));
    const mode = state ? state.board.mode : null;
    for (const button of keys()) {
      const action = control.actions[button.dataset.command];
      button.disabled = !connected || (action.do === "extend" && mode !== "live")
        || (action.do === "next" && mode === "done");
    }
    setText($("why"), !connected ? word("notConnected") : mode !== "live" ? word("needsLive") : "");
  },
  press(command) {
    const state = control.state;
    if (!state || !control.actions[command]) return;
    const next = control.actions[command].do === "next";
    control.guards[command] ||= new TapGuard(next ? NEXT_PAUSE_MS : TAP_PAUSE_MS);
    if (!control.guards[command].press()) {
      control.notice(word(next ? "nextIgnored" : "tapIgnored"));
      return;
    }
    const board = state.board;
    if (next && board.mode === "waiting" && !state.show.rehearsal && board.remaining_s > EARLY_START_S) {
      control.confirmEarly(board);
      return;
    }
    control.send(command);
  },
  /** Next long before the due session, on the real clock: ask, as the chair's Space does. */
  confirmEarly(board) {
    const title = (lang) => {
      const t = board.session.title;
      return typeof t === "string" ? t : t[lang] || titleLine(t);
    };
    const early = minutesPhrase(board.remaining_s);
    const at = hhmm(board.session.start || board.session.planned_start);
    setText($("confirm-question"), word("startEarly", { title, early, time: at }));
    $("confirm").hidden = false;
    $("confirm-no").focus();
  },
  send(command) {
    const id = control.nextId;
    control.nextId += 1;
    const action = control.actions[command];
    const label = actionWords(action);
    if (!control.link.send({ type: "action", id, action })) {
      control.say(`× ${label}: ${word("notConnected")}`, "error");
      return;
    }
    const timer = setTimeout(() => {
      if (control.pending.delete(id)) control.say(`? ${label}: ${word("noAnswer")}`, "error");
    }, ANSWER_WAIT_MS);
    control.pending.set(id, { label, timer });
    control.say(`… ${label}: ${word("sending")}`, "");
  },
  result(message) {
    const entry = control.pending.get(message.id);
    if (!entry) return;
    control.pending.delete(message.id);
    clearTimeout(entry.timer);
    if (message.ok) control.say(`✓ ${entry.label}: ${word("okDone")}`, "ok");
    else control.say(`× ${entry.label}: ${word("notDone")} — ${message.error || ""}`, "error");
  },
  connection(status) {
    // an action sent on a socket that closed may or may not have reached the show
    if (status === "lost") {
      for (const [id, entry] of control.pending) {
        clearTimeout(entry.timer);
        control.pending.delete(id);
        control.say(`? ${entry.label}: ${word("droppedAnswer")}`, "error");
      }
    }
    control.enable();
  },
  /** The show's answer to the last action (or why it was not sent). */
  say(text, kind) {
    $("result").textContent = text;
    $("result-box").dataset.kind = kind;
  },
  /** A word from this page itself (an ignored press), for a few seconds. */
  notice(text) {
    $("notice").textContent = text;
    if (!$("result-box").dataset.kind) $("result-box").dataset.kind = "";
    clearTimeout(control.noticeTimer);
    control.noticeTimer = setTimeout(() => { $("notice").textContent = ""; }, 5000);
  },
  tick(state, sinceMs) {
    const style = styleOf(state);
    const shown = liveCountdown(state, sinceMs);
    const strip = $("strip");
    strip.style.setProperty("--phase-bg", backgroundAt(style, shown.second));
    strip.style.setProperty("--phase-fg", style.foreground);
    setText($("phase"), phaseWord(style));
    setText($("countdown"), shown.text);
  },
};

run(control);
