// The leads' and ledning's pages in Tasklist's menu: "Enhetens resultat" and "Ärendegenomgång" for
// ledning and each section's gruppledare and biträdande enhetschef, "Åtkomstlogg" for ledning.
export default {
  id: 'hemvag.enhetens-resultat',
  pluginPoint: 'tasklist.navbar.action',
  priority: 400,
  render: (node) => {
    fetch('/api/indikatorer/urval', {credentials: 'same-origin', headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}})
      .then((svar) => (svar.ok ? svar.json() : null))
      .then((urval) => {
        if (urval && (urval.helaEnheten || urval.sektioner.length > 0)) {
          node.innerHTML = '<a id="hemvag-enhetens-resultat" href="/enhetens-resultat/">Enhetens resultat</a>'
            + ' <a id="hemvag-arendegenomgang" href="/arendegenomgang/">Ärendegenomgång</a>'
            + (urval.helaEnheten ? ' <a id="hemvag-atkomstlogg" href="/atkomstlogg/">Åtkomstlogg</a>' : '');
        }
      })
      .catch(() => {});
  }
};
