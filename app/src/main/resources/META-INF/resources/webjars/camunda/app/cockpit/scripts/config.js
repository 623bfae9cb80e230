// Hemväg's Cockpit: Camunda's defaults, plus the unit's dashboard on the Cockpit start page.
export default {
  customScripts: ['scripts/enhetens-resultat']
};
