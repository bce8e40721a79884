import { describe, expect, it } from 'vitest';
import { mayPublish, maySubscribe, type MqttPrincipal } from './acl.js';
import { filterWithin, topicMatches } from './topics.js';

describe('MQTT filters', () => {
  it.each([
    ['store/s/kds/GRILL/#', 'store/s/kds/GRILL/#', true],
    ['store/s/kds/GRILL/tickets/+', 'store/s/kds/GRILL/#', true],
    ['store/s/kds/GRILL', 'store/s/kds/GRILL/#', true],
    ['store/s/kds/#', 'store/s/kds/GRILL/#', false],
    ['store/s/kds/+/tickets/1', 'store/s/kds/GRILL/#', false],
    ['store/s/kds/+/commands', 'store/s/kds/+/commands', true],
    ['store/s/#', 'store/s/events/#', false],
    ['store/other/events/x', 'store/s/events/#', false],
  ])('%s within %s → %s', (filter, allowed, expected) => expect(filterWithin(filter, allowed)).toBe(expected));

  it.each([
    ['store/s/events/#', 'store/s/events/order.confirmed', true],
    ['store/s/+/commands', 'store/s/kds/commands', true],
    ['store/s/+/commands', 'store/s/kds/GRILL/commands', false],
    ['store/s/kds/+/commands', 'store/s/kds/GRILL/commands', true],
  ])('%s matches %s → %s', (filter, topic, expected) => expect(topicMatches(filter, topic)).toBe(expected));
});

describe('topic ACL', () => {
  const kds: MqttPrincipal = { kind: 'device', id: 'kds-1', deviceKind: 'KDS', stations: ['GRILL'] };
  const manager: MqttPrincipal = { kind: 'user', id: 'u1', role: 'MANAGER' };
  const cashier: MqttPrincipal = { kind: 'user', id: 'u2', role: 'CASHIER' };

  it('keeps a KDS device on its own stations', () => {
    expect(maySubscribe('s', kds, 'store/s/kds/GRILL/tickets/+')).toBe(true);
    expect(maySubscribe('s', kds, 'store/s/kds/FRYER/tickets/+')).toBe(false);
    expect(maySubscribe('s', kds, 'store/s/kds/#')).toBe(false);
    expect(mayPublish('s', kds, 'store/s/kds/GRILL/commands')).toBe(true);
    expect(mayPublish('s', kds, 'store/s/kds/FRYER/commands')).toBe(false);
  });

  it('lets nobody publish events or write $SYS', () => {
    for (const who of [kds, manager, cashier, { kind: 'user', id: 'a', role: 'ADMIN' } as MqttPrincipal]) {
      expect(mayPublish('s', who, 'store/s/events/order.confirmed')).toBe(false);
      expect(mayPublish('s', who, '$SYS/broker/x')).toBe(false);
    }
  });

  it('gives managers the store tree and command topics, cashiers only events', () => {
    expect(maySubscribe('s', manager, 'store/s/#')).toBe(true);
    expect(maySubscribe('s', manager, 'store/other/#')).toBe(false);
    expect(mayPublish('s', manager, 'store/s/kds/GRILL/commands')).toBe(true);
    expect(maySubscribe('s', cashier, 'store/s/events/#')).toBe(true);
    expect(maySubscribe('s', cashier, 'store/s/kds/GRILL/#')).toBe(false);
    expect(mayPublish('s', cashier, 'store/s/kds/GRILL/commands')).toBe(false);
    expect(maySubscribe('s', cashier, 'store/s/devices/+/scans')).toBe(true);
    expect(maySubscribe('s', cashier, 'store/s/devices/display-1/#')).toBe(false);
    // The TEF terminal's prompts during the card payment of the order on the cashier's screen.
    expect(maySubscribe('s', cashier, 'store/s/card-prompts/order-1')).toBe(true);
    expect(maySubscribe('s', cashier, 'store/other/card-prompts/order-1')).toBe(false);
  });

  it('shows a customer-facing screen the board and the tills, never events or the kitchen', () => {
    const screen: MqttPrincipal = { kind: 'device', id: 'tv-1', deviceKind: 'CUSTOMER_DISPLAY' };
    expect(maySubscribe('s', screen, 'store/s/board/orders')).toBe(true);
    expect(maySubscribe('s', screen, 'store/s/displays/+')).toBe(true);
    expect(maySubscribe('s', screen, 'store/s/events/#')).toBe(false);
    expect(maySubscribe('s', screen, 'store/s/kds/EXPO/#')).toBe(false);
    expect(mayPublish('s', screen, 'store/s/displays/pdv-1')).toBe(false);
  });
});
