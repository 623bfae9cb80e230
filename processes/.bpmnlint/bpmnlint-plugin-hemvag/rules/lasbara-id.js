// the element is of the type, or extends it (bpmn-moddle)
const is = (node, type) => typeof node.$instanceOf === 'function' && node.$instanceOf(type);

/**
 * Id:n som appen och testerna kan hänvisa till: ASCII, en typ och ett namn (Task_Tillhorighetsutredning),
 * inte de som Modeler hittar på (Activity_0x1y2z3). En process heter som sin nyckel (ArendeProcess).
 * Namnen, det användarna ser, får vara svenska.
 */
const GENERERAT = /^(Activity|Event|Gateway|Flow|Process|Definitions|DataObjectReference|DataStoreReference|TextAnnotation|Association|Participant|Lane|Collaboration|Group|Category)_[0-9a-z]{7}$/;
const LASBART = /^[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+$/;
const PROCESSNYCKEL = /^[A-Z][A-Za-z0-9]*Process$/;

module.exports = function() {
  function check(node, reporter) {
    if (!(is(node, 'bpmn:FlowElement') || is(node, 'bpmn:Process') || is(node, 'bpmn:Message'))) {
      return;
    }
    if (is(node, 'bpmn:Process')) {
      if (!PROCESSNYCKEL.test(node.id || '')) {
        reporter.report(node.id, 'Processens id är dess nyckel: ASCII som slutar på Process, till exempel ArendeProcess');
      }
    } else if (!node.id || !LASBART.test(node.id)) {
      reporter.report(node.id, 'Id:t ska vara ASCII på formen Typ_Namn, till exempel Task_Tillhorighetsutredning');
    } else if (GENERERAT.test(node.id)) {
      reporter.report(node.id, 'Id:t är Modelers påhittade: ge det ett namn som säger vad det är');
    }
  }
  return { check };
};
