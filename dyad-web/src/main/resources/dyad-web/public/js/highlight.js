// An article's text with what Dyad read in it marked where it was read: actor mentions,
// event predicates, quotations, time expressions and, when an event is opened, its evidence.
// Items may nest or overlap, so the text is cut at every item boundary and each piece is
// marked with every item that covers it.

import { el } from './api.js';

/** The spans of a record to mark: {start, end, kind, data}, with offsets into the text. */
export function items(text, record, evidence) {
  const list = [];
  for (const m of record.mentions) list.push({ start: m.start, end: m.end, kind: 'mention', data: m });
  for (const q of record.quotes) list.push({ start: q.start, end: q.end, kind: 'quote', data: q });
  for (const t of record.times) list.push({ start: t.start, end: t.end, kind: 'time', data: t });
  for (const e of record.events) {
    const at = predicate(text, e);
    if (at) list.push({ start: at.start, end: at.end, kind: 'predicate', data: e });
  }
  if (evidence) list.push({ start: evidence.start, end: evidence.end, kind: 'evidence', data: evidence });
  return list.filter(i => i.start >= 0 && i.end <= text.length && i.start < i.end);
}

/** Where an event's predicate word is: the first whole-word match of its trigger in its evidence sentence. */
function predicate(text, event) {
  const ev = event.evidence;
  if (!ev || !ev.trigger) return null;
  const sentence = text.slice(ev.start, ev.end);
  const word = ev.trigger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp('(^|[^\\p{L}\\p{N}])(' + word + ')(?![\\p{L}\\p{N}])', 'iu').exec(sentence);
  if (!match) return null;
  const start = ev.start + match.index + match[1].length;
  return { start, end: start + match[2].length };
}

/** Fills the container with the text, marked; returns the item list each marked piece indexes. */
export function render(container, text, list) {
  container.replaceChildren();
  const cuts = new Set([0, text.length]);
  for (const i of list) { cuts.add(i.start); cuts.add(i.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p], b = points[p + 1];
    const covering = [];
    list.forEach((i, n) => { if (i.start <= a && i.end >= b) covering.push(n); });
    if (covering.length === 0) { container.append(document.createTextNode(text.slice(a, b))); continue; }
    const span = el('span', text.slice(a, b), 'hl');
    for (const n of covering) span.classList.add('hl-' + list[n].kind);
    // The narrowest item first: the one the reader most likely points at.
    covering.sort((x, y) => (list[x].end - list[x].start) - (list[y].end - list[y].start));
    span.dataset.items = covering.join(' ');
    container.append(span);
  }
  return list;
}
