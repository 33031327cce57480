import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is looked for when CHROMIUM_PATH is not set (Debian's package `chromium`). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium on a closed network: nothing phones home, nothing waits on it. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Return the Chromium to drive, or fail saying how to install one: the gate never skips. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  const path = fromEnv || DEFAULT_CHROMIUM;
  if (existsSync(path)) return path;
  throw new Error(
    `No Chromium at ${path}${fromEnv ? ' (from CHROMIUM_PATH)' : ''}. The browser tests and the ` +
      'benchmark drive a real Chromium: install it with `apt-get update && apt-get install -y ' +
      'chromium` (as root on Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

/**
 * Launch the system's Chromium headless with the flags every Casetrail run uses; Playwright
 * gives it a fresh temporary profile, deleted on close. Fails with how to install Chromium.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}
