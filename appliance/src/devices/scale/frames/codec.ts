import type { WeightReading } from '../weight-reading.js';

export const SCALE_FRAMINGS = ['A', 'B', 'P03', 'C', 'filizola'] as const;
export type ScaleFraming = (typeof SCALE_FRAMINGS)[number];

/** Why a frame was read but its weight cannot be used: corrupted, not a weight, or a weight in another unit than kg. */
export type FrameRejection = 'BAD_CHECKSUM' | 'UNREADABLE_FRAME' | 'NOT_KILOGRAMS';

export type DecodeResult =
  | { kind: 'incomplete' }
  | { kind: 'frame'; reading: WeightReading; consumed: number }
  | { kind: 'rejected'; reason: FrameRejection; consumed: number };

/** Readings a scale can put on the wire; `timeout` is the absence of a frame. */
export type WireReading = Exclude<WeightReading, { state: 'timeout' }>;

export interface FrameCodec {
  readonly framing: ScaleFraming;
  /** Bytes the indicator sends for a reading (used by the simulator). */
  encode(reading: WireReading): Buffer;
  /** Parses the first frame in `bytes`, skipping noise before its STX. */
  decode(bytes: Buffer): DecodeResult;
}

export interface CodecOptions {
  /** Whether the indicator appends a check character (P03 only; protocol A always has one). */
  checksum: boolean;
  /** Implied decimals in a weight field without a decimal point (kg). */
  weightDecimals: number;
}
