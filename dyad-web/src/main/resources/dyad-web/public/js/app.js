// The page: four views of the store and the pipeline, switched by tabs.

import { api, el } from './api.js';
import * as article from './article.js';
import * as events from './events.js';
import * as timeline from './timeline.js';
import * as network from './network.js';

const drawn = new Set();

function switchTab(name) {
  for (const b of document.querySelectorAll('nav button')) b.classList.toggle('active', b.dataset.tab === name);
  for (const s of document.querySelectorAll('section.tab')) s.hidden = s.id !== 'tab-' + name;
  // A chart is drawn the first time its tab is shown, when its box has a size.
  if (drawn.has(name)) return;
  drawn.add(name);
  if (name === 'events') events.load();
  if (name === 'timeline') timeline.draw();
  if (name === 'network') network.draw();
}

async function status() {
  try {
    const { body } = await api('/api/status');
    document.getElementById('store-status').textContent = `${body.articles} articles, ${body.events} events stored`;
    document.getElementById('token-box').hidden = !body.tokenRequired;
  } catch (e) {
    document.getElementById('store-status').textContent = 'store unavailable: ' + e.message;
  }
}

async function actorCodes() {
  try {
    const { body } = await api('/api/actors?limit=200');
    document.getElementById('actor-codes').replaceChildren(...body.map(a => {
      const o = el('option');
      o.value = a.code;
      o.label = (a.name || a.code) + ' (' + a.events + ')';
      return o;
    }));
  } catch (e) { /* suggestions only */ }
}

for (const b of document.querySelectorAll('nav button')) b.addEventListener('click', () => switchTab(b.dataset.tab));
article.init(() => { status(); actorCodes(); drawn.clear(); drawn.add('article'); });
events.init(switchTab);
timeline.init();
network.init(code => events.filterActor(code));
status();
actorCodes();
