/** Tolerant readers for event payloads: a malformed field skips the projection, never the raw event. */
export type Payload = Record<string, unknown>;

export function text(payload: Payload, key: string): string | null {
  const value = payload[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

export function integer(payload: Payload, key: string): number | null {
  const value = payload[key];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

export function bool(payload: Payload, key: string): boolean | null {
  const value = payload[key];
  return typeof value === 'boolean' ? value : null;
}

export function object(payload: Payload, key: string): Payload | null {
  const value = payload[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Payload) : null;
}

export function objects(payload: Payload, key: string): Payload[] {
  const value = payload[key];
  return Array.isArray(value) ? value.filter((item): item is Payload => item !== null && typeof item === 'object') : [];
}

export class MissingField extends Error {
  constructor(readonly field: string) {
    super(`missing ${field}`);
  }
}

export function required<T>(value: T | null, field: string): T {
  if (value === null) throw new MissingField(field);
  return value;
}
