// A card on Cockpit's start page that leads managers to the unit's figures (/enhetens-resultat/).
export default {
  id: 'hemvag.enhetens-resultat',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node) => {
    node.innerHTML = '<section class="dashboard-row">'
      + '<h3 class="section-title">Enhetens resultat</h3>'
      + '<p>Stadigvarande boende, återaktualiseringar, egen försörjning, SIP, försökslägenheter, placeringar och flöde:'
      + ' kvinnor och män per månad, tertial och år, med målen bredvid.</p>'
      + '<p><a id="hemvag-enhetens-resultat" class="btn btn-default" href="/enhetens-resultat/">Öppna enhetens resultat</a></p>'
      + '</section>';
  }
};
