import { fetchPageJson } from '../../shared/api';

export interface PosConfig {
  storeId: string;
  storeName: string;
  /** The counter's scale for products sold by weight; null when the store has none. */
  scaleId: string | null;
}

/** The store this terminal sells for (`/pos/config.json`); null until the first answer. */
export const config: { value: PosConfig | null } = { value: null };

let loading: Promise<void> | null = null;

/** Requested once, before the first screen is drawn; the live link starts when it has arrived. */
export function loadConfig(): Promise<void> {
  loading ??= fetchPageJson<PosConfig>('/pos/config.json').then((answer) => {
    config.value = answer;
  });
  return loading;
}
