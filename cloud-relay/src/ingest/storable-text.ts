/**
 * A NUL character, or half of a surrogate pair with no other half: Postgres refuses either in
 * `text` and `jsonb`, so one of them anywhere in an event would fail its whole batch.
 */
const UNSTORABLE_CHARACTER = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const EVERY_UNSTORABLE_CHARACTER = new RegExp(UNSTORABLE_CHARACTER.source, 'g');

/** A JSON value as parsed from a request body: what an event and its payload are made of. */
type ParsedJson = string | number | boolean | null | ParsedJson[] | { [key: string]: ParsedJson };

function holdsUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return UNSTORABLE_CHARACTER.test(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(holdsUnstorableText);
  const object = value as Record<string, unknown>;
  return Object.keys(object).some((key) => UNSTORABLE_CHARACTER.test(key) || holdsUnstorableText(object[key]));
}

function storableText(text: string): string {
  return text.replace(EVERY_UNSTORABLE_CHARACTER, '\ufffd');
}

function storableJson(value: ParsedJson): ParsedJson {
  if (typeof value === 'string') return storableText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(storableJson);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), storableJson(item)]));
}

/**
 * The event with every such character, in its values and its payload's keys, replaced by U+FFFD.
 * Refusing the batch instead would stop the store's replication for good (the replicator sends it
 * until it is taken), and the replacement is the same on every send, so a resend still matches
 * what was stored. Nearly every event holds none: it is looked for first, and such an event is
 * returned as it is, with no copy.
 */
export function storableEvent<Event extends object>(event: Event): Event {
  if (!holdsUnstorableText(event)) return event;
  return storableJson(event as unknown as ParsedJson) as unknown as Event;
}
