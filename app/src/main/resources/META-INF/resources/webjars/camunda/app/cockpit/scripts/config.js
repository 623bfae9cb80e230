// Hemväg's Cockpit: in Swedish, dates as the unit writes them, and the unit's dashboard on the start page.
export default {
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'dddd D MMMM YYYY HH:mm:ss'
  },
  customScripts: ['scripts/enhetens-resultat', 'scripts/klienthistorik']
};
