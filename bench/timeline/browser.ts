import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The flags every Casetrail Chromium run uses: headless, quiet, no network chatter. */
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

/** Launch the system's Chromium (CHROMIUM_PATH, else /usr/bin/chromium); fail with how to install it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: set CHROMIUM_PATH, or run apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}
