/**
 * Finds a Chromium for the tests, in this order: $CHROMIUM_PATH, a system Chromium or Chrome,
 * Playwright's own download. Fails with a message that says how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** The path to launch, or undefined to let Playwright use its own download. */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
    return fromEnv;
  }
  const system = systemBrowsers.find((path) => existsSync(path));
  if (system) return system;
  let own = '';
  try {
    own = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser of its own; the message below says what to do.
  }
  if (own && existsSync(own)) return undefined;
  throw new Error(
    [
      'No Chromium or Chrome found for the browser tests. Any one of these fixes it:',
      '  • set CHROMIUM_PATH=/path/to/chromium',
      '  • install one: sudo apt-get install -y chromium   (Debian/Ubuntu)',
      '  • or let Playwright download its own: npx playwright install chromium',
    ].join('\n'),
  );
}

/** Flags that keep a headless Chromium quiet on machines without network access. */
export const chromiumArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
