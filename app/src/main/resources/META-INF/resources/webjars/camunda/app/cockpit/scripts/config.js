// Hemväg's Cockpit: in Swedish, dates as the unit writes them, the unit's dashboard on the start page, the
// client's history on a case, the process owner's moves of running cases between versions, and where cases wait
// on a process's diagram.
export default {
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'dddd D MMMM YYYY HH:mm:ss'
  },
  customScripts: ['scripts/enhetens-resultat', 'scripts/klienthistorik', 'scripts/flytta-arenden', 'scripts/vantetider']
};
