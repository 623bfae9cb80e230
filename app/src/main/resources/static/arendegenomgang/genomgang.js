'use strict';
// The section leads' review list (GET /api/sektioner/{s}/arendegenomgang) with the webapps' login;
// a review is registered with the start form in Tasklist, under the same rules as the API.

const SEKTIONER = {mottagningen: 'Hemlöshetsmottagningen', forsorjning: 'Försörjnings- och utredningssektionen',
  vuxen: 'Vuxensektionen', 'vard-och-omsorg': 'Vård- och omsorgssektionen'};

function el(namn, text, klass) {
  const e = document.createElement(namn);
  if (text !== undefined && text !== null) e.textContent = text;
  if (klass) e.className = klass;
  return e;
}

function meddela(text, fel) {
  const m = document.getElementById('meddelande');
  m.textContent = text;
  m.className = fel ? 'fel' : '';
}

async function hamta(adress) {
  const svar = await fetch(adress, {credentials: 'same-origin', headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}});
  const kropp = await svar.json().catch(() => ({}));
  if (!svar.ok) throw new Error(kropp.detail || kropp.message || 'Listan kunde inte hämtas (HTTP ' + svar.status + ').');
  return kropp;
}

async function ladda() {
  const sektion = document.getElementById('sektion').value;
  const handlaggare = document.getElementById('handlaggare').value.trim();
  meddela('Hämtar ärendena …');
  try {
    const lista = await hamta('/api/sektioner/' + encodeURIComponent(sektion) + '/arendegenomgang'
      + (handlaggare ? '?handlaggare=' + encodeURIComponent(handlaggare) : ''));
    const huvud = el('tr');
    ['Ärende', 'Klient', 'Handläggare', 'Öppna uppgifter', 'Senaste genomgång', 'Nästa senast'].forEach(t => huvud.append(el('th', t)));
    const kropp = el('tbody');
    lista.arenden.forEach(a => {
      const rad = el('tr', null, a.forsenad ? 'forsenad' : '');
      rad.dataset.arendenummer = a.arendenummer;
      rad.append(el('td', a.arendenummer), el('td', a.klient), el('td', a.handlaggare.join(', ') || '–'),
        el('td', a.oppnaUppgifter.map(u => u.namn + (u.forfaller ? ' (' + u.forfaller + ')' : '')).join('; ') || '–'),
        el('td', a.senastGenomgang ? a.senastGenomgang + ' med ' + a.senastGenomgangMed : 'ingen ännu'),
        el('td', a.nastaGenomgangSenast + (a.forsenad ? ' – försenad' : '')));
      kropp.append(rad);
    });
    const tabell = el('table');
    tabell.append(el('thead'), kropp);
    tabell.tHead.append(huvud);
    document.getElementById('lista').replaceChildren(tabell);
    const forsenade = lista.arenden.filter(a => a.forsenad).length;
    meddela(lista.sektionsnamn + ': ' + lista.arenden.length + ' öppna ärenden, ' + forsenade
      + ' försenade (genomgång minst var ' + lista.intervall.replace('P', '').replace('M', ':e månad') + ').');
    document.body.dataset.laddad = 'ja';
  } catch (e) {
    meddela(e.message, true);
  }
}

async function start() {
  let urval;
  try {
    urval = await hamta('/api/indikatorer/urval');
  } catch (e) {
    meddela('Logga in i Tasklist först; listan visar ärendena för den som är inloggad.', true);
    return;
  }
  const sektion = document.getElementById('sektion');
  urval.sektioner.forEach(id => {
    const o = el('option', SEKTIONER[id] || id);
    o.value = id;
    sektion.append(o);
  });
  if (urval.sektioner.length === 0) {
    meddela('Ärendegenomgången är för sektionernas gruppledare och biträdande enhetschefer.', true);
    return;
  }
  sektion.addEventListener('change', ladda);
  document.getElementById('handlaggare').addEventListener('change', ladda);
  await ladda();
}

document.addEventListener('DOMContentLoaded', start);
