// "Klientens historik" for ledning in Cockpit: a tab on a running process instance with the client's
// whole history (GET /api/processinstanser/{id}/klienthistorik). The drawing is Tasklist's own.
import {visaKlienthistorik} from '../../tasklist/scripts/klienthistorik.js';

export default {
  id: 'hemvag.klienthistorik',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 50,
  label: 'Klientens historik',
  properties: {label: 'Klientens historik'},
  render: (node, {processInstanceId}) => visaKlienthistorik(node,
    '/api/processinstanser/' + encodeURIComponent(processInstanceId) + '/klienthistorik')
};
