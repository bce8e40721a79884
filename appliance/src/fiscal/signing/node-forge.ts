import { createRequire } from 'node:module';
import type Forge from 'node-forge';

const require = createRequire(import.meta.url);

/**
 * node-forge, required on first use. Synchronous because certificates are opened in the fiscal
 * module's register (which the kernel calls synchronously); a store without NFC-e never loads it,
 * so its source (megabytes of heap) stays out of the idle appliance.
 */
export function nodeForge(): typeof Forge {
  return require('node-forge') as typeof Forge;
}
