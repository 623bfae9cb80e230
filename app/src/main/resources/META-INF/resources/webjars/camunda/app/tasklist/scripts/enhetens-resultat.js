// "Enhetens resultat" in Tasklist's menu, for those who may read the figures: ledning and each
// section's gruppledare and biträdande enhetschef (who work in Tasklist, not Cockpit).
export default {
  id: 'hemvag.enhetens-resultat',
  pluginPoint: 'tasklist.navbar.action',
  priority: 400,
  render: (node) => {
    fetch('/api/indikatorer/urval', {credentials: 'same-origin', headers: {Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest'}})
      .then((svar) => (svar.ok ? svar.json() : null))
      .then((urval) => {
        if (urval && (urval.helaEnheten || urval.sektioner.length > 0)) {
          node.innerHTML = '<a id="hemvag-enhetens-resultat" href="/enhetens-resultat/">Enhetens resultat</a>';
        }
      })
      .catch(() => {});
  }
};
