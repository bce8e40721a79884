import type { PrinterSpec } from '../profiles/schema.js';

export interface PrinterStatus {
  online: boolean;
  coverOpen: boolean;
  paperOut: boolean;
  paperNearEnd: boolean;
  error: boolean;
  /** False when the model or transport cannot report status; the flags above are then unknown. */
  supported: boolean;
}

export const UNKNOWN_STATUS: PrinterStatus = {
  online: true,
  coverOpen: false,
  paperOut: false,
  paperNearEnd: false,
  error: false,
  supported: false,
};

export function isReady(status: PrinterStatus): boolean {
  return status.online && !status.coverOpen && !status.paperOut && !status.error;
}

const DLE = 0x10;
const EOT = 0x04;
const bit = (byte: number, n: number): boolean => ((byte >> n) & 1) === 1;

export interface StatusQuery {
  request: Buffer;
  replyLength: number;
  parse(reply: Buffer): PrinterStatus;
}

/**
 * DLE EOT n, ESC/POS real-time status: n=1 printer (bit 3 offline), n=2 offline cause
 * (bit 2 cover open, bit 5 stopped by paper end, bit 6 error), n=4 roll sensor (bits 2-3 near end,
 * bits 5-6 paper end). Real-time commands are answered as soon as they arrive in the stream, so a
 * reply also proves the printer received every byte sent before it.
 */
export const DLE_EOT_QUERY: StatusQuery = {
  request: Buffer.from([DLE, EOT, 1, DLE, EOT, 2, DLE, EOT, 4]),
  replyLength: 3,
  parse(reply) {
    const [printer, offline, paper] = reply;
    return {
      online: !bit(printer, 3),
      coverOpen: bit(offline, 2),
      paperOut: bit(offline, 5) || (bit(paper, 5) && bit(paper, 6)),
      paperNearEnd: bit(paper, 2) && bit(paper, 3),
      error: bit(offline, 6),
      supported: true,
    };
  },
};

/** Bematech GS 0xF8 '1': 5 status bytes (ACBr LerStatus). */
export const ESCBEMA_QUERY: StatusQuery = {
  request: Buffer.from([0x1d, 0xf8, 0x31]),
  replyLength: 5,
  parse(reply) {
    const [first, second] = reply;
    return {
      online: !bit(first, 3),
      coverOpen: !bit(second, 7),
      paperOut: bit(second, 2) || bit(second, 5),
      paperNearEnd: bit(second, 1),
      error: bit(second, 6),
      supported: true,
    };
  },
};

/** Daruma ENQ: one status byte (bit 4 set = online, bit 5 paper out, bit 7 cover open, bit 3 error). */
export const DARUMA_QUERY: StatusQuery = {
  request: Buffer.from([0x05]),
  replyLength: 1,
  parse(reply) {
    const [b] = reply;
    return { online: bit(b, 4), coverOpen: bit(b, 7), paperOut: bit(b, 5), paperNearEnd: false, error: bit(b, 3), supported: true };
  },
};

export function statusQueryFor(status: PrinterSpec['status']): StatusQuery | null {
  switch (status) {
    case 'dle-eot':
      return DLE_EOT_QUERY;
    case 'escbema-gs-f8':
      return ESCBEMA_QUERY;
    case 'daruma-enq':
      return DARUMA_QUERY;
    case 'none':
      return null;
  }
}

/** The three DLE EOT reply bytes a printer in the given state sends (used by the virtual printer). */
export function dleEotReply(n: number, state: Omit<PrinterStatus, 'supported'>): number {
  const fixed = 0x12; // bits 1 and 4 are always 1 in every DLE EOT reply
  switch (n) {
    case 1:
      return fixed | (state.online ? 0 : 1 << 3);
    case 2:
      return fixed | (state.coverOpen ? 1 << 2 : 0) | (state.paperOut ? 1 << 5 : 0) | (state.error ? 1 << 6 : 0);
    case 4:
      return fixed | (state.paperNearEnd ? 0x0c : 0) | (state.paperOut ? 0x60 : 0);
    default:
      return fixed;
  }
}
