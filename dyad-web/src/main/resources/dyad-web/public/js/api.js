// Talking to Dyad's API. Every value from the server reaches the page as text (textContent)
// or through escape(); nothing is ever written as HTML.

const tokenInput = () => document.getElementById('token');

/** Calls the API and returns its JSON, or throws an Error with the server's message. */
export async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers);
  const token = tokenInput().value;
  if (options.method === 'POST' && token) headers['Authorization'] = 'Bearer ' + token;
  const response = await fetch(path, Object.assign({}, options, { headers }));
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body && body.message ? body.message : 'HTTP ' + response.status);
  return { body, response };
}

/** Query parameters from a form's non-empty fields. */
export function query(form) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (String(value).trim() !== '') params.set(name, String(value).trim());
  return params;
}

/** Text made safe for the few places that take HTML (chart tooltips). */
export function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** An element with text content and optional classes. */
export function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

export function showError(message) {
  const box = document.getElementById('error');
  box.textContent = message || '';
  box.hidden = !message;
}

export const QUAD = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
