// Hemväg's Welcome: in Swedish, dates as the unit writes them (ÅÅÅÅ-MM-DD).
export default {
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'dddd D MMMM YYYY HH:mm:ss'
  }
};
