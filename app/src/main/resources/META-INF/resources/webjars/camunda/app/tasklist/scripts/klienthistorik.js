// "Klientens historik": a tab on every task in Tasklist with the client's whole history, newest
// first (GET /api/uppgifter/{task}/klienthistorik; the same case rules and access log as the API).

export function visaKlienthistorik(node, adress) {
  node.innerHTML = '<p class="text-muted">Hämtar klientens historik …</p>';
  fetch(adress, {credentials: 'same-origin', headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}})
    .then((svar) => svar.json().then((kropp) => ({svar, kropp})))
    .then(({svar, kropp}) => {
      if (!svar.ok) {
        node.innerHTML = '<p class="alert alert-warning"></p>';
        node.querySelector('p').textContent = kropp.message || 'Klientens historik kunde inte visas.';
        return;
      }
      node.innerHTML = '';
      node.appendChild(historik(kropp));
    })
    .catch(() => {
      node.innerHTML = '<p class="alert alert-danger">Klientens historik kunde inte hämtas. Försök igen.</p>';
    });
}

export function element(namn, klass, text) {
  const e = document.createElement(namn);
  if (klass) {
    e.className = klass;
  }
  if (text !== undefined && text !== null) {
    e.textContent = text;
  }
  return e;
}

function historik(vy) {
  const rot = element('section', 'hemvag-klienthistorik');
  rot.appendChild(element('h3', null, vy.klient.namn + ' (' + vy.klient.identitetsnummer + ')'));
  const arenden = vy.arenden.map((a) => a.arendenummer + (a.avslutad ? ' (avslutat ' + a.avslutad + ')' : ' (pågår)'));
  rot.appendChild(element('p', null, 'Ärenden: ' + arenden.join(', ') + '.'
    + (vy.arendenUtanInsyn > 0 ? ' Klienten har ' + vy.arendenUtanInsyn + ' ärende(n) till som du inte arbetar med.' : '')));
  if (vy.historik.length === 0) {
    rot.appendChild(element('p', 'text-muted', 'Inget registrerat ännu.'));
    return rot;
  }
  const lista = element('ol', 'list-unstyled hemvag-tidslinje');
  vy.historik.forEach((post) => {
    const rad = element('li', 'hemvag-post');
    rad.style.borderLeft = '3px solid #b5152b';
    rad.style.padding = '4px 0 8px 12px';
    const rubrik = element('div');
    rubrik.appendChild(element('strong', null, post.datum + ' · ' + post.rubrik));
    if (post.arendenummer) {
      rubrik.appendChild(element('span', 'text-muted', ' · ärende ' + post.arendenummer));
    }
    rad.appendChild(rubrik);
    if (post.text) {
      rad.appendChild(element('div', null, post.text));
    }
    if (post.vem) {
      rad.appendChild(element('div', 'text-muted small', 'Registrerat av ' + post.vem));
    }
    lista.appendChild(rad);
  });
  rot.appendChild(lista);
  return rot;
}

export default [{
  id: 'hemvag.klienthistorik',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  label: 'Klientens historik',
  properties: {label: 'Klientens historik'},
  render: (node, {taskId}) => visaKlienthistorik(node, '/api/uppgifter/' + encodeURIComponent(taskId) + '/klienthistorik')
}];
