// the element is of the type, or extends it (bpmn-moddle)
const is = (node, type) => typeof node.$instanceOf === 'function' && node.$instanceOf(type);

/**
 * Varje användaruppgift hamnar i en sektions lista (camunda:candidateGroups) och har ett
 * Camunda-formulär (camunda:formRef) bundet till senaste versionen. Startformulär likaså.
 */
module.exports = function() {
  function check(node, reporter) {
    const attrs = node.$attrs || {};
    if (is(node, 'bpmn:UserTask') && !attrs['camunda:candidateGroups']) {
      reporter.report(node.id, 'Uppgiften går inte till någon sektion (välj en mall: Uppgift för …)');
    }
    const harForm = attrs['camunda:formRef'];
    if (is(node, 'bpmn:UserTask') && !harForm) {
      reporter.report(node.id, 'Uppgiften har inget formulär (camunda:formRef)');
    }
    if ((is(node, 'bpmn:UserTask') || is(node, 'bpmn:StartEvent')) && attrs['camunda:formKey']) {
      reporter.report(node.id, 'Inbäddade formulär (camunda:formKey) används inte: välj ett formulär i forms/');
    }
    if (harForm && attrs['camunda:formRefBinding'] !== 'latest') {
      reporter.report(node.id, 'Formuläret ska bindas till senaste versionen (camunda:formRefBinding="latest")');
    }
  }
  return { check };
};
