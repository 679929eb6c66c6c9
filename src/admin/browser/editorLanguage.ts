/**
 * The language of the editor's labels and hints (German or English, src/model/model.ts). Sveltia CMS
 * cannot translate a configuration's labels itself, so they are chosen once, when the editor
 * starts, the way it chooses its own words: the language picked in its settings (kept in the
 * browser's storage as `sveltia-cms.prefs`), else the browser's languages. A change in its
 * settings shows in the labels after the page is reloaded.
 */
import type { EditorLanguage } from '../../model/model.ts';

export function editorLanguage(storage: Pick<Storage, 'getItem'> = localStorage, languages: readonly string[] = navigator.languages): EditorLanguage {
  let chosen: unknown;
  try {
    chosen = (JSON.parse(storage.getItem('sveltia-cms.prefs') ?? '{}') as { locale?: unknown }).locale;
  } catch {
    // Unreadable settings: follow the browser.
  }
  const wanted = typeof chosen === 'string' && chosen !== 'auto' ? [chosen] : languages;
  return wanted[0]?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
