import type { WireReading } from './frames/index.js';
import { timedOut, type Scale, type WeightReading } from './weight-reading.js';

/**
 * In-memory scale for demos and tests of code that weighs items. `place`
 * sets what the platter shows; `disconnect` makes reads time out like a
 * scale that is off or unplugged.
 */
export class VirtualScale implements Scale {
  private current: WireReading | null = { state: 'stable', grams: 0 };

  place(reading: WireReading): void {
    this.current = reading;
  }

  disconnect(): void {
    this.current = null;
  }

  async readWeight(): Promise<WeightReading> {
    return this.current ?? timedOut('NO_RESPONSE');
  }
}
