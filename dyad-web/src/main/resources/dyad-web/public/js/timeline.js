// A dyad's cooperation against its conflict over time, drawn by Apache ECharts: cooperation
// above the axis, conflict below it, the summed Goldstein score as a line on its own axis.

import { api, escape, query, showError, QUAD } from './api.js';

const $ = id => document.getElementById(id);
let chart = null;

export function init() {
  $('timeline-form').addEventListener('submit', e => { e.preventDefault(); draw(); });
}

export async function draw() {
  const params = query($('timeline-form'));
  const source = params.get('source') || '';
  const target = params.get('target') || '';
  params.delete('source');
  params.delete('target');
  try {
    const { body } = await api(`/api/dyads/${encodeURIComponent(source)}/${encodeURIComponent(target)}/timeline?` + params);
    showError(null);
    render(source.toUpperCase(), target.toUpperCase(), body);
  } catch (e) {
    showError('Timeline: ' + e.message);
  }
}

function render(source, target, timeline) {
  const box = $('timeline-chart');
  if (!chart) chart = echarts.init(box);
  const b = timeline.buckets;
  const events = b.reduce((n, x) => n + x.events, 0);
  $('timeline-note').textContent = `${source} → ${target}: ${events} events in ${b.length} ${timeline.interval}s with events`;
  const bar = (name, color, values) => ({ name, type: 'bar', stack: 'events', color, data: values, barMaxWidth: 40 });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', formatter: rows => tooltip(rows) },
    legend: { top: 4 },
    grid: { left: 70, right: 70, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: b.map(x => x.period), axisLabel: { rotate: 30 } },
    yAxis: [{ type: 'value', name: 'events (conflict below 0)', nameLocation: 'middle', nameGap: 45 },
      { type: 'value', name: 'summed Goldstein', nameLocation: 'middle', nameGap: 45, position: 'right' }],
    series: [
      bar(QUAD[1], '#7cc68d', b.map(x => x.verbalCooperation)),
      bar(QUAD[2], '#1e7b34', b.map(x => x.materialCooperation)),
      bar(QUAD[3], '#f19a8f', b.map(x => -x.verbalConflict)),
      bar(QUAD[4], '#b42318', b.map(x => -x.materialConflict)),
      { name: 'summed Goldstein', type: 'line', yAxisIndex: 1, color: '#2451a6', data: b.map(x => x.goldstein) }]
  }, true);
  box.dataset.drawn = String(b.length);
}

function tooltip(rows) {
  if (!rows.length) return '';
  return escape(rows[0].axisValue) + rows.map(r => '<br>' + escape(r.seriesName) + ': ' + escape(Math.abs(r.value))).join('');
}
