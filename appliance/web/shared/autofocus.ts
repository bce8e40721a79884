import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Focus for an element rendered after the page loaded (a dialog, the next screen): the HTML
 * `autofocus` attribute only acts once per page load, and the counter is driven by keyboard. The
 * focus moves as the element is put in the page, before the browser paints it: keys typed right
 * away land in the field, and the field is drawn focused from its first frame.
 */
export function useAutofocus<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
