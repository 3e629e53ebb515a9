// The event table: the filters of `dyad events`, a page at a time; a row opens its evidence.

import { api, el, query, showError, QUAD } from './api.js';
import { show } from './article.js';

const $ = id => document.getElementById(id);
const PAGE = 25;
let offset = 0;
let openTab = () => {};

export function init(switchTab) {
  openTab = switchTab;
  const form = $('event-filters');
  form.addEventListener('submit', e => { e.preventDefault(); offset = 0; load(); });
  form.addEventListener('reset', () => setTimeout(() => { offset = 0; load(); }));
  $('page-prev').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); load(); });
  $('page-next').addEventListener('click', () => { offset += PAGE; load(); });
}

/** Shows the events of one actor (from the network graph). */
export function filterActor(code) {
  const form = $('event-filters');
  form.reset();
  form.elements.actor.value = code;
  offset = 0;
  openTab('events');
  load();
}

export async function load() {
  const params = query($('event-filters'));
  params.set('offset', offset);
  params.set('limit', PAGE);
  try {
    const { body } = await api('/api/events?' + params);
    showError(null);
    rows(body);
  } catch (e) {
    showError('Events: ' + e.message);
  }
}

function rows(page) {
  const body = $('events-table').querySelector('tbody');
  body.replaceChildren();
  for (const e of page.events) {
    const tr = document.createElement('tr');
    tr.tabIndex = 0;
    tr.dataset.id = e.id;
    tr.append(el('td', e.date), el('td', e.source_code + (e.source_name ? ' · ' + e.source_name : '')),
      el('td', e.cameo + ' ' + (e.label || '')), el('td', e.target_code ? e.target_code + (e.target_name ? ' · ' + e.target_name : '') : '—'),
      el('td', e.quad_class + ' ' + QUAD[e.quad_class], 'quad-' + e.quad_class), el('td', e.goldstein),
      el('td', e.place || ''), el('td', e.num_mentions + ' / ' + e.num_sources + ' / ' + e.num_articles));
    tr.addEventListener('click', () => openEvidence(e.id));
    tr.addEventListener('keydown', k => { if (k.key === 'Enter') openEvidence(e.id); });
    body.append(tr);
  }
  const last = page.offset + page.events.length;
  $('page-info').textContent = page.total === 0 ? 'no events' : `${page.offset + 1}–${last} of ${page.total}`;
  $('page-prev').disabled = page.offset === 0;
  $('page-next').disabled = last >= page.total;
}

/** Opens an event's first report in its article, the evidence sentence marked. */
export async function openEvidence(id) {
  try {
    const { body: detail } = await api('/api/events/' + encodeURIComponent(id));
    const reports = detail.mentions.map(m => Object.assign({}, m, { open: () => openReport(m, reports) }));
    await openReport(reports[0], reports);
  } catch (e) {
    showError('Event ' + id + ': ' + e.message);
  }
}

async function openReport(report, reports) {
  const { body: article } = await api('/api/articles/' + encodeURIComponent(report.article_key));
  showError(null);
  openTab('article');
  show(article.text, article.record, { start: report.start_offset, end: report.end_offset, sentence: report.sentence },
    'stored', reports);
}
