import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_DEFINITIONS } from '../contract/index.js';
import { EVENTS_DOC, GENERATED_MARKER, renderEventsDoc } from './events-doc.js';

describe('docs/events.md', () => {
  it('is what `npm run docs:events` generates from the contract (run it after changing an event)', () => {
    const committed = readFileSync(EVENTS_DOC, 'utf8');
    expect(committed).toBe(renderEventsDoc(committed));
  });

  it('lists every event type of the contract once, with its payload', () => {
    const catalog = readFileSync(EVENTS_DOC, 'utf8').split(GENERATED_MARKER)[1];
    for (const definition of EVENT_DEFINITIONS) {
      expect(catalog.split(`| \`${definition.type}\` |`)).toHaveLength(2);
    }
    expect(catalog).toContain('| `order.created` | `order` |');
    expect(catalog).toContain('consumerTaxIdGiven?: boolean');
  });
});
