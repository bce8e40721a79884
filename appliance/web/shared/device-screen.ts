import type { Signal } from '@preact/signals';
import { fetchPageJson } from './api';
import { createWebApi } from './appliance-api';

/**
 * A screen that runs unattended as a paired device (order board, customer display): paired once
 * with the one-time code from the back office (or `?pair=CODE` in its address), its device token
 * kept in this browser's storage, and live data only from retained MQTT topics, so every
 * reconnect (Wi-Fi drop, appliance restart) redraws the screen without a reload.
 */
export interface PairedScreen {
  deviceId: string;
  token: string;
}

export interface ScreenConfig {
  storeId: string;
  storeName: string;
}

export function loadPairedScreen(storageKey: string): PairedScreen | null {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) || 'null') as PairedScreen | null;
    return saved?.deviceId && saved.token ? saved : null;
  } catch {
    return null;
  }
}

export async function pairScreen(storageKey: string, code: string): Promise<PairedScreen> {
  const answer = await createWebApi().post('/api/v1/devices/pair', { body: { code: code.trim().toUpperCase() } });
  const paired = { deviceId: answer.device.id, token: answer.deviceToken };
  localStorage.setItem(storageKey, JSON.stringify(paired));
  return paired;
}

export function forgetPairedScreen(storageKey: string): void {
  localStorage.removeItem(storageKey);
}

/** The pairing code in the page's address (the back office's QR code opens `<page>?pair=CODE`). */
export function pairingCodeInAddress(): string | null {
  return new URLSearchParams(location.search).get('pair');
}

/** Reads started before the first render (`preloadScreenConfig`), each taken by the page's first load. */
const preloaded = new Map<string, Promise<ScreenConfig>>();

/** Starts reading the page's config while the first screen is still being built: one round trip less before it shows. */
export function preloadScreenConfig(page: string): void {
  preloaded.set(page, fetchPageJson<ScreenConfig>(`${page}/config.json`));
}

export function loadScreenConfig(page: string): Promise<ScreenConfig> {
  const early = preloaded.get(page);
  preloaded.delete(page);
  return early ?? fetchPageJson<ScreenConfig>(`${page}/config.json`);
}

/** A screen's pairing and link state, shown by its page. */
export interface ScreenState {
  storageKey: string;
  paired: Signal<PairedScreen | null>;
  /** False while the link is down: the screen shows it is not live. */
  live: Signal<boolean>;
}
