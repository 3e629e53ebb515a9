// Who acts on whom: actors sized by their events, directed edges weighted by events,
// cooperation in green and conflict in red, laid out by Apache ECharts' force layout.

import { api, escape, query, showError } from './api.js';

const $ = id => document.getElementById(id);
let chart = null;
let onActor = () => {};

export function init(openActor) {
  onActor = openActor;
  $('network-form').addEventListener('submit', e => { e.preventDefault(); draw(); });
}

export async function draw() {
  try {
    const { body } = await api('/api/network?' + query($('network-form')));
    showError(null);
    render(body);
  } catch (e) {
    showError('Network: ' + e.message);
  }
}

function render(network) {
  const box = $('network-chart');
  if (!chart) {
    chart = echarts.init(box);
    chart.on('click', p => { if (p.dataType === 'node') onActor(p.data.name); });
  }
  const most = Math.max(1, ...network.nodes.map(n => n.events));
  const nodes = network.nodes.map(n => ({ name: n.code, fullName: n.name, events: n.events,
    symbolSize: 14 + 36 * Math.sqrt(n.events / most) }));
  const links = [];
  for (const e of network.edges) {
    if (e.cooperation > 0) links.push(link(e, e.cooperation, 'cooperation', '#1e7b34'));
    if (e.conflict > 0) links.push(link(e, e.conflict, 'conflict', '#b42318'));
  }
  $('network-note').textContent = `${nodes.length} actors, ${network.edges.length} directed pairs; click an actor for its events`;
  chart.setOption({
    animation: false,
    tooltip: { formatter: p => p.dataType === 'node'
      ? escape(p.data.name) + (p.data.fullName ? ' · ' + escape(p.data.fullName) : '') + '<br>' + escape(p.data.events) + ' events'
      : escape(p.data.source) + ' → ' + escape(p.data.target) + '<br>' + escape(p.data.count) + ' ' + escape(p.data.kind) + ' events' },
    legend: { data: [] },
    series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, autoCurveness: true,
      force: { repulsion: 260, edgeLength: [70, 160], gravity: 0.08 },
      label: { show: true, position: 'right', fontSize: 11 }, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
      itemStyle: { color: '#2451a6' }, data: nodes, links }]
  }, true);
  box.dataset.drawn = String(nodes.length);
}

function link(edge, count, kind, color) {
  return { source: edge.source, target: edge.target, count, kind,
    lineStyle: { color, width: 1 + 2 * Math.log2(1 + count), opacity: 0.8 } };
}
