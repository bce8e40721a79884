import type { CodecOptions, FrameCodec, ScaleFraming } from './codec.js';
import { delimitedCodec } from './delimited.js';
import { toledoACodec } from './toledo-a.js';
import { toledoP03Codec } from './toledo-p03.js';

export { SCALE_FRAMINGS, type CodecOptions, type DecodeResult, type FrameCodec, type ScaleFraming, type WireReading } from './codec.js';

export function frameCodec(framing: ScaleFraming, options: CodecOptions): FrameCodec {
  switch (framing) {
    case 'A':
      return toledoACodec();
    case 'P03':
      return toledoP03Codec(options);
    case 'B':
    case 'C':
    case 'filizola':
      return delimitedCodec(framing, options);
  }
}
