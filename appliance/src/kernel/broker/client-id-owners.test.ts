import { describe, expect, it } from 'vitest';
import type { MqttPrincipal } from './acl.js';
import { ClientIdOwners } from './client-id-owners.js';

const kitchen: MqttPrincipal = { kind: 'user', id: 'u-kitchen', role: 'KITCHEN' };
const cashier: MqttPrincipal = { kind: 'user', id: 'u-cashier', role: 'CASHIER' };
const device: MqttPrincipal = { kind: 'device', id: 'u-kitchen', deviceKind: 'KDS' };

describe('ClientIdOwners', () => {
  it('refuses a client id held by another principal (also a device with the same id as a user) and lets its holder reconnect', () => {
    const owners = new ClientIdOwners<object>();
    const first = {};
    expect(owners.claim('kds-GRILL-1', kitchen, first)).toBe(true);
    expect(owners.claim('kds-GRILL-1', cashier, {})).toBe(false);
    expect(owners.claim('kds-GRILL-1', device, {})).toBe(false);
    const second = {};
    expect(owners.claim('kds-GRILL-1', kitchen, second)).toBe(true);
    // The replaced connection closing does not free the id its successor holds.
    owners.release('kds-GRILL-1', first, false);
    expect(owners.claim('kds-GRILL-1', cashier, {})).toBe(false);
    owners.release('kds-GRILL-1', second, false);
    expect(owners.claim('kds-GRILL-1', cashier, {})).toBe(true);
  });

  it('keeps a persistent session id for its principal after the connection closed', () => {
    const owners = new ClientIdOwners<object>();
    const connection = {};
    owners.claim('tablet-7', kitchen, connection);
    owners.release('tablet-7', connection, true);
    expect(owners.claim('tablet-7', cashier, {})).toBe(false);
    expect(owners.claim('tablet-7', kitchen, {})).toBe(true);
  });
});
