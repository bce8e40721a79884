import { chromium, type Browser } from 'playwright-core';

/**
 * The one way tests and developer tools start a browser: the Debian Chromium by default, another
 * binary through `CHEFIA_CHROMIUM` (a test knob, not store configuration). Headless, and with
 * every background network feature off so a run talks to loopback only.
 */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(): string {
  return process.env.CHEFIA_CHROMIUM || '/usr/bin/chromium';
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
