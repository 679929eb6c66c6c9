/**
 * Vite plugin: the contact form's island loader without its unused Preact Signals import.
 *
 * @astrojs/preact's browser renderer (`dist/client.js`) loads `@preact/signals` with a dynamic
 * `import()` when an island was given signals as props. Vite wraps every dynamic import of the
 * browser build in its preload helper, a 0.9 KB gzip chunk the contact page then loads although
 * the branch never runs: the site's only island, the contact form, gets plain props, so Astro
 * never writes `data-preact-signals`. That kilobyte is better spent on the offline worker's
 * registration, within the page's 20 KB JavaScript budget (npm run bench). The import becomes a
 * rejection with a message that says what to do, and the build stops if the renderer's code has
 * changed so that the import is no longer found (a new version of @astrojs/preact).
 */
import type { Plugin } from 'vite';

const renderer = /[\\/]@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/;
const signalsImport = /\bimport\(\s*(["'`])@preact\/signals\1\s*\)/g;

/** The renderer's code with the signals import replaced; throws if there is not exactly one. */
export function withoutSignals(code: string): string {
  const found = code.match(signalsImport)?.length ?? 0;
  if (found !== 1) {
    throw new Error(`@astrojs/preact's client.js has ${found} imports of @preact/signals, not one: update src/integrations/islandWithoutSignals.ts.`);
  }
  return code.replace(
    signalsImport,
    'Promise.reject(new Error("LISKO\'s build leaves @preact/signals out of islands (src/integrations/islandWithoutSignals.ts): give islands plain props."))',
  );
}

export function islandWithoutSignals(): Plugin {
  return {
    name: 'lisko-island-without-signals',
    enforce: 'pre',
    // Only the browser bundle: the server renderer is not shipped.
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    transform(code, id) {
      return renderer.test(id) ? { code: withoutSignals(code), map: null } : null;
    },
  };
}
