import type { Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadScreenConfig, type PairedScreen as Paired, pairingCodeInAddress, pairScreen, type ScreenConfig } from './device-screen';
import { PairForm, type PairFormTexts } from './PairForm';

interface Props {
  /** The page's path, e.g. `/painel` (its `config.json` names the store). */
  page: string;
  storageKey: string;
  paired: Signal<Paired | null>;
  texts: PairFormTexts;
  /** Starts the live link; returns its stop. */
  start(config: ScreenConfig, screen: Paired): () => void;
  children(config: ScreenConfig): ComponentChildren;
}

/** An unattended screen: pairs once (the code typed, or `?pair=` in the address), then runs live. */
export function PairedScreen({ page, storageKey, paired, texts, start, children }: Props) {
  const [config, setConfig] = useState<ScreenConfig | null>(null);
  useEffect(() => {
    void loadScreenConfig(page).then(setConfig);
    const code = pairingCodeInAddress();
    if (!code) return;
    // The code is single-use: keep it out of the address (and of a reload).
    const rest = new URLSearchParams(location.search);
    rest.delete('pair');
    history.replaceState(null, '', location.pathname + (rest.size ? `?${rest}` : ''));
    if (!paired.value) void pairScreen(storageKey, code).then((screen) => (paired.value = screen), () => undefined);
  }, []);
  const screen = paired.value;
  useEffect(() => (config && screen ? start(config, screen) : undefined), [config, screen]);
  if (!screen) return <PairForm storageKey={storageKey} texts={texts} paired={(s) => (paired.value = s)} />;
  return config ? <>{children(config)}</> : null;
}
