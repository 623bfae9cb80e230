// Hemväg's Tasklist: in Swedish, dates as the unit writes them (ÅÅÅÅ-MM-DD), weeks from Monday.
export default {
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'D',
    abbr: 'D MMM HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'dddd D MMMM YYYY HH:mm',
    short: 'YYYY-MM-DD'
  },
  disableWelcomeMessage: true,
  // form-js's validation messages in Swedish
  customScripts: ['scripts/svenska-formular', 'scripts/klienthistorik', 'scripts/enhetens-resultat'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den markerade uppgiften'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flyttar markören till det första filtret i listan'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flyttar markören till den första uppgiften i listan'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flyttar markören till det första fältet i uppgiftens formulär'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'öppnar dialogen för att starta en process'
    }
  }
};
