import { dleEotReply, type PrinterStatus } from '../status.js';
import type { StatusRequest } from './escpos-parser.js';

export type VirtualStatus = Omit<PrinterStatus, 'supported'>;

export const READY: VirtualStatus = { online: true, coverOpen: false, paperOut: false, paperNearEnd: false, error: false };

/** The bytes a printer in `state` answers to a real-time status request (inverse of status.ts parsing). */
export function statusReply(request: StatusRequest, state: VirtualStatus): Buffer {
  if (request.kind === 'dle-eot') return Buffer.from([dleEotReply(request.n, state)]);
  if (request.kind === 'daruma') {
    return Buffer.from([(state.online ? 1 << 4 : 0) | (state.paperOut ? 1 << 5 : 0) | (state.coverOpen ? 1 << 7 : 0) | (state.error ? 1 << 3 : 0)]);
  }
  // Bematech GS 0xF8 '1': byte 2 bit 7 set means cover closed, bit 4 set means drawer closed.
  const second = (state.coverOpen ? 0 : 1 << 7) | (1 << 4) | (state.paperOut ? 1 << 2 : 0) | (state.paperNearEnd ? 1 << 1 : 0) | (state.error ? 1 << 6 : 0);
  return Buffer.from([state.online ? 0 : 1 << 3, second, 0, 0, 0]);
}
