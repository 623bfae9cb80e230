// the element is of the type, or extends it (bpmn-moddle)
const is = (node, type) => typeof node.$instanceOf === 'function' && node.$instanceOf(type);

/**
 * Inga skript och inga Java-klasser i modellerna: appens steg anropas med sina mallar. Samma sak
 * vägrar appen när filen driftsätts; här syns det redan innan.
 */
module.exports = function() {
  function check(node, reporter) {
    const attrs = node.$attrs || {};
    if (is(node, 'bpmn:ScriptTask')) {
      reporter.report(node.id, 'Skriptuppgifter används inte: välj ett av Hemvägs steg');
    }
    if (attrs['camunda:class']) {
      reporter.report(node.id, 'Java-klasser anges inte i modellen: välj ett av Hemvägs steg');
    }
    if (node.$type === 'camunda:script' || node.$type === 'camunda:Script') {
      reporter.report(node.id || '', 'Skript i en lyssnare eller ett in- och utvärde används inte');
    }
    if (is(node, 'bpmn:FormalExpression') && node.language) {
      reporter.report(node.id || '', 'Villkor skrivs som uttryck, inte som skript (' + node.language + ')');
    }
  }
  return { check };
};
