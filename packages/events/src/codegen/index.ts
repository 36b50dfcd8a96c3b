export { renderEventsDoc, EVENTS_DOC_PATH } from './doc.js';
export { renderPayloadTypes, renderType, PAYLOAD_TYPES_FILE } from './types.js';
