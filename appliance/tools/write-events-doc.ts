import { writeFileSync } from 'node:fs';
import { EVENTS_DOC, renderEventsDoc } from './events-doc.js';

// `npm run docs:events`: regenerates the event catalog of docs/events.md from the contract.
writeFileSync(EVENTS_DOC, renderEventsDoc());
