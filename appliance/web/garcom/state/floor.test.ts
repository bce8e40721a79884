import { describe, expect, it } from 'vitest';
import { partLabel, sinceText } from '../texts';
import { floorStatus, type TabItem, type TableInfo, type TabView } from './floor';

const AT = '2026-12-02T12:00:00.000Z';
const table = (status: TableInfo['status']): TableInfo => ({ id: 'table-4', sectionId: 's', label: '4', seats: 4, status, currentTabId: status === 'FREE' || status === 'RESERVED' ? null : 'tab-1', updatedAt: AT });
const item = (status: TabItem['status']): TabItem => ({ itemId: status, name: 'Batata frita', quantity: 1, options: [], notes: null, seat: 1, round: 1, status, totalCents: 1290 });
const tab = (items: TabItem[], paidCents = 0, orderUpdatedAt = AT): TabView => ({
  id: 'tab-1',
  status: 'OPEN',
  primaryOrderId: 'o-1',
  guests: 3,
  tableIds: ['table-4'],
  orders: [{ id: 'o-1', status: 'CONFIRMED', totalCents: 1290 * items.length, updatedAt: orderUpdatedAt, items }],
  totalCents: 1290 * items.length,
  paidCents,
  serviceChargeBp: 0,
  serviceChargeWaived: false,
  serviceChargeCents: 0,
  serviceChargePaidCents: 0,
});

describe('what the floor plan shows for a table', () => {
  it('follows the table, its kitchen and the till: free, reserved, occupied, waiting, ready, bill asked, closing', () => {
    expect(floorStatus(table('FREE'), undefined).status).toBe('FREE');
    expect(floorStatus(table('RESERVED'), undefined).status).toBe('RESERVED');
    expect(floorStatus(table('OCCUPIED'), tab([])).status).toBe('OCCUPIED');
    expect(floorStatus(table('OCCUPIED'), tab([item('CONFIRMED'), item('DELIVERED')])).status).toBe('WAITING');
    expect(floorStatus(table('OCCUPIED'), tab([item('PREPARING'), item('READY')])).status).toBe('READY');
    expect(floorStatus(table('OCCUPIED'), tab([item('DELIVERED'), item('CANCELLED')])).status).toBe('OCCUPIED');
    expect(floorStatus(table('CLOSING'), tab([item('DELIVERED')])).status).toBe('BILL');
    expect(floorStatus(table('CLOSING'), tab([item('DELIVERED')], 500)).status).toBe('CLOSING');
  });

  it('counts the time from the table\'s last change: the table itself or a change of its orders', () => {
    const later = '2026-12-02T12:07:00.000Z';
    expect(floorStatus(table('OCCUPIED'), tab([item('READY')], 0, later)).sinceMs).toBe(Date.parse(later));
    expect(sinceText(Date.parse(AT), Date.parse(AT) + 30_000)).toBe('agora');
    expect(sinceText(Date.parse(AT), Date.parse(later))).toBe('há 7 min');
    expect(sinceText(Date.parse(AT), Date.parse(AT) + 95 * 60_000)).toBe('há 1 h 35 min');
  });

  it('names the parts of a split in Portuguese', () => {
    expect(['table 4 seat 2', 'table 4 shared', 'table 4 1/3', 'table 4 2', 'Ana'].map((label) => partLabel(label))).toEqual(['Lugar 2', 'Mesa', '1/3', 'Pessoa 2', 'Ana']);
  });

  it('names the seats of joined tables with their table', () => {
    expect(['table 4 seat 1', 'table 5 seat 1', 'tables 4+5 2', 'tables 4+5 1/2'].map((label) => partLabel(label, true))).toEqual(['Mesa 4 · Lugar 1', 'Mesa 5 · Lugar 1', 'Pessoa 2', '1/2']);
  });
});
