import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Focus for an element rendered after the page loaded (a dialog, the next screen): the HTML
 * `autofocus` attribute only acts once per page load, and the counter is driven by keyboard.
 */
export function useAutofocus<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
