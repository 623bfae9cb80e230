'use strict';
// The tertial or year report: one page per period that a manager can print, save as PDF or take to
// Excel, with the definitions beside the figures. ?ar=2026&tertial=3&sektion=vuxen (no tertial: the year).

const AVSNITT = [
  ['boende', 'Boende vid avslut', ['boende-vid-avslut']],
  ['flode', 'Flödet', ['nya-ansokningar', 'avslut', 'median-dagar', 'aktiva-arenden']],
  ['placeringar', 'Placeringar per sektion', ['placeringsdygn', 'placeringskostnad']],
  ['sip', 'SIP', ['sip-erbjuden', 'sip-erbjuden-stodsektioner', 'sip-accepterad']],
  ['forsokslagenheter', 'Försökslägenheter', ['forsokslagenheter-aktiva', 'lagenhetsinfo-narvaro', 'hyran-forst-besok',
    'kontraktsovertaganden', 'avvikelser']]
];

function iso(dag) {
  return dag.getFullYear() + '-' + String(dag.getMonth() + 1).padStart(2, '0') + '-' + String(dag.getDate()).padStart(2, '0');
}

/** The period the address asks for, cut at today while it runs. */
function period() {
  const parametrar = new URLSearchParams(location.search);
  const idag = iso(new Date());
  const ar = Number(parametrar.get('ar') || new Date().getFullYear());
  const tertial = parametrar.get('tertial') ? Number(parametrar.get('tertial')) : null;
  if (!Number.isInteger(ar) || ar < 2000 || ar > 2100 || (tertial !== null && ![1, 2, 3].includes(tertial))) {
    throw new Error('Välj ett år och, för en tertialrapport, tertial 1, 2 eller 3.');
  }
  const forstaManad = tertial === null ? 1 : (tertial - 1) * 4 + 1;
  const sistaManad = tertial === null ? 12 : tertial * 4;
  const fran = ar + '-' + String(forstaManad).padStart(2, '0') + '-01';
  const slut = iso(new Date(ar, sistaManad, 0));
  if (fran > idag) {
    throw new Error('Perioden har inte börjat än.');
  }
  return { ar, tertial, fran, till: slut < idag ? slut : idag, slut, pagar: slut >= idag, sektion: parametrar.get('sektion') || '' };
}

function fraga(p, indelning) {
  return 'fran=' + p.fran + '&till=' + p.till + '&indelning=' + indelning + (p.sektion ? '&sektion=' + encodeURIComponent(p.sektion) : '');
}

function matt(indikator, m) {
  return format(indikator, m) + (m.av ? ' (' + antalAv(indikator, m) + ')' : '');
}

function malen(indikatorer) {
  const rader = indikatorer.filter(i => i.mal !== null && i.mal !== undefined).map(i => {
    const rad = i.rader[0];
    const nad = nattMal(i, rad.totalt.varde === null ? null : Number(rad.totalt.varde));
    return el('tr', { 'data-indikator': i.id },
      el('th', { textContent: i.namn }),
      el('td', { textContent: malText(i).replace('Mål: ', '') }),
      KON.map(([kon]) => el('td', { 'data-kon': kon, textContent: matt(i, rad[kon]) })),
      el('td', { klass: nad === null ? '' : nad ? 'nad' : 'ejnad', textContent: nad === null ? '–' : nad ? 'Nått' : 'Inte nått' }),
      el('td', { klass: 'definition', textContent: i.definition }));
  });
  return el('section', { id: 'malen' }, el('h2', { textContent: 'Målen i verksamhetsplanen' }),
    el('table', {}, el('thead', {}, el('tr', {}, ['Mål', 'Målvärde', 'Kvinnor', 'Män', 'Totalt', 'Målet', 'Definition']
      .map(t => el('th', { textContent: t })))), el('tbody', {}, rader)));
}

function tabell(indikator) {
  const medGrupp = indikator.rader.some(r => r.grupp !== null);
  return el('div', { klass: 'indikator', 'data-indikator': indikator.id },
    el('h3', { textContent: indikator.namn }),
    el('table', {},
      el('thead', {}, el('tr', {}, medGrupp ? el('th', { textContent: 'Grupp' }) : [],
        KON.map(([, namn]) => el('th', { textContent: namn })))),
      el('tbody', {}, indikator.rader.map(r => el('tr', {},
        medGrupp ? el('td', { klass: 'grupp', textContent: GRUPPER[r.grupp] || r.grupp }) : [],
        KON.map(([kon]) => el('td', { 'data-kon': kon, 'data-grupp': r.grupp || '', textContent: matt(indikator, r[kon]) })))))),
    el('p', { klass: 'definition', textContent: indikator.definition }));
}

/** The closure reasons month by month (the unit follows them monthly), with the period's individuals beside. */
function avslutsorsaker(perManad, perioden) {
  const orsaker = perManad.indikatorer.find(i => i.id === 'avslutsorsaker');
  const utanKontakt = perManad.indikatorer.find(i => i.id === 'avslut-utan-kontakt');
  const hela = perioden.indikatorer.find(i => i.id === 'avslutsorsaker');
  const manader = [...new Set(orsaker.rader.map(r => r.period))];
  const grupper = [...new Set(orsaker.rader.map(r => r.grupp))];
  const manadsnamn = m => MANADER[Number(m.substring(5, 7)) - 1];
  const rader = grupper.map(g => el('tr', { 'data-grupp': g },
    el('td', { klass: 'grupp', textContent: GRUPPER[g] || g }),
    manader.map(m => el('td', { 'data-period': m, textContent: String(orsaker.rader.find(r => r.grupp === g && r.period === m).totalt.antal) })),
    el('td', { klass: 'summa', textContent: String(hela.rader.find(r => r.grupp === g).totalt.antal) })));
  rader.push(el('tr', { 'data-indikator': 'avslut-utan-kontakt' }, el('td', { klass: 'grupp', textContent: utanKontakt.namn }),
    manader.map(m => el('td', { textContent: format(utanKontakt, utanKontakt.rader.find(r => r.period === m).totalt) })),
    el('td', { klass: 'summa', textContent: matt(utanKontakt, perioden.indikatorer.find(i => i.id === 'avslut-utan-kontakt').rader[0].totalt) })));
  return el('section', { id: 'avslutsorsaker' }, el('h2', { textContent: 'Avslutsorsaker per månad' }),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', { textContent: 'Orsak' }),
      manader.map(m => el('th', { textContent: manadsnamn(m) })), el('th', { textContent: 'Perioden' }))), el('tbody', {}, rader)),
    el('p', { klass: 'definition', textContent: orsaker.definition + ' Perioden räknar varje klient en gång, med det sista'
      + ' avslutet under perioden; en klient som avslutades två månader står i båda. ' + utanKontakt.definition }));
}

async function laddaNerKalkylblad(p, namn) {
  const blob = await hamta('/api/indikatorer?' + fraga(p, 'AR'), 'text/csv');
  const lank = el('a', { href: URL.createObjectURL(blob), download: namn + '.csv' });
  document.body.append(lank);
  lank.click();
  lank.remove();
}

async function start() {
  let p;
  try {
    p = period();
  } catch (e) {
    meddela(e.message, true);
    return;
  }
  const namn = p.tertial === null ? 'Årsrapport ' + p.ar : 'Tertialrapport ' + p.ar + ' T' + p.tertial;
  document.title = namn + ' – Hemväg';
  document.getElementById('rubrik').textContent = 'Enheten för hemlösa: ' + namn;
  document.getElementById('skriv-ut').addEventListener('click', () => window.print());
  document.getElementById('kalkylblad').addEventListener('click', h => {
    h.preventDefault();
    laddaNerKalkylblad(p, namn.toLowerCase().replace(/ /g, '-')).catch(e => meddela(e.message, true));
  });
  try {
    const [perioden, perManad] = await Promise.all([hamta('/api/indikatorer?' + fraga(p, 'AR')),
      hamta('/api/indikatorer?' + fraga(p, 'MANAD'))]);
    const visade = new Set(['avslutsorsaker', 'avslut-utan-kontakt']);
    const delar = [malen(perioden.indikatorer), avslutsorsaker(perManad, perioden)];
    perioden.indikatorer.filter(i => i.mal !== null && i.mal !== undefined).forEach(i => visade.add(i.id));
    AVSNITT.forEach(([id, rubrik, ids]) => {
      const indikatorer = ids.map(x => perioden.indikatorer.find(i => i.id === x)).filter(i => i);
      indikatorer.forEach(i => visade.add(i.id));
      delar.push(el('section', { id }, el('h2', { textContent: rubrik }), indikatorer.map(tabell)));
    });
    const ovriga = perioden.indikatorer.filter(i => !visade.has(i.id));
    if (ovriga.length > 0) {
      delar.push(el('section', { id: 'ovrigt' }, el('h2', { textContent: 'Övrigt' }), ovriga.map(tabell)));
    }
    document.getElementById('rapport').replaceChildren(...delar);
    document.getElementById('omfattning').replaceChildren(
      p.fran + ' – ' + p.slut + ', ' + (perioden.sektion ? GRUPPER[perioden.sektion] : 'hela enheten')
        + '. Kvinnor och män; andelarna med täljare och nämnare. Hämtad ' + new Date().toLocaleString('sv-SE') + '.',
      p.pagar ? el('span', { klass: 'preliminar', textContent: ' Preliminär: perioden pågår, siffrorna gäller till och med '
        + p.till + '.' }) : '');
    meddela('');
    document.body.dataset.laddad = 'ja';
  } catch (e) {
    meddela(e.message, true);
  }
}

document.addEventListener('DOMContentLoaded', start);
