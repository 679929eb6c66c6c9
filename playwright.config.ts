import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/browser.ts';
import { hostCommand, hostEnv } from './tests/support/host.ts';
import { fakeFormspreeOrigin, fakeFormspreePort, testPort as port } from './tests/support/ports.ts';

const executablePath = findChromium();

/**
 * Browser tests run against the built site (`dist/`), built by `npm run build:test` so the
 * contact form posts to the local fake Formspree (never formspree.io), and served by Cloudflare
 * Pages' own local runtime (tests/support/host.ts), so `_headers` and `_redirects` mean exactly
 * what they mean in production.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two at least: Playwright's default (half the cores) is one worker on a 2-core machine, where
  // the tests mostly wait on the browser and a second worker nearly halves the run.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // A timeout here only catches a hung test; it is not a speed budget (that is `npm run bench`).
  // A test that takes 5 s on an idle machine took over 30 s at a load of 27 on 2 cores.
  timeout: 90_000,
  // Likewise for a web-first assertion's wait: it returns as soon as it holds.
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: [
    {
      command: hostCommand('dist', port),
      env: { ...hostEnv },
      url: `http://127.0.0.1:${port}/de/`,
      // A first start builds the runtime's shim worker: seconds when idle, more under load.
      timeout: 180_000,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `node tests/support/fake-formspree.ts ${fakeFormspreePort}`,
      url: `${fakeFormspreeOrigin}/__health`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
