'use strict';
// "Var ärendena väntar" on the unit's dashboard: per stage of the process, the open cases, the median
// and 90th percentile of the days waited so far, and the cases that have waited longest, from
// /api/vantetider for the section chosen above (or the user's own figures).
(function () {
  const NAMN = {
    'hela-enheten': 'Hela enheten',
    mottagningen: 'Hemlöshetsmottagningen',
    forsorjning: 'Försörjnings- och utredningssektionen',
    vuxen: 'Vuxensektionen',
    'vard-och-omsorg': 'Vård- och omsorgssektionen'
  };

  function cell(namn, text, klass) {
    const e = document.createElement(namn);
    e.textContent = text;
    if (klass) e.className = klass;
    return e;
  }

  function dagar(varde) {
    return varde === null || varde === undefined ? '–' : String(varde).replace('.', ',');
  }

  function langst(vantande) {
    return vantande.length === 0 ? '–' : vantande.map(v => v.arendenummer + ' (' + v.dagar + ' d)').join(', ');
  }

  function visa(ruta, rapport) {
    const tabell = document.createElement('table');
    tabell.id = 'vantetider-tabell';
    const huvud = document.createElement('tr');
    ['Steg', 'Sektion', 'Ärenden', 'Median dagar', '90:e percentilen, dagar', 'Väntat längst']
      .forEach(t => huvud.append(cell('th', t)));
    tabell.append(document.createElement('thead'));
    tabell.tHead.append(huvud);
    const kropp = document.createElement('tbody');
    rapport.steg.forEach(steg => {
      const grupper = (steg.helaEnheten ? [steg.helaEnheten] : []).concat(steg.perSektion);
      grupper.forEach((siffror, i) => {
        const rad = document.createElement('tr');
        rad.setAttribute('data-steg', steg.id);
        rad.setAttribute('data-sektion', siffror.sektion);
        const namn = cell('td', i === 0 ? steg.namn : '', 'grupp');
        if (i === 0) namn.title = steg.borjar;
        rad.append(namn, cell('td', NAMN[siffror.sektion] || siffror.sektion, 'grupp'), cell('td', String(siffror.antal)),
          cell('td', dagar(siffror.medianDagar)), cell('td', dagar(siffror.p90Dagar)),
          cell('td', langst(siffror.langstVantande), 'grupp'));
        kropp.append(rad);
      });
    });
    tabell.append(kropp);
    ruta.replaceChildren(cell('h2', 'Var ärendena väntar'),
      cell('p', 'Öppna ärenden den ' + rapport.idag + ' per steg: hur många som väntar där nu, median och 90:e percentilen'
        + ' av dagarna de väntat i steget hittills, och de som väntat längst. Håll muspekaren över ett steg för när'
        + ' väntan börjar.', 'definition'),
      tabell);
  }

  async function ladda() {
    const ruta = document.getElementById('vantetider');
    const val = document.getElementById('sektion');
    const sektion = val ? val.value : '';
    try {
      const svar = await fetch('/api/vantetider' + (sektion ? '?sektion=' + encodeURIComponent(sektion) : ''),
        { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
      const data = await svar.json().catch(() => ({}));
      if (!svar.ok) throw new Error(data.detail || 'Väntetiderna kunde inte hämtas (HTTP ' + svar.status + ').');
      visa(ruta, data);
    } catch (fel) {
      ruta.replaceChildren(cell('h2', 'Var ärendena väntar'), cell('p', fel.message, 'definition'));
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const val = document.getElementById('sektion');
    if (val) val.addEventListener('change', ladda);
    ladda();
  });
})();
