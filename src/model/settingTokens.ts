/**
 * Values inside page texts. A page's Markdown may write `{{controller}}` (any name in
 * `placeholderSettings`) or a value the site makes itself (`madeTokens`); the page shows it in its
 * own language: days and countries through Intl, the other words through UI strings. A setting
 * still holding its placeholder shows as a visible <mark> naming what to fill in, so editors see
 * it (and `npm run deploy:check` refuses to publish).
 * Pure, for the page (SettingsText.astro), the content check and the unit tests.
 */
import { locales, type Locale } from '../i18n/locales.ts';
import type { UiKey } from '../i18n/ui.ts';
import { fieldItemText, sentFields } from '../contact/formFieldList.ts';
import { dayAt, longDate, testedOnVariable } from '../hours/clock.ts';
import { contentPath } from './paths.ts';
import type { SettingsData } from './schema.ts';
import { isPlaceholder, placeholderSettings, settingMeaning, type PlaceholderSetting } from './model.ts';

export const settingsFile = contentPath('settings', 'site');

/**
 * Values the site makes itself: `formFields`, the list of what the contact form sends (from the
 * form's own fields, src/contact/formFieldList.ts); `testedOn`, the day the tests last passed
 * (`LISKO_TESTED_ON`, src/hours/clock.ts).
 */
export const madeTokens = ['formFields', 'testedOn'] as const;
export type MadeToken = (typeof madeTokens)[number];
export type TextToken = PlaceholderSetting | MadeToken;

/** `{{ name }}`, as written in Markdown and still there in the rendered HTML. */
const tokenPattern = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

export function isSettingToken(name: string): name is PlaceholderSetting {
  return (placeholderSettings as readonly string[]).includes(name);
}

export function isTextToken(name: string): name is TextToken {
  return isSettingToken(name) || (madeTokens as readonly string[]).includes(name);
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

/** The words values need from the UI strings (the page's translate function). */
export type SettingWords = (key: UiKey, vars?: Record<string, string>) => string;

/** What a page text is filled from. */
export interface TextValues {
  settings: SettingsData;
  /** The language of the text. */
  lang: Locale;
  words: SettingWords;
  /** The day the tests last passed, `2026-05-04`; undefined while nobody reported one. */
  testedOn?: string | undefined;
}

function mailto(name: string, address: string): string {
  const safe = escapeHtml(address);
  return `<a data-setting="${name}" href="mailto:${safe}" dir="ltr">${safe}</a>`;
}

/** A value still missing, in English and left to right on every page: a note for editors, not for visitors. */
function placeholderMark(name: TextToken, text: string): string {
  return `<mark class="setting-placeholder" data-setting-placeholder="${name}" lang="en" dir="ltr">${escapeHtml(text)}</mark>`;
}

/** One setting as HTML in the text's language. */
export function settingHtml(name: PlaceholderSetting, { settings, lang, words }: TextValues): string {
  const value = settings[name];
  if (isPlaceholder(value)) return placeholderMark(name, `${String(value)} (${settingsFile}: ${name})`);
  const intl = locales[lang].intl;
  const span = (text: string, dir = '') => `<span data-setting="${name}"${dir ? ` dir="${dir}"` : ''}>${escapeHtml(text)}</span>`;
  switch (name) {
    case 'privacyEmail':
      return mailto(name, String(value));
    case 'dataProtectionOfficer':
      return value === 'none' ? span(words('privacy.noDpo')) : mailto(name, String(value));
    case 'formspreeRetentionDays':
    case 'liskoRetentionDays':
    case 'hostLogRetentionDays':
      return span(new Intl.NumberFormat(intl, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(Number(value)));
    case 'hostCountry':
      return span(new Intl.DisplayNames(intl, { type: 'region' }).of(String(value)) ?? String(value));
    case 'formspreeTransferBasis':
      return span(words(value === 'scc' ? 'privacy.transferBasis.scc' : 'privacy.transferBasis.dpf'));
    case 'hostTransferBasis':
      return span(
        value === 'eea'
          ? words('privacy.hostTransfer.eea')
          : words('privacy.hostTransfer.outside', { basis: words(`privacy.transferBasis.${value as 'adequacy' | 'dpf' | 'scc'}`) }),
      );
    case 'formspreeChallenge':
      return value === 'none' ? span(words('privacy.challenge.none')) : span(words('privacy.challenge.shown', { check: String(value) }));
    case 'accessibilityConformance':
      return span(words(`accessibility.conformance.${value as 'full' | 'partial' | 'none'}`));
    default:
      // Names and addresses as written: their direction follows their own letters.
      return span(String(value), 'auto');
  }
}

/** A value the site makes, as HTML in the text's language. */
function madeHtml(name: MadeToken, values: TextValues): string {
  if (name === 'formFields') {
    const items = sentFields.map((field) => `<li data-field="${field.name}" data-need="${field.need}">${escapeHtml(fieldItemText(values.words, field))}</li>`);
    return `<ul class="form-fields" data-setting="formFields">${items.join('')}</ul>`;
  }
  const day = values.testedOn;
  if (!day) return placeholderMark(name, `REPLACE-WITH-DAY-THE-TESTS-PASSED (${testedOnVariable}, README.md: Deploying)`);
  return `<time data-setting="${name}" datetime="${day}">${escapeHtml(longDate(dayAt(day), locales[values.lang].intl))}</time>`;
}

/**
 * Replaces every `{{name}}` in rendered HTML; throws on a name the site does not know. The form's
 * list is a block: standing alone in a paragraph, it replaces the paragraph; inside one, it ends
 * the paragraph before it and starts another after it.
 */
export function fillSettings(html: string, values: TextValues): string {
  return html
    .replace(/<p>\s*\{\{\s*formFields\s*\}\}\s*<\/p>/g, () => madeHtml('formFields', values))
    .replace(tokenPattern, (_token, name: string) => {
      if (!isTextToken(name)) throw new Error(`Unknown setting {{${name}}} in a page text (known: ${[...placeholderSettings, ...madeTokens].join(', ')})`);
      if (name === 'formFields') return `</p>${madeHtml(name, values)}<p>`;
      return isSettingToken(name) ? settingHtml(name, values) : madeHtml(name, values);
    })
    .replace(/<p>\s*<\/p>/g, '');
}

/** The settings still holding their placeholder, in the order EDITING.md explains them. */
export function placeholdersInUse(settings: Partial<Record<PlaceholderSetting, unknown>>): PlaceholderSetting[] {
  return placeholderSettings.filter((name) => isPlaceholder(settings[name]));
}

/** One plain line per setting still holding its placeholder. */
export function placeholderMessage(name: PlaceholderSetting, value: unknown): string {
  return `${settingsFile}: "${name}" is not filled in yet (placeholder ${JSON.stringify(value)}): write ${settingMeaning[name]} (ADMIN.md, "Privacy settings", explains each one).`;
}
