import { v7 } from 'uuid';

/** Time-ordered ids (UUIDv7) so journal events and aggregates sort by creation. */
export function newId(): string {
  return v7();
}
