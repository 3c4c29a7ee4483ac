/* The views' words: fixed labels in the show's languages, titles, and the board's English
 * phrases ("running 4 min late", "back at 15:00") with the Chinese the projector says.
 *
 * Bilingual means primary language first, " · " between: "下一场 · Next". A language we
 * have no words for reads English. The show's languages come with every state
 * (setLanguages); until the first one arrives the page uses the ones it was last shown
 * (kept in localStorage), so a reconnecting phone does not flash English.
 */

import { epoch, hhmm } from "./clock.js";

// Fixed labels in the languages we have words for.
export const WORDS = {
  next: { zh: "下一场", en: "Next" },
  starts: { zh: "开始时间", en: "Starts at" },
  done: { zh: "会议结束", en: "Programme complete" },
  rehearsal: { zh: "彩排", en: "REHEARSAL" },
  now: { zh: "现在", en: "Now" },
  due: { zh: "即将开始", en: "Starting" },
  live: { zh: "进行中", en: "NOW" },
  ended: { zh: "已结束", en: "ended" },
  skipped: { zh: "已取消", en: "cancelled" },
  nothingNext: { zh: "今天没有更多环节", en: "Nothing more today" },
  day: { zh: "今日日程", en: "The day's programme" },
  endOfDay: { zh: "今日结束时间", en: "End of the day" },
  later: { zh: "稍后", en: "Later today" },
  planned: { zh: "原定", en: "planned" },
  projected: { zh: "预计", en: "projected" },
  speakers: { zh: "发言人", en: "Speakers" },
  blacked: { zh: "投影已黑屏", en: "PROJECTOR BLACKED OUT" },
  blackedNote: { zh: "技术人员已关闭投影画面", en: "The projector is blacked out by the technician" },
  lost: { zh: "连接中断，正在重新连接…", en: "Connection lost — reconnecting…" },
  connecting: { zh: "正在连接…", en: "Connecting…" },
  refused: {
    zh: "此链接的令牌被拒绝：请向技术人员索取新链接（控制台中的二维码）",
    en: "This link's token was refused: ask the technician for a new link (the QR code in the console)",
  },
  noToken: {
    zh: "此链接没有令牌：请向技术人员索取链接（控制台中的二维码）",
    en: "This link has no token: ask the technician for the link (the QR code in the console)",
  },
  min: { zh: "分钟", en: "min" },
  undo: { zh: "撤销", en: "Undo" },
  redo: { zh: "重做", en: "Redo" },
  startNow: { zh: "现在开始", en: "Start now" },
  cancel: { zh: "取消", en: "Cancel" },
  atRisk: { zh: "有风险", en: "AT RISK" },
  asSoonAs: { zh: "当前环节结束后随即开始", en: "as soon as this one ends" },
  brokerRefused: { zh: "场馆的消息服务器拒绝了连接", en: "The venue's broker refused the connection" },
  roomOffline: {
    zh: "该会议室的电脑已离线：这是它最后发布的状态",
    en: "The room's computer is offline: this is the last state it published",
  },
  badLink: { zh: "此链接不完整，需要", en: "This link is incomplete: it needs" },
  controlNeedsPc: {
    zh: "控制页面只能连接会议室的电脑，不能通过消息服务器",
    en: "The control page works only with the room's computer, not through the broker",
  },
  notConnected: { zh: "未连接：连接恢复后按键即可使用", en: "Not connected: the keys work again when the connection is back" },
  needsLive: { zh: "±分钟需要有进行中的环节", en: "± minutes need a live session" },
  nextIgnored: {
    zh: "已忽略「下一场」：按了两次。如需再次切换，请稍候再按一次。",
    en: "Next ignored: pressed twice. To move on again, wait a moment and press once.",
  },
  tapIgnored: {
    zh: "已忽略：按了两次。如需再做一次，请稍候再按一次。",
    en: "Ignored: pressed twice. To do it again, wait a moment and press once.",
  },
  notStarted: {
    zh: "未开始：将在原定时间开始，或在您确认后开始。",
    en: "Not started: it starts at its planned time, or when you confirm.",
  },
  sending: { zh: "正在发送…", en: "sending…" },
  okDone: { zh: "已完成", en: "done" },
  notDone: { zh: "未执行", en: "not done" },
  noAnswer: { zh: "尚无回复：再按之前请先看时钟", en: "no answer yet: look at the clock before pressing again" },
  droppedAnswer: {
    zh: "回复前连接已中断：再按之前请先看时钟",
    en: "the connection dropped before the answer: look at the clock before pressing again",
  },
};

// the show's languages, primary first (a live binding: importers see it change)
export let LANGS = ["en"];
try {
  const kept = JSON.parse(localStorage.getItem("runofshow.languages") || "null");
  if (Array.isArray(kept) && kept.length) LANGS = kept;
} catch (_) { /* private mode: English until the first state */ }

export function setLanguages(languages) {
  if (!Array.isArray(languages) || !languages.length) return;
  document.documentElement.lang = languages[0];
  if (languages.join() === LANGS.join()) return;
  LANGS = languages.slice();
  try { localStorage.setItem("runofshow.languages", JSON.stringify(LANGS)); } catch (_) { /* */ }
}

/** A {lang: text} in every display language we have it in, primary first, " · "-joined;
 *  English when none of them. */
export function say(dict, langs = LANGS) {
  const found = [];
  for (const lang of langs) {
    if (dict[lang] && !found.includes(dict[lang])) found.push(dict[lang]);
  }
  return found.length ? found.join(" · ") : (dict.en || "");
}
export const word = (key, langs = LANGS) => say(WORDS[key], langs);

/** A title (text or {lang: text}) as [{lang, text}], display languages first, then any
 *  other language the agenda gave it in. */
export function texts(title, langs = LANGS) {
  if (title == null) return [];
  if (typeof title === "string") return title ? [{ lang: null, text: title }] : [];
  const out = [];
  const seen = new Set();
  for (const lang of [...langs, ...Object.keys(title)]) {
    const text = title[lang];
    if (text && !seen.has(text) && !out.some((t) => t.lang === lang)) {
      out.push({ lang, text });
      seen.add(text);
    }
  }
  return out;
}
/** A text of the agenda set apart from its neighbours for the bidi algorithm (FSI … PDI):
 *  an Arabic title, or a stray right-to-left override in a speaker's name, keeps its own
 *  direction and never reorders the text around it. */
export const isolate = (text) => (text ? `\u2068${text}\u2069` : text);
export const titleLine = (title, langs = LANGS) => texts(title, langs).map((t) => isolate(t.text)).join(" · ");

// -- the board's phrases, in Chinese too ------------------------------------------------------
function inMinutes(minutes) {
  if (minutes < 60) return { en: `${minutes} min`, zh: `${minutes} 分钟` };
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, "0");
  return { en: `${h} h ${m} min`, zh: `${h} 小时 ${m} 分钟` };
}
/** board.py minutes_phrase: a time ahead, whole minutes rounded up. */
export const minutesPhrase = (seconds) => inMinutes(Math.max(0, Math.ceil(seconds / 60)));
/** board.py lateness_phrase: whole minutes rounded to the nearest. */
export function latenessPhrase(seconds) {
  if (seconds < 60) return { en: "under a minute", zh: "不到 1 分钟" };
  return inMinutes(Math.floor((seconds + 30) / 60));
}

/** "5 min", "1 h 05 min", "under a minute" (the board's English) in Chinese; null if not
 *  one of those. */
function zhMinutes(text) {
  if (text === "under a minute") return "不到 1 分钟";
  let found = /^(\d+) h (\d\d) min$/.exec(text);
  if (found) return `${found[1]} 小时 ${found[2]} 分钟`;
  found = /^(\d+) min$/.exec(text);
  return found ? `${found[1]} 分钟` : null;
}

const ANCHOR_ZH = { close: "闭幕", end: "结束", start: "开始" };

/** The board's day_status ("running 4 min late", "18:00 close at risk by 15 min", ...)
 *  as {en, zh}; a phrase we do not know stays English only. */
export function dayStatus(text) {
  const out = { en: text };
  let found;
  if (text === "on time") out.zh = "按时进行";
  else if ((found = /^on time \((\d+) min taken from flexible slots\)$/.exec(text))) {
    out.zh = `按时进行（已从弹性环节压缩 ${found[1]} 分钟）`;
  } else if ((found = /^running (.+) (late|ahead)$/.exec(text)) && zhMinutes(found[1])) {
    out.zh = `${found[2] === "late" ? "推迟" : "提前"} ${zhMinutes(found[1])}`;
  } else if ((found = /^(\d\d?:\d\d) (close|end|start) at risk by (.+)$/.exec(text)) && zhMinutes(found[3])) {
    out.zh = `${found[1]} ${ANCHOR_ZH[found[2]]}可能推迟 ${zhMinutes(found[3])}`;
  }
  return out;
}

// ui/projector.py HELD_FOR: why a live session ends early, in Chinese too.
export const HELD_FOR = [
  [/^back at (\d\d?:\d\d)$/, "{} 复会"],
  [/^for the fixed start at (\d\d?:\d\d)$/, "以便 {} 准时开始"],
  [/^for the (\d\d?:\d\d) close$/, "以便 {} 准时闭幕"],
  [/^for the fixed end at (\d\d?:\d\d)$/, "以便 {} 准时结束"],
  [/^ends at (\d\d?:\d\d) for the close$/, "{} 准时闭幕"],
  [/^must end by (\d\d?:\d\d)$/, "须于 {} 前结束"],
];

/** projector.py held_for_text: "15:00 复会 · back at 15:00". */
export function heldFor(text, langs = LANGS) {
  if (!text) return "";
  for (const [pattern, zh] of HELD_FOR) {
    const found = pattern.exec(text);
    if (found) return say({ en: text, zh: zh.replace("{}", found[1]) }, langs);
  }
  return text;
}

/** "in 4 min, 11:34" (board.next_text) in parts: {in: {en: "4 min", zh: "4 分钟"},
 *  at: "11:34"}; null for anything else. */
export function nextIn(text) {
  const found = /^in (.+), (\d\d?:\d\d)$/.exec(text || "");
  if (!found) return null;
  return { in: { en: found[1], zh: zhMinutes(found[1]) || undefined }, at: found[2] };
}

const WEEKDAYS = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  zh: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

/** "2024-03-13" as {zh: "3月13日 星期三", en: "Wednesday 13 March 2024"}. */
export function dateWords(date) {
  const [y, m, d] = (date || "").split("-").map(Number);
  if (!y) return { en: "" };
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return { zh: `${m}月${d}日 ${WEEKDAYS.zh[weekday]}`, en: `${WEEKDAYS.en[weekday]} ${d} ${MONTHS[m - 1]} ${y}` };
}

/** Late or early against the plan, with a symbol (never a colour alone):
 *  "▲ 推迟 4 分钟 · 4 min late", "▼ 提前 2 分钟 · 2 min early". */
export function lateWords(seconds) {
  const phrase = latenessPhrase(Math.abs(seconds));
  return seconds > 0 ? `▲ ${say({ en: `${phrase.en} late`, zh: `推迟 ${phrase.zh}` })}`
    : `▼ ${say({ en: `${phrase.en} early`, zh: `提前 ${phrase.zh}` })}`;
}

/** A breach in words: "18:00 close at risk by 15 min" (board.py anchor_name). */
export function breachWords(day, breach) {
  const sessions = day.sessions || [];
  const session = sessions.find((s) => s.id === breach.session);
  if (!session) return { en: `${breach.session} at risk` };
  const last = sessions[sessions.length - 1] === session;
  const at = breach.anchor === "end" ? hhmm(session.planned_end) : hhmm(session.planned_start);
  const kind = breach.anchor === "end" ? (last ? "close" : "end") : "start";
  const late = latenessPhrase(breach.late_by_s);
  return { en: `${at} ${kind} at risk by ${late.en}`, zh: `${at} ${ANCHOR_ZH[kind]}可能推迟 ${late.zh}` };
}

/** When the next session starts, in words: "18:00 开始（40 分钟后） · starts in 40 min,
 *  18:00" (`short`: "40 分钟后 · in 40 min"). In overtime it is due now, and "in 0 min"
 *  would read as a mistake. */
export function nextWhen(state, short = false) {
  const board = state.board;
  if (!board.next_start) return "";
  const left = epoch(board.next_start) - state.now_s;
  if (board.mode === "live" && left <= 30) return word("asSoonAs");
  const parts = nextIn(board.next_text);
  if (!parts) return board.next_text || hhmm(board.next_start);
  const zh = parts.in.zh;
  if (short) return say({ en: `in ${parts.in.en}`, zh: zh && `${zh}后` });
  return say({ en: `starts in ${parts.in.en}, ${parts.at}`, zh: zh && `${parts.at} 开始（${zh}后）` });
}
