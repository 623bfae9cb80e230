'use strict';
// What the unit's figure pages share: Swedish names of sections, housing and reasons, the figures as
// the unit writes them ("36 % (94 av 261 individer)"), and reading Hemväg's API with the webapps' login.

const SEKTIONER = [
  ['mottagningen', 'Hemlöshetsmottagningen'],
  ['forsorjning', 'Försörjnings- och utredningssektionen'],
  ['vuxen', 'Vuxensektionen'],
  ['vard-och-omsorg', 'Vård- och omsorgssektionen']
];
const GRUPPER = Object.assign(Object.fromEntries(SEKTIONER), {
  'hela-enheten': 'Hela enheten',
  INNEBOENDE: 'Inneboende',
  FORSTAHANDSKONTRAKT: 'Förstahandskontrakt',
  FORSTAHANDSKONTRAKT_OVERTAGEN_FORSOKSLAGENHET: 'Förstahandskontrakt (övertagen försökslägenhet)',
  ANDRAHANDSKONTRAKT: 'Andrahandskontrakt',
  GENOMGANGSBOSTAD_SHIS: 'Genomgångsbostad (SHIS)',
  SARSKILT_BOENDE: 'Särskilt boende',
  INGEN_STADIGVARANDE_BOSTAD: 'Ingen stadigvarande bostad',
  OKANT: 'Okänt',
  MALEN_UPPNADDA: 'Målen uppnådda',
  KLIENTEN_AVBOJER_STOD: 'Klienten avböjer stöd',
  AVSLAG: 'Avslag',
  KONTAKT_UPPHORT: 'Kontakten upphörde',
  FLYTT: 'Flyttade',
  AVLIDEN: 'Avliden',
  ANNAN: 'Annan orsak'
});
const MANADER = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const KON = [['kvinnor', 'Kvinnor'], ['man', 'Män'], ['totalt', 'Totalt']];

function el(namn, egenskaper, ...barn) {
  const e = document.createElement(namn);
  Object.entries(egenskaper || {}).forEach(([k, v]) => {
    if (k === 'klass') e.className = v; else if (k.startsWith('data-')) e.setAttribute(k, v); else e[k] = v;
  });
  barn.flat().forEach(b => e.append(b));
  return e;
}

function meddela(text, fel) {
  const m = document.getElementById('meddelande');
  m.textContent = text;
  m.className = fel ? 'fel' : '';
}

async function hamta(adress, typ) {
  const svar = await fetch(adress, { credentials: 'same-origin', headers: { Accept: typ || 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  if (!svar.ok) {
    let text = 'Siffrorna kunde inte hämtas (HTTP ' + svar.status + ').';
    try { text = (await svar.json()).detail || text; } catch (e) { /* not a problem response */ }
    throw new Error(text);
  }
  return typ === 'text/csv' ? svar.blob() : svar.json();
}

function format(indikator, matt) {
  if (!matt || matt.varde === null || matt.varde === undefined) return '–';
  const v = Number(matt.varde);
  switch (indikator.enhet) {
    case 'andel': return Math.round(v * 100) + ' %';
    case 'kronor': return v.toLocaleString('sv-SE') + ' kr';
    case 'dagar': return v.toLocaleString('sv-SE') + ' d';
    default: return v.toLocaleString('sv-SE');
  }
}

// a share as the unit writes it: "94 av 261 individer"
function antalAv(indikator, matt) {
  if (!matt || matt.av === null || matt.av === undefined) return '';
  return matt.antal + ' av ' + matt.av + ' ' + (indikator.raknade || 'ärenden');
}

function malText(indikator) {
  if (indikator.mal === null || indikator.mal === undefined) return '';
  return 'Mål: ' + (indikator.malRiktning === 'hogst' ? 'högst ' : 'minst ') + Math.round(indikator.mal * 100) + ' %';
}

function nattMal(indikator, varde) {
  if (varde === null || indikator.mal === null) return null;
  return indikator.malRiktning === 'hogst' ? varde <= indikator.mal : varde >= indikator.mal;
}

