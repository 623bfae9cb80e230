'use strict';
// Ledning's review of the access log (GET /api/atkomstlogg) with the webapps' login; the review
// itself is logged like every other read.

const ATGARDER = {LASNING: 'Läsning', ANDRING: 'Ändring'};

function el(namn, text) {
  const e = document.createElement(namn);
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

function meddela(text, fel) {
  const m = document.getElementById('meddelande');
  m.textContent = text;
  m.className = fel ? 'fel' : '';
}

async function sok(handelse) {
  handelse.preventDefault();
  const typ = document.getElementById('typ').value;
  const varde = document.getElementById('varde').value.trim();
  const fraga = typ + '=' + encodeURIComponent(varde);
  meddela('Hämtar loggen …');
  const svar = await fetch('/api/atkomstlogg?' + fraga, {credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}});
  const kropp = await svar.json().catch(() => ({}));
  if (!svar.ok) {
    meddela(kropp.detail || kropp.message || 'Loggen kunde inte hämtas (HTTP ' + svar.status + ').', true);
    return;
  }
  const huvud = el('tr');
  ['Tidpunkt', 'Användare', 'Åtgärd', 'Ärende', 'Klient-id', 'Vad', 'Svar'].forEach(t => huvud.append(el('th', t)));
  const rader = el('tbody');
  kropp.forEach(r => {
    const rad = el('tr');
    rad.append(el('td', new Date(r.tidpunkt).toLocaleString('sv-SE')), el('td', r.anvandare), el('td', ATGARDER[r.atgard] || r.atgard),
      el('td', r.arendenummer || '–'), el('td', r.klientId === null ? '–' : String(r.klientId)), el('td', r.vad), el('td', String(r.status)));
    rader.append(rad);
  });
  const tabell = el('table');
  tabell.append(el('thead'), rader);
  tabell.tHead.append(huvud);
  document.getElementById('lista').replaceChildren(tabell);
  const csv = document.getElementById('csv');
  csv.hidden = false;
  csv.onclick = () => laddaNer(fraga).catch(e => meddela(e.message, true));
  meddela(kropp.length + ' rader, de senaste först.');
  document.body.dataset.laddad = 'ja';
}

async function laddaNer(fraga) {
  const svar = await fetch('/api/atkomstlogg?' + fraga, {credentials: 'same-origin',
    headers: {Accept: 'text/csv', 'X-Requested-With': 'XMLHttpRequest'}});
  if (!svar.ok) throw new Error('Loggen kunde inte hämtas som CSV (HTTP ' + svar.status + ').');
  const lank = document.createElement('a');
  lank.href = URL.createObjectURL(await svar.blob());
  lank.download = 'atkomstlogg.csv';
  document.body.append(lank);
  lank.click();
  lank.remove();
}

document.addEventListener('DOMContentLoaded', () => document.getElementById('sok').addEventListener('submit', sok));
