// "Var ärendena väntar" in Cockpit: on a process definition's diagram a badge on each stage where
// cases wait (open cases, median and 90th percentile of the days waited so far), and a tab with the
// stages per section and the cases that have waited longest. The figures are Hemväg's
// /api/vantetider, which decides whose figures the user sees (ledning the unit, a section's leads
// their own section) and logs each case number it shows.

import {element} from '../../tasklist/scripts/klienthistorik.js';

const SEKTIONER = {
  'hela-enheten': 'Hela enheten',
  mottagningen: 'Hemlöshetsmottagningen',
  forsorjning: 'Försörjnings- och utredningssektionen',
  vuxen: 'Vuxensektionen',
  'vard-och-omsorg': 'Vård- och omsorgssektionen'
};

// the badges show counts only: they ask without the case numbers, which would be logged as read
function hamta(medArenden) {
  return fetch('/api/vantetider' + (medArenden ? '' : '?arenden=false'), {credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}})
    .then((svar) => svar.text().then((text) => {
      const data = text ? JSON.parse(text) : {};
      if (!svar.ok) {
        throw new Error(data.detail || data.message || ('Hemväg svarade ' + svar.status + '.'));
      }
      return data;
    }));
}

function dagar(varde) {
  return varde === null || varde === undefined ? '–' : String(varde).replace('.', ',') + ' d';
}

function arenden(antal) {
  return antal + (antal === 1 ? ' ärende' : ' ärenden');
}

/** The figures a badge shows: the whole unit's, or the user's own section's. */
function siffrorFor(steg) {
  if (steg.helaEnheten) {
    return steg.helaEnheten;
  }
  if (steg.perSektion.length === 1) {
    return steg.perSektion[0];
  }
  const antal = steg.perSektion.reduce((summa, s) => summa + s.antal, 0);
  return {sektion: null, antal, medianDagar: null, p90Dagar: null, langstVantande: []};
}

function bricka(steg, siffror) {
  const ruta = element('div', 'hemvag-vantetid');
  ruta.setAttribute('data-steg', steg.id);
  ruta.style.cssText = 'background:#fff8e1;border:1px solid #b26a00;border-radius:3px;color:#5d3a00;'
    + 'font-size:11px;line-height:1.3;padding:1px 4px;white-space:nowrap;';
  // short, to fit beside the shape; the stage's name and when its wait begins are in the tooltip
  ruta.textContent = arenden(siffror.antal)
    + (siffror.antal > 0 ? ' · median ' + dagar(siffror.medianDagar) + ' · p90 ' + dagar(siffror.p90Dagar) : '');
  ruta.title = steg.namn + (siffror.sektion ? ', ' + (SEKTIONER[siffror.sektion] || siffror.sektion) : '') + ': '
    + steg.borjar;
  return ruta;
}

function markera(viewer, processDefinitionId) {
  const nyckel = processDefinitionId.split(':')[0];
  const register = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  hamta(false).then((rapport) => {
    rapport.steg.forEach((steg) => {
      const ids = (steg.aktiviteter[nyckel] || []).filter((id) => register.get(id));
      if (ids.length > 0) {
        overlays.add(ids[0], 'hemvag-vantetid', {position: {top: -22, left: 0},
          scale: {min: 0.8}, html: bricka(steg, siffrorFor(steg))});
      }
    });
  }).catch(() => {
    // the diagram stays as Cockpit draws it for those who do not see the unit's figures
  });
}

function langst(vantande) {
  if (vantande.length === 0) {
    return '–';
  }
  return vantande.map((v) => v.arendenummer + ' (' + v.dagar + ' d)').join(', ');
}

function flik(node, processDefinitionId) {
  const nyckel = processDefinitionId.split(':')[0];
  node.innerHTML = '<p class="text-muted">Hämtar väntetiderna …</p>';
  hamta(true).then((rapport) => {
    node.innerHTML = '';
    const rot = element('section', 'hemvag-vantetider');
    rot.appendChild(element('p', null, 'Öppna ärenden per steg den ' + rapport.idag + ': hur många som väntar, median och '
      + '90:e percentilen av dagarna de väntat hittills, och de som väntat längst. Steg i den här processen står först.'));
    const tabell = element('table', 'table table-condensed hemvag-vantetider-tabell');
    const rubrik = element('tr');
    ['Steg', 'Sektion', 'Ärenden', 'Median', '90:e percentilen', 'Väntat längst']
      .forEach((t) => rubrik.appendChild(element('th', null, t)));
    tabell.appendChild(element('thead')).appendChild(rubrik);
    const kropp = element('tbody');
    const ordning = rapport.steg.filter((s) => s.aktiviteter[nyckel])
      .concat(rapport.steg.filter((s) => !s.aktiviteter[nyckel]));
    ordning.forEach((steg) => {
      const grupper = (steg.helaEnheten ? [steg.helaEnheten] : []).concat(steg.perSektion);
      grupper.forEach((siffror, i) => {
        const rad = element('tr', steg.aktiviteter[nyckel] ? 'hemvag-i-processen' : null);
        rad.setAttribute('data-steg', steg.id);
        const namn = element('td', null, i === 0 ? steg.namn : '');
        if (i === 0) {
          namn.title = steg.borjar;
        }
        rad.appendChild(namn);
        [SEKTIONER[siffror.sektion] || siffror.sektion, String(siffror.antal), dagar(siffror.medianDagar),
          dagar(siffror.p90Dagar), langst(siffror.langstVantande)].forEach((t) => rad.appendChild(element('td', null, t)));
        kropp.appendChild(rad);
      });
    });
    tabell.appendChild(kropp);
    rot.appendChild(tabell);
    node.appendChild(rot);
  }).catch((fel) => {
    node.innerHTML = '';
    node.appendChild(element('p', 'alert alert-warning', fel.message));
  });
}

export default [
  {
    id: 'hemvag.vantetider.diagram',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 10,
    render: (viewer, {processDefinitionId}) => markera(viewer, processDefinitionId)
  },
  {
    id: 'hemvag.vantetider.flik',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 30,
    label: 'Var ärendena väntar',
    properties: {label: 'Var ärendena väntar'},
    render: (node, {processDefinitionId}) => flik(node, processDefinitionId)
  }
];
