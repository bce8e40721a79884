import { describe, expect, it } from 'vitest';
import { DARUMA_QUERY, DLE_EOT_QUERY, ESCBEMA_QUERY, isReady, statusQueryFor } from './status.js';
import { pickPrinterEndpoints } from './transports/usb-transport.js';

describe('status replies', () => {
  it('parses DLE EOT replies as the Epson reference describes them', () => {
    // n=1 0x12 online; n=2 0x12 nothing wrong; n=4 0x12 paper present.
    expect(DLE_EOT_QUERY.parse(Buffer.from([0x12, 0x12, 0x12]))).toEqual({
      online: true,
      coverOpen: false,
      paperOut: false,
      paperNearEnd: false,
      error: false,
      supported: true,
    });
    // n=1 0x1a offline; n=2 0x16 cover open; n=4 0x7e near end + paper end.
    const broken = DLE_EOT_QUERY.parse(Buffer.from([0x1a, 0x16, 0x7e]));
    expect(broken).toMatchObject({ online: false, coverOpen: true, paperOut: true, paperNearEnd: true });
    expect(isReady(broken)).toBe(false);
    // n=2 0x32: printing stopped by paper end.
    expect(DLE_EOT_QUERY.parse(Buffer.from([0x12, 0x32, 0x12])).paperOut).toBe(true);
  });

  it('parses Bematech GS 0xF8 and Daruma ENQ replies', () => {
    expect(ESCBEMA_QUERY.parse(Buffer.from([0x00, 0x90, 0, 0, 0]))).toMatchObject({ online: true, coverOpen: false, paperOut: false });
    expect(ESCBEMA_QUERY.parse(Buffer.from([0x00, 0x14, 0, 0, 0]))).toMatchObject({ coverOpen: true, paperOut: true });
    expect(DARUMA_QUERY.parse(Buffer.from([0x10]))).toMatchObject({ online: true, paperOut: false, coverOpen: false });
    expect(DARUMA_QUERY.parse(Buffer.from([0xa0]))).toMatchObject({ online: false, paperOut: true, coverOpen: true });
  });

  it('maps profile status kinds to queries; none means no query', () => {
    expect(statusQueryFor('dle-eot')).toBe(DLE_EOT_QUERY);
    expect(statusQueryFor('escbema-gs-f8')).toBe(ESCBEMA_QUERY);
    expect(statusQueryFor('daruma-enq')).toBe(DARUMA_QUERY);
    expect(statusQueryFor('none')).toBeNull();
  });
});

describe('USB endpoint choice', () => {
  const bulk = (endpointNumber: number, direction: 'in' | 'out') => ({ endpointNumber, direction, type: 'bulk' });
  it('prefers the printer-class interface and takes its bulk IN for status', () => {
    const choice = pickPrinterEndpoints([
      { interfaceNumber: 0, alternate: { interfaceClass: 0xff, endpoints: [bulk(3, 'out')] } },
      { interfaceNumber: 1, alternate: { interfaceClass: 7, endpoints: [bulk(1, 'out'), bulk(2, 'in')] } },
    ]);
    expect(choice).toEqual({ interfaceNumber: 1, outEndpoint: 1, inEndpoint: 2 });
  });

  it('falls back to any bulk OUT, and reports none when there is no way to send', () => {
    expect(pickPrinterEndpoints([{ interfaceNumber: 0, alternate: { interfaceClass: 0xff, endpoints: [bulk(5, 'out')] } }])).toEqual({
      interfaceNumber: 0,
      outEndpoint: 5,
      inEndpoint: null,
    });
    expect(pickPrinterEndpoints([{ interfaceNumber: 0, alternate: { interfaceClass: 3, endpoints: [{ endpointNumber: 1, direction: 'in', type: 'interrupt' }] } }])).toBeNull();
  });
});
