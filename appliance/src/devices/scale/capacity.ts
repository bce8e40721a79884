import { overload, type Scale, type WeightReading } from './weight-reading.js';

/**
 * The scale as a sale may read it: a stable weight beyond the model's capacity (its profile's
 * `maxWeightGrams`) is reported as an overload. A scale never weighs past its capacity, so such a
 * weight is a frame garbled on a line without check character (protocols B, C, Filizola) or another
 * model than the profile: charging it would bill kilos nobody put on the platter.
 */
export function withinCapacity(scale: Scale, maxWeightGrams: number): Scale {
  return {
    async readWeight(): Promise<WeightReading> {
      const reading = await scale.readWeight();
      return reading.state === 'stable' && reading.grams > maxWeightGrams ? overload : reading;
    },
  };
}
