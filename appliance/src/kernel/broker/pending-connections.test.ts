import { describe, expect, it } from 'vitest';
import { PendingConnections } from './pending-connections.js';

describe('PendingConnections', () => {
  it('caps waiting connections per address and in all, and frees a slot once one settles', () => {
    const pending = new PendingConnections<object>(2, 3);
    const [a1, a2, a3, b1, c1] = [{}, {}, {}, {}, {}];
    expect(pending.admit(a1, '10.0.0.1')).toBe(true);
    expect(pending.admit(a2, '10.0.0.1')).toBe(true);
    expect(pending.admit(a3, '10.0.0.1')).toBe(false);
    expect(pending.admit(b1, '10.0.0.2')).toBe(true);
    expect(pending.admit(c1, '10.0.0.3')).toBe(false);
    pending.settle(a1);
    pending.settle(a1);
    expect(pending.admit(c1, '10.0.0.3')).toBe(true);
    expect(pending.admit(a3, '10.0.0.1')).toBe(false);
    pending.settle(a2);
    expect(pending.admit(a3, '10.0.0.1')).toBe(true);
  });
});
