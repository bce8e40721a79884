import type { SatLibrary } from './sat-library.js';

/** Opens the vendor's libsat.so; koffi (a native addon) is imported only by a store that uses SAT/MF-e. */
export async function openKoffiSatLibrary(path: string): Promise<SatLibrary> {
  const { KoffiSatLibrary } = await import('./koffi-sat-library.js');
  return new KoffiSatLibrary(path);
}
