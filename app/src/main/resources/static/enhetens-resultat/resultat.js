'use strict';
// The unit's dashboard: the figures of /api/indikatorer as key numbers, trend charts and tables.
// Reached from Cockpit; it reads the API with the webapps' login (siffror.js).

// the verksamhetsplan's goals, each a card; SIP in the support sections is measured, per section
const MALINDIKATORER = ['stadigvarande-boende', 'aterkomst-inom-ar', 'egen-forsorjning', 'jobbtorg'];
const NAMN = {
  'stadigvarande-boende': 'Stadigvarande boende vid avslut',
  'aterkomst-inom-ar': 'Återaktualiserade inom ett år',
  'egen-forsorjning': 'Avslut till egen försörjning',
  'jobbtorg': 'Aktuella på jobbtorg'
};
const DIAGRAM = ['stadigvarande-boende', 'aterkomst-inom-ar', 'egen-forsorjning', 'jobbtorg', 'sip-erbjuden', 'nya-ansokningar', 'avslut'];
const SVG = 'http://www.w3.org/2000/svg';

function svg(namn, egenskaper) {
  const e = document.createElementNS(SVG, namn);
  Object.entries(egenskaper || {}).forEach(([k, v]) => e.setAttribute(k, v));
  return e;
}

function urval(indelning) {
  const ar = document.getElementById('ar').value;
  const sektion = document.getElementById('sektion').value;
  const iAr = String(new Date().getFullYear()) === ar;
  // this year runs to today (the API's default end); earlier years to 31 December
  return 'fran=' + ar + '-01-01' + (iAr ? '' : '&till=' + ar + '-12-31') + '&indelning=' + indelning
    + (sektion ? '&sektion=' + encodeURIComponent(sektion) : '');
}

function malkort(rapport) {
  const plats = document.getElementById('mal');
  plats.replaceChildren(el('h2', { textContent: 'Målen ' + rapport.fran + ' – ' + rapport.till }));
  const rad = el('div', { klass: 'rad' });
  MALINDIKATORER.map(id => rapport.indikatorer.find(i => i.id === id)).forEach(indikator => {
    const totalt = indikator.rader[0].totalt;
    const nad = nattMal(indikator, totalt.varde);
    rad.append(el('div', { klass: 'kort', 'data-indikator': indikator.id },
      el('div', { textContent: indikator.namn }),
      el('div', { klass: 'varde ' + (nad === null ? '' : nad ? 'nad' : 'ejnad'), textContent: format(indikator, totalt),
        'data-varde': totalt.varde === null ? '' : String(totalt.varde) }),
      el('div', { klass: 'antal', textContent: totalt.av === 0 ? 'Inga ' + (indikator.raknade || 'ärenden') + ' att räkna'
        : '(' + antalAv(indikator, totalt) + ')' }),
      el('div', { klass: 'delar', textContent: 'Kvinnor ' + format(indikator, indikator.rader[0].kvinnor)
        + (indikator.rader[0].kvinnor.av ? ' (' + antalAv(indikator, indikator.rader[0].kvinnor) + ')' : '')
        + ' · Män ' + format(indikator, indikator.rader[0].man)
        + (indikator.rader[0].man.av ? ' (' + antalAv(indikator, indikator.rader[0].man) + ')' : '') }),
      el('div', { klass: 'delar', textContent: malText(indikator) }),
      nad === null ? '' : el('div', { klass: 'malstatus ' + (nad ? 'nad' : 'ejnad'),
        textContent: nad ? '✔ Målet är nått' : '✖ Målet är inte nått' })));
  });
  plats.append(rad);
}

function linjediagram(indikator) {
  const rader = indikator.rader.filter(r => r.grupp === null);
  const bredd = 440, hojd = 220, vanster = 48, botten = 30, topp = 10, hoger = 10;
  const varden = rader.flatMap(r => KON.map(([k]) => r[k].varde)).filter(v => v !== null).map(Number);
  const andel = indikator.enhet === 'andel';
  let max = Math.max(andel ? 0.5 : 1, ...varden, indikator.mal === null ? 0 : Number(indikator.mal) * 1.2);
  if (andel) max = Math.min(1, Math.ceil(max * 10) / 10);
  const x = i => vanster + (rader.length <= 1 ? 0 : i * (bredd - vanster - hoger) / (rader.length - 1));
  const y = v => topp + (hojd - topp - botten) * (1 - v / max);
  const ritning = svg('svg', { width: bredd, height: hojd, viewBox: '0 0 ' + bredd + ' ' + hojd, role: 'img',
    'aria-label': indikator.namn + ', trend per månad' });
  const steg = andel ? (max <= 0.5 ? 0.1 : 0.2) : max / 4;
  for (let s = 0; s * steg <= max + 1e-9; s++) {
    const v = s * steg;
    ritning.append(svg('line', { x1: vanster, x2: bredd - hoger, y1: y(v), y2: y(v), stroke: '#eee' }));
    const text = svg('text', { x: vanster - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#555' });
    text.textContent = andel ? Math.round(v * 100) + ' %' : Math.round(v).toLocaleString('sv-SE');
    ritning.append(text);
  }
  rader.forEach((r, i) => {
    const text = svg('text', { x: x(i), y: hojd - 10, 'text-anchor': 'middle', 'font-size': 10, fill: '#555' });
    text.textContent = MANADER[Number(r.fran.substring(5, 7)) - 1];
    ritning.append(text);
  });
  if (indikator.mal !== null) {
    ritning.append(svg('line', { x1: vanster, x2: bredd - hoger, y1: y(indikator.mal), y2: y(indikator.mal),
      stroke: '#2e7d32', 'stroke-dasharray': '6 4', 'stroke-width': 1.5, 'data-mal': indikator.mal }));
  }
  const pagaendeManad = new Date().toISOString().substring(0, 7);
  [['kvinnor', '#c2185b', 'Kvinnor'], ['man', '#1565c0', 'Män'], ['totalt', '#333', 'Totalt']].forEach(([kon, farg, namn]) => {
    let d = '';
    let ny = true;
    rader.forEach((r, i) => {
      if (r[kon].varde === null) { ny = true; return; }
      // the month in progress is not a month's figure yet: a hollow point, outside the line
      const pagar = r.fran.substring(0, 7) === pagaendeManad;
      if (!pagar) {
        d += (ny ? 'M' : 'L') + x(i).toFixed(1) + ' ' + y(Number(r[kon].varde)).toFixed(1) + ' ';
        ny = false;
      }
      const punkt = svg('circle', { cx: x(i), cy: y(Number(r[kon].varde)), r: pagar ? 3.5 : 3, fill: pagar ? '#fff' : farg,
        stroke: farg, 'stroke-width': 1.5, 'data-kon': kon, 'data-period': r.period });
      const titel = svg('title', {});
      titel.textContent = namn + ', ' + MANADER[Number(r.fran.substring(5, 7)) - 1] + ' ' + r.fran.substring(0, 4) + ': '
        + format(indikator, r[kon]) + (r[kon].av === null ? '' : ' (' + antalAv(indikator, r[kon]) + ')')
        + (pagar ? ', månaden pågår' : '');
      punkt.append(titel);
      ritning.append(punkt);
    });
    ritning.append(svg('path', { d: d.trim(), fill: 'none', stroke: farg, 'stroke-width': kon === 'totalt' ? 2.5 : 1.8,
      'data-kon': kon }));
  });
  const forklaring = el('div', { klass: 'teckenforklaring' },
    el('span', { klass: 'kvinnor', textContent: '● Kvinnor' }), el('span', { klass: 'man', textContent: '● Män' }),
    el('span', { klass: 'totalt', textContent: '● Totalt' }),
    indikator.mal === null ? '' : el('span', { klass: 'malfarg', textContent: '- - ' + malText(indikator) }),
    el('span', { textContent: '○ Månaden pågår' }));
  return el('figure', { 'data-indikator': indikator.id }, el('figcaption', { textContent: indikator.namn }), ritning, forklaring);
}

function diagram(rapport) {
  const plats = document.getElementById('diagram');
  plats.replaceChildren(el('h2', { textContent: 'Trend per månad' }));
  const rad = el('div', { klass: 'rad' });
  DIAGRAM.map(id => rapport.indikatorer.find(i => i.id === id)).forEach(i => rad.append(linjediagram(i)));
  plats.append(rad);
}

async function laddaNerCsv(indikator) {
  const blob = await hamta('/api/indikatorer/' + indikator.id + '?' + urval(document.getElementById('indelning').value),
    'text/csv');
  const lank = el('a', { href: URL.createObjectURL(blob), download: indikator.id + '.csv' });
  document.body.append(lank);
  lank.click();
  lank.remove();
}

function tabell(indikator) {
  const medGrupp = indikator.rader.some(r => r.grupp !== null);
  const huvud = el('tr', {}, el('th', { textContent: 'Period' }), medGrupp ? el('th', { textContent: 'Grupp' }) : [],
    KON.map(([, namn]) => el('th', { textContent: namn })));
  const rader = indikator.rader.map(r => el('tr', {},
    el('td', { textContent: r.period }),
    medGrupp ? el('td', { klass: 'grupp', textContent: GRUPPER[r.grupp] || r.grupp }) : [],
    KON.map(([kon]) => el('td', { 'data-indikator': indikator.id, 'data-period': r.period, 'data-grupp': r.grupp || '',
      'data-kon': kon, 'data-varde': r[kon].varde === null ? '' : String(r[kon].varde) },
    format(indikator, r[kon]), r[kon].av === null ? '' : el('small', { textContent: ' (' + antalAv(indikator, r[kon]) + ')' })))));
  const knapp = el('button', { type: 'button', klass: 'csv', textContent: 'Ladda ner CSV' });
  knapp.addEventListener('click', () => laddaNerCsv(indikator).catch(e => meddela(e.message, true)));
  return el('section', { klass: 'tabell', 'data-indikator': indikator.id },
    el('h3', { textContent: indikator.namn + (indikator.mal === null ? '' : ' (' + malText(indikator) + ')') }),
    el('p', { klass: 'definition', textContent: indikator.definition }),
    el('table', {}, el('thead', {}, huvud), el('tbody', {}, rader)), knapp);
}

function kronor(belopp) {
  return belopp === null || belopp === undefined ? '–' : Number(belopp).toLocaleString('sv-SE') + ' kr';
}

// The section's placement budget month by month with the year's forecast: for ledning and the section's leads.
async function budget() {
  const plats = document.getElementById('budget');
  const sektion = document.getElementById('sektion').value;
  plats.replaceChildren();
  if (!sektion) return;
  let uppfoljning;
  try {
    uppfoljning = await hamta('/api/sektioner/' + encodeURIComponent(sektion) + '/budget?ar='
      + document.getElementById('ar').value);
  } catch (e) {
    return; // not this user's to see: the rest of the page stands
  }
  const rader = uppfoljning.manader.map((m, i) => el('tr', { 'data-manad': m.manad },
    el('td', { textContent: MANADER[i] }), el('td', { textContent: kronor(m.budget) }),
    el('td', { textContent: m.paborjad ? kronor(m.utfall) : '–' }),
    el('td', { klass: m.avvikelse !== null && m.avvikelse < 0 ? 'over' : '', textContent: m.paborjad ? kronor(m.avvikelse) : '–' })));
  plats.append(el('h2', { textContent: 'Budgetuppföljning: placeringar, ' + GRUPPER[sektion] }),
    el('p', { klass: 'definition', textContent: 'Placeringarnas kostnad per månad mot den budget enheten satt. Prognosen är '
      + 'kostnaden hittills och de pågående placeringarna fram till sitt slutdatum (eller årets slut).' }),
    el('p', { klass: 'prognos', 'data-prognos': String(uppfoljning.prognos) },
      'Årsbudget ' + kronor(uppfoljning.arsbudget) + ', utfall hittills ' + kronor(uppfoljning.utfallHittills)
      + ', prognos för året ' + kronor(uppfoljning.prognos)
      + (uppfoljning.prognosAvvikelse === null ? '' : ' (' + (uppfoljning.prognosAvvikelse < 0 ? 'över' : 'under')
        + ' budget med ' + kronor(Math.abs(uppfoljning.prognosAvvikelse)) + ')') + '.'),
    el('table', {}, el('thead', {}, el('tr', {}, ['Månad', 'Budget', 'Utfall', 'Avvikelse']
      .map(t => el('th', { textContent: t })))), el('tbody', {}, rader)));
}

// the unit's published results before Hemväg, beside the goals: imported, counted in individuals
async function baslinje() {
  const publicerat = await hamta('/api/indikatorer/baslinje');
  const ar = [...new Set(publicerat.resultat.map(r => r.ar))].sort();
  const huvud = el('tr', {}, el('th', { textContent: 'Mål' }), ...ar.map(a => el('th', { textContent: String(a) })));
  const rader = MALINDIKATORER.filter(id => publicerat.resultat.some(r => r.indikator === id)).map(id => el('tr', { 'data-indikator': id },
    el('th', { textContent: NAMN[id] }),
    ...ar.map(a => {
      const r = publicerat.resultat.find(x => x.indikator === id && x.ar === a);
      return el('td', { textContent: r ? Math.round(r.andel * 100) + ' % (' + r.individer + ' individer)' : '–' });
    })));
  document.getElementById('baslinje').replaceChildren(
    el('h2', { textContent: 'Före Hemväg: enhetens publicerade resultat' }),
    el('table', { klass: 'baslinje' }, el('thead', {}, huvud), el('tbody', {}, ...rader)),
    el('p', { klass: 'delar', textContent: publicerat.anmarkning + ' Källa: ' + publicerat.kalla + '.' }));
}

// links to the tertial and year reports of the chosen year and section, those that have begun
function periodrapporter() {
  const ar = Number(document.getElementById('ar').value);
  const sektion = document.getElementById('sektion').value;
  const idag = new Date();
  const adress = tertial => 'period.html?ar=' + ar + (tertial ? '&tertial=' + tertial : '')
    + (sektion ? '&sektion=' + encodeURIComponent(sektion) : '');
  const lankar = [1, 2, 3].filter(t => ar < idag.getFullYear() || (t - 1) * 4 <= idag.getMonth())
    .map(t => el('a', { href: adress(t), target: '_blank', 'data-tertial': String(t), textContent: 'tertial ' + t }));
  lankar.push(el('a', { href: adress(null), target: '_blank', 'data-tertial': 'ar', textContent: 'helår ' + ar }));
  document.getElementById('periodrapporter').replaceChildren('Rapport att skriva ut eller spara som PDF: ',
    ...lankar.flatMap((l, i) => i === 0 ? [l] : [' · ', l]));
}

async function ladda() {
  meddela('Hämtar siffrorna …');
  try {
    const indelning = document.getElementById('indelning').value;
    const [helaAret, perManad, tabeller] = await Promise.all([hamta('/api/indikatorer?' + urval('AR')),
      hamta('/api/indikatorer?' + urval('MANAD')), hamta('/api/indikatorer?' + urval(indelning))]);
    periodrapporter();
    malkort(helaAret);
    diagram(perManad);
    await budget();
    document.getElementById('tabeller').replaceChildren(el('h2', { textContent: 'Tabeller' }),
      ...tabeller.indikatorer.map(tabell));
    meddela('Siffrorna gäller ' + tabeller.fran + ' – ' + tabeller.till + (tabeller.sektion ? ', ' + GRUPPER[tabeller.sektion] : '')
      + '. Hämtade ' + new Date().toLocaleString('sv-SE') + '.');
    document.body.dataset.laddad = 'ja';
  } catch (e) {
    meddela(e.message, true);
  }
}

async function start() {
  const inloggning = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
  if (!inloggning.ok) {
    meddela('Logga in i Tasklist eller Cockpit först; sidan visar siffrorna för den som är inloggad.', true);
    document.getElementById('meddelande').append(' ', el('a', { href: '/camunda/app/cockpit/default/', textContent: 'Till Cockpit' }));
    return;
  }
  const iAr = new Date().getFullYear();
  const ar = document.getElementById('ar');
  for (let a = iAr; a > iAr - 5; a--) ar.append(el('option', { value: String(a), textContent: String(a) }));
  const sektion = document.getElementById('sektion');
  let urval;
  try {
    urval = await hamta('/api/indikatorer/urval');
  } catch (e) {
    meddela(e.message, true);
    return;
  }
  if (!urval.helaEnheten) {
    sektion.replaceChildren();
  }
  const nav = document.querySelector('header nav');
  if (urval.sektioner.length > 0) {
    nav.append(' · ', el('a', { id: 'hemvag-arendegenomgang', href: '/arendegenomgang/', textContent: 'Ärendegenomgång' }));
  }
  if (urval.helaEnheten) {
    nav.append(' · ', el('a', { id: 'hemvag-atkomstlogg', href: '/atkomstlogg/', textContent: 'Åtkomstlogg' }));
  }
  SEKTIONER.filter(([id]) => urval.sektioner.includes(id))
    .forEach(([id, namn]) => sektion.append(el('option', { value: id, textContent: namn })));
  if (!urval.helaEnheten && urval.sektioner.length === 0) {
    meddela('Enhetens siffror är för ledningen och sektionernas gruppledare och biträdande enhetschefer.', true);
    return;
  }
  ['ar', 'indelning', 'sektion'].forEach(id => document.getElementById(id).addEventListener('change', ladda));
  try {
    await baslinje();
  } catch (e) {
    meddela(e.message, true);
  }
  await ladda();
}

document.addEventListener('DOMContentLoaded', start);
