// Camunda Forms (form-js 1.13, bundled with Tasklist) writes its validation messages and a few
// placeholders in English, with no way to translate them. This script turns each into the Swedish
// a caseworker reads, as form-js renders it; the form's own labels are already Swedish.

// What each pattern in forms/ asks for, in words (SvenskaWebbapparTest checks that every pattern has one).
const MONSTER = {
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$': 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-09.',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'Skriv klockslaget som TT:MM, till exempel 09:30.',
  '^((\\d{6}|\\d{8})[-+]?\\d{4}|\\d{8}-R\\d{3,6})$':
    'Skriv personnummer eller samordningsnummer som ÅÅÅÅMMDD-NNNN, eller reservnummer som ÅÅÅÅMMDD-RNNN.',
  '^(\\d{6}|\\d{8})[-+]?\\d{4}$': 'Skriv personnummer eller samordningsnummer som ÅÅÅÅMMDD-NNNN.',
  '^\\+?[0-9 \\-]{5,20}$': 'Skriv telefonnumret med siffror, till exempel 070-123 45 67.',
  '^\\d{4}-\\d{5}$': 'Skriv ärendenumret som ÅÅÅÅ-NNNNN, till exempel 2026-00042.'
};

function monster(pattern) {
  return MONSTER[pattern] || 'Värdet har inte det format som fältet kräver.';
}

const MEDDELANDEN = [
  [/^Field is required\.$/, () => 'Fältet måste fyllas i.'],
  [/^Field must match pattern (.*)\.$/, (m) => monster(m[1])],
  [/^Field must have minimum value of (.*)\.$/, (m) => `Värdet måste vara minst ${m[1]}.`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `Värdet får vara högst ${m[1]}.`],
  [/^Field must have minimum length of (.*)\.$/, (m) => `Skriv minst ${m[1]} tecken.`],
  [/^Field must have maximum length of (.*)\.$/, (m) => `Skriv högst ${m[1]} tecken.`],
  [/^Value is expected to be an integer\.$/, () => 'Ange ett heltal.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Ange högst ${m[1]} decimaler.`],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    (m) => `Ange ett giltigt värde; de närmaste giltiga är ${m[1]} och ${m[2]}.`],
  [/^Field must be a valid email\.$/, () => 'Ange en giltig e-postadress.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Ange ett telefonnummer med landsnummer, till exempel +46701234567.'],
  [/^No results$/, () => 'Inga träffar'],
  [/^All values selected$/, () => 'Alla värden är valda']
];

const PLATSHALLARE = {Search: 'Sök', Select: 'Välj'};

export function svenska(text) {
  const trimmad = text.trim();
  for (const [monstret, svensk] of MEDDELANDEN) {
    const m = trimmad.match(monstret);
    if (m) {
      return svensk(m);
    }
  }
  return null;
}

function oversatt(rot) {
  // the text nodes themselves, not the elements' content: form-js keeps its own references to them
  // and updates them in place when a message changes
  rot.querySelectorAll('.fjs-form-field-error li, .fjs-dropdownlist-empty, .fjs-dropdownlist-item').forEach((element) => {
    element.childNodes.forEach((nod) => {
      if (nod.nodeType === Node.TEXT_NODE) {
        const svensk = svenska(nod.nodeValue);
        if (svensk !== null && nod.nodeValue !== svensk) {
          nod.nodeValue = svensk;
        }
      }
    });
  });
  rot.querySelectorAll('.fjs-container input[placeholder]').forEach((falt) => {
    const svensk = PLATSHALLARE[falt.getAttribute('placeholder')];
    if (svensk) {
      falt.setAttribute('placeholder', svensk);
    }
  });
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  // once per frame, however many changes Tasklist makes in it
  let vantar = false;
  new MutationObserver(() => {
    if (!vantar) {
      vantar = true;
      requestAnimationFrame(() => {
        vantar = false;
        oversatt(document);
      });
    }
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}

export default [];
