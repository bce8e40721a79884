import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventCatalogMarkdown } from '../contract/events/catalog-markdown.js';
import { repoRoot } from '../src/kernel/paths.js';

/** Everything above this line of docs/events.md is written by hand; everything below is generated. */
export const GENERATED_MARKER = '<!-- Generated from appliance/contract/events by `npm run docs:events`: edit the schemas, not this part. -->';

export const EVENTS_DOC = join(repoRoot(), 'docs', 'events.md');

/** docs/events.md as it should be: its hand-written header, then the catalog generated from the registry. */
export function renderEventsDoc(current = readFileSync(EVENTS_DOC, 'utf8')): string {
  const at = current.indexOf(GENERATED_MARKER);
  if (at < 0) throw new Error(`docs/events.md lacks the line ${GENERATED_MARKER}`);
  return `${current.slice(0, at)}${GENERATED_MARKER}\n\n${eventCatalogMarkdown()}`;
}
