module.exports = {
  configs: {
    recommended: {
      rules: {
        'anvandaruppgift-till-sektion-med-formular': 'error',
        'inga-skript': 'error',
        'historikens-livslangd': 'error',
        'lasbara-id': 'error'
      }
    }
  }
};
