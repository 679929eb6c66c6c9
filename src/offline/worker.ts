/**
 * The offline worker (/sw.js) in one place. `LISKO_OFFLINE=off` at build time switches it off for
 * good: pages stop registering it and /sw.js becomes the self-removing worker, which clears what
 * the old one saved in browsers that installed it (README, "Offline").
 */
import { localeCodes, type Locale } from '../i18n/locales.ts';
import { editorFolder } from '../routing/pages.ts';
import { basePath, pageUrl } from '../routing/urls.ts';
import workerBody from './browser/sw.js?raw';
import removingWorker from './browser/sw-remove.js?raw';

export function offlineEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env['LISKO_OFFLINE'] !== 'off';
}

/** The pages kept from the first visit, per language: where to come, how to get support, how to call. */
export function keptPages(): Record<Locale, string[]> {
  return Object.fromEntries(localeCodes.map((lang) => [lang, [pageUrl(lang, 'home'), pageUrl(lang, 'get-support'), pageUrl(lang, 'contact')]])) as Record<
    Locale,
    string[]
  >;
}

/** The text of /sw.js. `version` changes with each build, so an update replaces the caches. */
export function workerSource(version: string, enabled = offlineEnabled()): string {
  if (!enabled) return removingWorker;
  const config = { version, base: basePath(), editor: `${basePath()}${editorFolder}/`, pages: keptPages() };
  return `const config = ${JSON.stringify(config)};\n${workerBody}`;
}
