// "Flytta pågående ärenden": a tab on a process definition in Cockpit for process owners. It lists
// the versions with their running cases, shows the plan for moving the cases of this version to
// another (every activity with the same id, plus the owner's own mappings), with what stops it, and
// runs it as the engine's batch (Hemväg's /api/processversioner, with the webapps' CSRF token).

import {element} from '../../tasklist/scripts/klienthistorik.js';

const API = '/api/processversioner/';

function token() {
  const kaka = document.cookie.split('; ').find((k) => k.startsWith('XSRF-TOKEN='));
  return kaka ? decodeURIComponent(kaka.substring('XSRF-TOKEN='.length)) : '';
}

function anropa(metod, sokvag, kropp) {
  const huvuden = {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
  if (kropp) {
    huvuden['Content-Type'] = 'application/json';
    huvuden['X-XSRF-TOKEN'] = token();
  }
  return fetch(API + sokvag, {method: metod, credentials: 'same-origin', headers: huvuden,
    body: kropp ? JSON.stringify(kropp) : undefined})
    .then((svar) => svar.text().then((text) => {
      const data = text ? JSON.parse(text) : {};
      if (!svar.ok) {
        throw new Error(data.detail || data.message || ('Hemväg svarade ' + svar.status + '.'));
      }
      return data;
    }));
}

function arenden(antal) {
  return antal + (antal === 1 ? ' ärende' : ' ärenden');
}

function meddelande(node, klass, text) {
  node.innerHTML = '';
  node.appendChild(element('p', 'alert ' + klass, text));
}

function versionstabell(versioner, denna) {
  const tabell = element('table', 'table table-condensed hemvag-versioner');
  const rubrik = element('tr');
  ['Version', 'Versionstagg', 'Driftsatt', 'Pågående ärenden'].forEach((t) => rubrik.appendChild(element('th', null, t)));
  tabell.appendChild(element('thead')).appendChild(rubrik);
  const kropp = element('tbody');
  versioner.forEach((v) => {
    const rad = element('tr', v.id === denna ? 'info' : null);
    [String(v.version) + (v.id === denna ? ' (den här)' : ''), v.versionstagg || '–',
      new Date(v.driftsatt).toLocaleString('sv-SE'), String(v.pagaendeArenden)]
      .forEach((t) => rad.appendChild(element('td', null, t)));
    kropp.appendChild(rad);
  });
  tabell.appendChild(kropp);
  return tabell;
}

function mappningar(text) {
  const resultat = {};
  text.split('\n').map((rad) => rad.trim()).filter((rad) => rad).forEach((rad) => {
    const delar = rad.split(/\s*(?:->|→)\s*/);
    if (delar.length === 2 && delar[0] && delar[1]) {
      resultat[delar[0]] = delar[1];
    }
  });
  return resultat;
}

function visaPlan(ruta, plan, flytta) {
  ruta.innerHTML = '';
  ruta.appendChild(element('h4', null, 'Planen: ' + arenden(plan.arenden) + ' pågår'));
  const tabell = element('table', 'table table-condensed hemvag-flyttplan');
  const rubrik = element('tr');
  ['Väntar nu vid', 'Väntar sedan vid'].forEach((t) => rubrik.appendChild(element('th', null, t)));
  tabell.appendChild(element('thead')).appendChild(rubrik);
  const kropp = element('tbody');
  plan.steg.forEach((steg) => {
    const rad = element('tr');
    rad.appendChild(element('td', null, steg.franNamn));
    rad.appendChild(element('td', null, steg.tillNamn));
    kropp.appendChild(rad);
  });
  tabell.appendChild(kropp);
  ruta.appendChild(tabell);
  if (plan.fel.length > 0) {
    const fel = element('ul', 'alert alert-danger hemvag-flyttfel');
    plan.fel.forEach((f) => fel.appendChild(element('li', null, f)));
    ruta.appendChild(fel);
    return;
  }
  if (plan.arenden === 0) {
    ruta.appendChild(element('p', 'alert alert-info', 'Inga ärenden pågår på den här versionen.'));
    return;
  }
  const knapp = element('button', 'btn btn-primary hemvag-flytta', 'Flytta ' + arenden(plan.arenden));
  knapp.type = 'button';
  const bekrafta = element('button', 'btn btn-danger hemvag-bekrafta', 'Ja, flytta ' + arenden(plan.arenden) + ' nu');
  bekrafta.type = 'button';
  bekrafta.style.display = 'none';
  knapp.addEventListener('click', () => {
    knapp.style.display = 'none';
    bekrafta.style.display = '';
  });
  bekrafta.addEventListener('click', () => {
    bekrafta.disabled = true;
    flytta();
  });
  ruta.appendChild(knapp);
  ruta.appendChild(bekrafta);
}

function visa(node, processDefinitionId) {
  const nyckel = processDefinitionId.split(':')[0];
  node.innerHTML = '<p class="text-muted">Hämtar versionerna …</p>';
  anropa('GET', encodeURIComponent(nyckel)).then((versioner) => {
    node.innerHTML = '';
    const rot = element('section', 'hemvag-flytta-arenden');
    rot.appendChild(element('p', null, 'Pågående ärenden går klart på den version de startade på, om de inte flyttas. '
      + 'Steg med samma id i den andra versionen tar över av sig själva; för ett steg som bytt id anger du vart ärendena ska.'));
    rot.appendChild(versionstabell(versioner, processDefinitionId));
    const andra = versioner.filter((v) => v.id !== processDefinitionId);
    if (andra.length === 0) {
      rot.appendChild(element('p', 'text-muted', 'Det finns ingen annan version att flytta ärendena till.'));
      node.appendChild(rot);
      return;
    }
    const formular = element('form', 'form-horizontal');
    const val = element('select', 'form-control hemvag-till');
    andra.forEach((v) => {
      const alternativ = element('option', null, 'Version ' + v.version + (v.versionstagg ? ' (' + v.versionstagg + ')' : ''));
      alternativ.value = v.id;
      val.appendChild(alternativ);
    });
    formular.appendChild(element('label', null, 'Flytta den här versionens ärenden till'));
    formular.appendChild(val);
    formular.appendChild(element('label', null, 'Steg som bytt id, ett per rad: gammalt id -> nytt id'));
    const egna = element('textarea', 'form-control hemvag-mappningar');
    egna.rows = 3;
    formular.appendChild(egna);
    const visaKnapp = element('button', 'btn btn-default hemvag-visa-plan', 'Visa planen');
    visaKnapp.type = 'submit';
    formular.appendChild(visaKnapp);
    rot.appendChild(formular);
    const ruta = element('div', 'hemvag-plan');
    rot.appendChild(ruta);
    node.appendChild(rot);

    formular.addEventListener('submit', (handelse) => {
      handelse.preventDefault();
      const begaran = {fran: processDefinitionId, till: val.value, mappningar: mappningar(egna.value)};
      meddelande(ruta, 'alert-info', 'Prövar planen …');
      anropa('POST', 'flyttplan', begaran)
        .then((plan) => visaPlan(ruta, plan, () => anropa('POST', 'flytt', begaran)
          .then((flytt) => meddelande(ruta, 'alert-success hemvag-flyttad', arenden(flytt.arenden) + ' flyttas i batchen '
            + flytt.batch + '. Följ den i Cockpit under Batcher.'))
          .catch((fel) => meddelande(ruta, 'alert-danger', fel.message))))
        .catch((fel) => meddelande(ruta, 'alert-danger', fel.message));
    });
  }).catch((fel) => meddelande(node, 'alert-warning', fel.message));
}

export default {
  id: 'hemvag.flytta-arenden',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 40,
  label: 'Flytta pågående ärenden',
  properties: {label: 'Flytta pågående ärenden'},
  render: (node, {processDefinitionId}) => visa(node, processDefinitionId)
};
