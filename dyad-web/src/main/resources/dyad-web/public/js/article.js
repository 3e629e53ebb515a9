// The article view: code a pasted or uploaded article, or open a stored one at an event's
// evidence, and show it with everything Dyad read in it; details on hover and click.

import { api, el, showError, QUAD } from './api.js';
import { items, render } from './highlight.js';

const $ = id => document.getElementById(id);
let shown = [];
let pinned = null;

export function init(onStored) {
  $('code-form').addEventListener('submit', async event => {
    event.preventDefault();
    await code(onStored);
  });
  $('article-file').addEventListener('change', readFile);
  const text = $('article-text');
  text.addEventListener('mouseover', e => { if (!pinned) describe(e.target); });
  text.addEventListener('click', e => {
    if (pinned) pinned.classList.remove('pinned');
    pinned = e.target.dataset && e.target.dataset.items !== undefined && pinned !== e.target ? e.target : null;
    if (pinned) pinned.classList.add('pinned');
    describe(e.target);
  });
}

async function code(onStored) {
  const text = $('article-input').value;
  if (!text.trim()) { showError('Paste or open an article first.'); return; }
  const article = { text };
  for (const [field, id] of [['published', 'article-published'], ['source', 'article-source'], ['title', 'article-title']]) {
    if ($(id).value.trim()) article[field] = $(id).value.trim();
  }
  const store = $('article-store').checked;
  $('code-button').disabled = true;
  $('code-button').textContent = 'Coding…';
  try {
    const { body, response } = await api('/api/code' + (store ? '?store=true' : ''),
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(article) });
    showError(null);
    show(text, body, null, store ? (response.status === 201 ? 'stored' : 'already stored') : 'not stored');
    if (store) onStored();
  } catch (e) {
    showError('Coding failed: ' + e.message);
  } finally {
    $('code-button').disabled = false;
    $('code-button').textContent = 'Code';
  }
}

/** Reads a text file into the form; a .json file may hold {text, published, source, title}. */
function readFile(event) {
  const file = event.target.files[0];
  if (!file) return;
  file.text().then(content => {
    if (file.name.toLowerCase().endsWith('.json')) {
      try {
        const a = JSON.parse(content);
        $('article-input').value = a.text || '';
        $('article-published').value = a.published || '';
        $('article-source').value = a.source || '';
        $('article-title').value = a.title || '';
        return;
      } catch (e) { showError(file.name + ': not a JSON article (' + e.message + ')'); return; }
    }
    $('article-input').value = content;
    if (!$('article-title').value) $('article-title').value = file.name.replace(/\.[^.]*$/, '');
  });
}

/**
 * Shows an article and its record; with evidence {start, end}, marks that sentence and
 * scrolls to it. reports: the other articles that report the opened event.
 */
export function show(text, record, evidence, note, reports) {
  $('article-view').hidden = false;
  const a = record.article;
  $('article-heading').textContent = a.title || a.id;
  $('article-meta').textContent = [a.source, 'published ' + a.published + ' (' + a.publishedFrom + ')', a.url, note]
    .filter(Boolean).join(' · ');
  $('article-counts').textContent = `${record.events.length} events, ${record.mentions.length} actor mentions, `
    + `${record.quotes.length} quotations, ${record.times.length} times`;
  reportLinks(reports);
  shown = render($('article-text'), text, items(text, record, evidence));
  pinned = null;
  $('details').replaceChildren(el('p', 'Point at or click a highlight for its code, label, resolution and the rule that fired.', 'muted'));
  eventRows(record);
  if (evidence) {
    const mark = $('article-text').querySelector('.hl-evidence');
    if (mark) { mark.scrollIntoView({ block: 'center' }); describe(mark); }
  }
}

function reportLinks(reports) {
  const box = $('article-reports');
  box.replaceChildren();
  if (!reports || reports.length < 2) return;
  box.append('Reported by ' + reports.length + ' articles: ');
  reports.forEach((r, n) => {
    const b = el('button', (r.outlet || r.article_id) + ' (' + r.published + ')');
    b.type = 'button';
    b.addEventListener('click', () => r.open());
    if (n > 0) box.append(' ');
    box.append(b);
  });
}

function eventRows(record) {
  const body = $('article-events').querySelector('tbody');
  body.replaceChildren();
  for (const e of record.events) {
    const tr = document.createElement('tr');
    tr.append(el('td', e.date), el('td', e.source.code + ' (' + e.source.text + ')'),
      el('td', e.cameo + ' ' + e.label), el('td', e.target ? e.target.code + ' (' + e.target.text + ')' : '—'),
      el('td', e.location ? e.location.name : ''), el('td', e.evidence.pattern, 'code'));
    body.append(tr);
  }
}

/** The details of every item under the pointer, narrowest first. */
function describe(target) {
  if (!target.dataset || target.dataset.items === undefined) return;
  const box = $('details');
  box.replaceChildren();
  for (const n of target.dataset.items.split(' ')) box.append(...details(shown[Number(n)]));
}

function details(item) {
  const d = item.data;
  switch (item.kind) {
    case 'mention': return card('Actor: ' + d.text, [['code', d.code || 'not coded (no dictionary knows it)'], ['name', d.name],
      ['country', d.country], ['role', d.role], ['type', d.type], ['resolution', d.resolvedBy]]);
    case 'predicate': return card('Event ' + d.cameo + ': ' + d.label, [['source', d.source.code + ' (' + d.source.text + ')'],
      ['target', d.target ? d.target.code + ' (' + d.target.text + ')' : '—'], ['date', d.date + (d.dateText ? ' ("' + d.dateText + '")' : ' (publication date)')],
      ['QuadClass', d.quadClass + ' ' + QUAD[d.quadClass]], ['Goldstein', d.goldstein], ['PLOVER', d.plover + (d.ploverMode ? ' / ' + d.ploverMode : '')],
      ['place', d.location ? d.location.name + ' (' + d.location.kind + ', ' + d.location.country + ')' : '—'],
      ['rule', d.evidence.pattern], ['predicate', d.evidence.trigger], ['confidence', d.confidence],
      ['reported by', d.attribution && d.attribution.speaker ? d.attribution.speaker.name : '—'], ['negated', d.negated ? 'yes' : 'no']]);
    case 'quote': return card('Quotation', [['speaker', d.speaker ? d.speaker.name + (d.speaker.code ? ' [' + d.speaker.code + ']' : '') : 'unknown'],
      ['verb', d.verb], ['via', (d.via || []).join(', ')]]);
    case 'time': return card('Time: ' + d.text, [['value', d.value]]);
    default: return card('Evidence of the opened event', [['sentence', d.sentence], ['offsets', d.start + '–' + d.end]]);
  }
}

function card(title, rows) {
  const dl = document.createElement('dl');
  for (const [k, v] of rows) if (v !== null && v !== undefined && v !== '') dl.append(el('dt', k), el('dd', v));
  return [el('h4', title), dl];
}
