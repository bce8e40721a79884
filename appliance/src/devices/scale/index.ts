export type { Scale, WeightReading, WeightState, TimeoutCause } from './weight-reading.js';
export type { ScaleFraming, WireReading } from './frames/index.js';
export type { SerialLineSettings } from './serial-line.js';
export { SerialScale, type SerialScaleOptions } from './serial-scale.js';
export { VirtualScale } from './virtual-scale.js';
export { ScaleSimulator, type SimulatorBehaviour } from './simulator.js';
export { readStableWeight, type StableWeightOptions } from './stable-weight.js';
export { scaleMessages } from './messages.pt-BR.js';
