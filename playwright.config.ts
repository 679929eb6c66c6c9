import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/browser.ts';

const port = Number(process.env['TEST_PORT'] ?? 4321);
const executablePath = findChromium();

/** Browser tests run against the built site (`dist/`), served like a CDN would. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: {
    command: `node tests/support/static-server.ts dist ${port}`,
    url: `http://127.0.0.1:${port}/de/`,
    reuseExistingServer: !process.env['CI'],
  },
});
