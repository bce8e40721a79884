import type { Migration } from '../kernel/db/migrations.js';
import { SALE_CHANNELS } from '../../contract/sale-channels.js';

/** A stored rule as written before its channel names were checked (any string passed). */
interface StoredDefinition {
  kind: string;
  channel?: string;
  channels?: string[];
  target?: { channels?: string[] };
}

interface ChannelList {
  names: string[];
  replace(names: string[]): void;
}

const isSaleChannel = (name: string): boolean => (SALE_CHANNELS as readonly string[]).includes(name);

/** The sale channel a name was meant to be ("Delivery", " delivery " → DELIVERY), or null. */
function spelledChannel(name: string): string | null {
  const upper = name.trim().toUpperCase();
  return isSaleChannel(upper) ? upper : null;
}

/** Every channel name the rule holds, list by list (a markup's one channel is a list of one). */
function channelLists(rule: StoredDefinition): ChannelList[] {
  const lists: ChannelList[] = [];
  if (rule.kind === 'CHANNEL_MARKUP') lists.push({ names: [rule.channel ?? ''], replace: ([name]) => { rule.channel = name; } });
  if (rule.channels?.length) lists.push({ names: rule.channels, replace: (names) => { rule.channels = names; } });
  const target = rule.target;
  if (target?.channels?.length) lists.push({ names: target.channels, replace: (names) => { target.channels = names; } });
  return lists;
}

/**
 * Puts a stored rule on sale channels only, changing no price by itself. The engine never matched a
 * name off the list, so a rule that still applies on some channel just loses such names (TRIMMED);
 * one that never applied takes the channels its names spell (RESPELLED: the caller switches it off
 * for the manager to check before it starts charging), or is UNUSABLE when they spell none.
 */
function putOnSaleChannels(rule: StoredDefinition): 'UNCHANGED' | 'TRIMMED' | 'RESPELLED' | 'UNUSABLE' {
  const lists = channelLists(rule);
  if (lists.every((list) => list.names.every(isSaleChannel))) return 'UNCHANGED';
  if (lists.every((list) => list.names.some(isSaleChannel))) {
    for (const list of lists) list.replace(list.names.filter(isSaleChannel));
    return 'TRIMMED';
  }
  const respelled = lists.map((list) => [...new Set(list.names.flatMap((name) => spelledChannel(name) ?? []))]);
  if (respelled.some((names) => names.length === 0)) return 'UNUSABLE';
  lists.forEach((list, i) => list.replace(respelled[i]));
  return 'RESPELLED';
}

export const pricingMigrations: Migration[] = [
  {
    id: 'pricing/001_rules',
    up(db) {
      db.exec(`
        CREATE TABLE pricing_rules (
          id TEXT PRIMARY KEY,
          kind TEXT NOT NULL,
          definition TEXT NOT NULL,
          active INTEGER NOT NULL CHECK (active IN (0, 1)),
          updated_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    id: 'pricing/002_rules_on_sale_channels',
    up(db) {
      // Rules now name sale channels only (contract/events/pricing.ts), and a stored rule that did
      // not would fail to load and stop every order from being priced.
      const rules = db.prepare('SELECT id, definition FROM pricing_rules').all() as { id: string; definition: string }[];
      const rewrite = db.prepare('UPDATE pricing_rules SET definition = ? WHERE id = ?');
      const switchOff = db.prepare('UPDATE pricing_rules SET definition = ?, active = 0 WHERE id = ?');
      // A rule whose channels spell nothing never applied; its definition stays in the journal.
      const remove = db.prepare('DELETE FROM pricing_rules WHERE id = ?');
      for (const { id, definition } of rules) {
        const rule = JSON.parse(definition) as StoredDefinition;
        const outcome = putOnSaleChannels(rule);
        if (outcome === 'TRIMMED') rewrite.run(JSON.stringify(rule), id);
        if (outcome === 'RESPELLED') switchOff.run(JSON.stringify(rule), id);
        if (outcome === 'UNUSABLE') remove.run(id);
      }
    },
  },
];
