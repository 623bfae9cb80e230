// the element is of the type, or extends it (bpmn-moddle)
const is = (node, type) => typeof node.$instanceOf === 'function' && node.$instanceOf(type);

/**
 * Varje körbar process har historikens livslängd (camunda:historyTimeToLive): motorn rensar sin
 * historik efter den, i takt med gallringen.
 */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Process') && node.isExecutable && !(node.$attrs || {})['camunda:historyTimeToLive']) {
      reporter.report(node.id, 'Processen saknar historikens livslängd (camunda:historyTimeToLive)');
    }
  }
  return { check };
};
