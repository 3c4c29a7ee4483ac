/* Small DOM helpers, and fitting text into its box: on a screen read from 15 m a text is
 * never clipped. A text too long for its band shrinks; only if it would have to shrink
 * below a readable size is it cut after some lines, with the whole in its tooltip.
 */

import { texts } from "./words.js";

export const $ = (id) => document.getElementById(id);

export function el(tag, className, text, lang) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  if (lang) {
    node.lang = lang;
    node.dir = "auto"; // an Arabic title runs right to left, in its own order
  }
  return node;
}

/** Set a node's text only when it changes (four times a second: no needless layout). */
export function setText(node, text) {
  if (node && node.textContent !== text) node.textContent = text;
}

/** Title texts as elements: the primary language in .t1, the others in .t2, each with its
 *  lang (so Chinese is drawn with a Chinese font's forms). */
export function titleNodes(title, tag = "p") {
  return texts(title).map((t, index) => el(tag, index === 0 ? "t1" : "t2", t.text, t.lang));
}

/** Replace a box's children only when `key` (what they say) changes: a tap on a phone
 *  or a screen reader's place is not lost to a push that changed nothing. */
export function replaceIfChanged(box, key, nodes) {
  if (box.dataset.key === key) return false;
  box.dataset.key = key;
  box.replaceChildren(...(typeof nodes === "function" ? nodes() : nodes));
  return true;
}

let canvas = null;
function measureFont(font, text) {
  canvas = canvas || document.createElement("canvas");
  const context = canvas.getContext("2d");
  context.font = font;
  return context.measureText(text);
}

const MIN_STRETCH = 0.66; // ui/widgets.py MIN_STRETCH
const FLOOR_STRETCH = 0.4; // ui/widgets.py FLOOR_STRETCH

/** Digits sized as the projector's (ui/widgets.py ClockDigits): their glyphs (not the
 *  line box) fill `share` of the box's height; a text too wide is condensed to 66 % and
 *  then shrinks, but not under `leastPx` of glyph height while condensing further (to
 *  40 %) keeps it there; centred on the glyphs. `data-glyph-px` says the drawn height. */
export function fitDigits(node, box, text, share = 0.88, leastPx = 0) {
  const width = box.clientWidth;
  const height = box.clientHeight;
  // every digit is as wide as the widest: "1:11" and "0:00" fit alike, so the size is
  // worked out again only when the shape of the text or the box changes
  const key = `${text.replace(/\d/g, "0")}|${width}|${height}|${leastPx}`;
  node.textContent = text;
  if (node.dataset.fit === key) return;
  node.dataset.fit = key;
  if (!text || !width || !height) return;
  const style = getComputedStyle(node);
  const font = `${style.fontWeight} 100px ${style.fontFamily}`;
  const glyphs = measureFont(font, "0123456789");
  const ratio = Math.max(0.1, (glyphs.actualBoundingBoxAscent + glyphs.actualBoundingBoxDescent) / 100);
  let widest = 0;
  for (const d of "0123456789") widest = Math.max(widest, measureFont(font, d).width);
  const textWidth = [...text].reduce((sum, c) => sum + (/\d/.test(c) ? widest : measureFont(font, c).width), 0) / 100;
  let size = (height * share) / ratio;
  const leastSize = Math.min(size, leastPx / ratio);
  let stretch = 1;
  const room = width * 0.98;
  if (textWidth * size > room) {
    stretch = Math.max(MIN_STRETCH, room / (textWidth * size));
    if (textWidth * size * stretch > room) {
      let shrunk = room / (textWidth * stretch);
      if (shrunk < leastSize) { // condensing further keeps the least height
        size = leastSize;
        stretch = Math.max(FLOOR_STRETCH, room / (textWidth * size));
        shrunk = textWidth * size * stretch > room ? room / (textWidth * stretch) : size;
      }
      size = shrunk;
    }
  }
  const metrics = measureFont(font, text);
  // with line-height 1 the line box is the em box; centre the glyphs in it
  const ascent = metrics.fontBoundingBoxAscent / 100;
  const descent = metrics.fontBoundingBoxDescent / 100;
  const baseline = (1 - (ascent + descent)) / 2 + ascent;
  const inkMiddle = baseline - (metrics.actualBoundingBoxAscent - metrics.actualBoundingBoxDescent) / 200;
  const shift = (0.5 - inkMiddle) * size;
  node.style.fontSize = `${size.toFixed(1)}px`;
  node.style.transform = `translateY(${shift.toFixed(1)}px)${stretch < 1 ? ` scaleX(${stretch.toFixed(3)})` : ""}`;
  node.dataset.glyphPx = String(Math.round(ratio * size));
}

/** Shrink a box's texts (their font sizes are calc(var(--fit) * …)) until they fit its
 *  height and width, down to `smallest`; if even that overflows, clamp the lines (CSS
 *  .clamped) and put the whole text in a tooltip. Worked out again only when `key`
 *  changes. */
export function fitBox(box, key, smallest = 0.3) {
  if (!box || box.dataset.fit === key) return;
  box.dataset.fit = key;
  const fits = () => box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
  box.classList.remove("clamped");
  box.removeAttribute("title");
  box.style.setProperty("--fit", "1");
  if (fits()) return;
  let low = smallest;
  let high = 1;
  for (let i = 0; i < 10; i += 1) { // a binary search: ten layouts, not a hundred
    const middle = (low + high) / 2;
    box.style.setProperty("--fit", String(middle));
    if (fits()) low = middle; else high = middle;
  }
  box.style.setProperty("--fit", String(low));
  if (!fits()) {
    box.classList.add("clamped");
    box.title = box.textContent.trim();
  }
}

/** The largest type (`--fit` on `main`, from `smallest` to 1) at which a screen's page
 *  fits its height without scrolling, by a binary search; 0 if even the smallest does
 *  not (`--fit` is then left at the smallest). For screens nobody scrolls: a foyer's, a
 *  booth's. */
export function fitPage(main, smallest) {
  const fits = () => document.documentElement.scrollHeight <= innerHeight + 1;
  main.style.setProperty("--fit", "1");
  if (fits()) return 1;
  let low = smallest;
  let high = 1;
  for (let i = 0; i < 9; i += 1) {
    const middle = (low + high) / 2;
    main.style.setProperty("--fit", String(middle));
    if (fits()) low = middle; else high = middle;
  }
  main.style.setProperty("--fit", String(low));
  return fits() ? low : 0;
}

/** A phone used as a confidence monitor must not go dark (browsers allow it on https and
 *  localhost only; elsewhere the phone's own settings must keep it on). */
export function keepAwake() {
  if (!navigator.wakeLock) return;
  const ask = () => navigator.wakeLock.request("screen").catch(() => {});
  ask();
  document.addEventListener("visibilitychange", () => { if (!document.hidden) ask(); });
}
