/**
 * Settings inside page texts. A page's Markdown may write `{{controller}}` (any name in
 * `placeholderSettings`); the page shows the value from content/settings/site.md in its own
 * language: days and countries through Intl, the data protection officer and the transfer basis
 * through UI strings. A setting still holding its placeholder shows as a visible <mark> naming
 * what to fill in, so editors see it (and `npm run deploy:check` refuses to publish).
 * Pure, for the page (SettingsText.astro), the content check and the unit tests.
 */
import { locales, type Locale } from '../i18n/locales.ts';
import { contentPath } from './paths.ts';
import type { SettingsData } from './schema.ts';
import { isPlaceholder, placeholderSettings, settingMeaning, type PlaceholderSetting } from './model.ts';

export const settingsFile = contentPath('settings', 'site');

/** `{{ name }}`, as written in Markdown and still there in the rendered HTML. */
const tokenPattern = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

export function isSettingToken(name: string): name is PlaceholderSetting {
  return (placeholderSettings as readonly string[]).includes(name);
}

/** The tokens a text uses, with their 1-based lines, in order. */
export function tokensIn(text: string): { name: string; line: number }[] {
  return [...text.matchAll(tokenPattern)].map((match) => ({
    name: match[1] ?? '',
    line: text.slice(0, match.index).split('\n').length,
  }));
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

/** The words a setting needs from the UI strings. */
export type SettingWords = (key: 'privacy.noDpo' | 'privacy.transferBasis.dpf' | 'privacy.transferBasis.scc') => string;

function mailto(name: string, address: string): string {
  const safe = escapeHtml(address);
  return `<a data-setting="${name}" href="mailto:${safe}" dir="ltr">${safe}</a>`;
}

/** One setting as HTML in `lang`. */
export function settingHtml(name: PlaceholderSetting, settings: SettingsData, lang: Locale, words: SettingWords): string {
  const value = settings[name];
  if (isPlaceholder(value)) {
    // In English and left to right on every page: a note for editors, not for visitors.
    return `<mark class="setting-placeholder" data-setting-placeholder="${name}" lang="en" dir="ltr">${escapeHtml(String(value))} (${settingsFile}: ${name})</mark>`;
  }
  const intl = locales[lang].intl;
  const span = (text: string, dir = '') => `<span data-setting="${name}"${dir ? ` dir="${dir}"` : ''}>${escapeHtml(text)}</span>`;
  switch (name) {
    case 'privacyEmail':
      return mailto(name, String(value));
    case 'dataProtectionOfficer':
      return value === 'none' ? span(words('privacy.noDpo')) : mailto(name, String(value));
    case 'formspreeRetentionDays':
    case 'liskoRetentionDays':
      return span(new Intl.NumberFormat(intl, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(Number(value)));
    case 'hostCountry':
      return span(new Intl.DisplayNames(intl, { type: 'region' }).of(String(value)) ?? String(value));
    case 'formspreeTransferBasis':
      return span(words(value === 'scc' ? 'privacy.transferBasis.scc' : 'privacy.transferBasis.dpf'));
    default:
      // Names and addresses as written: their direction follows their own letters.
      return span(String(value), 'auto');
  }
}

/** Replaces every `{{name}}` in rendered HTML; throws on a name the site does not know. */
export function fillSettings(html: string, settings: SettingsData, lang: Locale, words: SettingWords): string {
  return html.replace(tokenPattern, (_token, name: string) => {
    if (!isSettingToken(name)) throw new Error(`Unknown setting {{${name}}} in a page text (known: ${placeholderSettings.join(', ')})`);
    return settingHtml(name, settings, lang, words);
  });
}

/** The settings still holding their placeholder, in the order EDITING.md explains them. */
export function placeholdersInUse(settings: Partial<Record<PlaceholderSetting, unknown>>): PlaceholderSetting[] {
  return placeholderSettings.filter((name) => isPlaceholder(settings[name]));
}

/** One plain line per setting still holding its placeholder. */
export function placeholderMessage(name: PlaceholderSetting, value: unknown): string {
  return `${settingsFile}: "${name}" is not filled in yet (placeholder ${JSON.stringify(value)}): write ${settingMeaning[name]} (ADMIN.md, "Privacy settings", explains each one).`;
}
