/**
 * Reads the content collections for the pages. A page or service missing in a language is
 * shown from the German original, flagged `isFallback` so the page can say so, keep the text's
 * real language and stay out of search engines.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { contentPath } from './paths.ts';
import type { Audience } from './model.ts';
import { isShown, newestFirst } from '../editorial/announcements.ts';
import { buildNow } from '../hours/clock.ts';
import type { PageName } from '../routing/pages.ts';

export interface Localized<T> {
  entry: T;
  /** The language the text is really in. */
  textLang: Locale;
  isFallback: boolean;
  /** Languages that have their own translation of this entry (for hreflang and the sitemap). */
  translatedIn: Locale[];
}

function langOf(id: string): Locale {
  return id.split('/')[0] as Locale;
}

function nameOf(id: string): string {
  return id.split('/').slice(1).join('/');
}

export async function getPage(lang: Locale, name: PageName): Promise<Localized<CollectionEntry<'pages'>>> {
  const all = (await getCollection('pages')).filter((entry) => nameOf(entry.id) === name);
  const own = all.find((entry) => langOf(entry.id) === lang);
  const original = all.find((entry) => langOf(entry.id) === defaultLocale);
  const entry = own ?? original;
  if (!entry) throw new Error(`${contentPath('pages', name, defaultLocale)} is missing`);
  return { entry, textLang: langOf(entry.id), isFallback: !own, translatedIn: all.map((e) => langOf(e.id)) };
}

export interface Service extends Localized<CollectionEntry<'services'>> {
  slug: string;
  order: number;
  /** Set only on a service LISKO's own description limits to one group (the content check). */
  audience: Audience | undefined;
}

/**
 * Each German original of a collection with its text in `lang` (or the original's, flagged as a
 * fallback). Looks entries up in maps: scanning every entry for every original made this
 * quadratic, and with a thousand services it took seconds on every page that lists them (npm run
 * bench measures it).
 */
function localizedOriginals<T extends { id: string }>(all: T[], lang: Locale): (Localized<T> & { name: string; original: T })[] {
  const byId = new Map(all.map((entry) => [entry.id, entry]));
  const languagesOf = new Map<string, Locale[]>();
  for (const entry of all) {
    const name = nameOf(entry.id);
    languagesOf.set(name, [...(languagesOf.get(name) ?? []), langOf(entry.id)]);
  }
  return all
    .filter((entry) => langOf(entry.id) === defaultLocale)
    .map((original) => {
      const name = nameOf(original.id);
      const own = byId.get(`${lang}/${name}`);
      return { name, original, entry: own ?? original, textLang: own ? lang : defaultLocale, isFallback: !own, translatedIn: languagesOf.get(name) ?? [] };
    });
}

/** The services in one language, in the order the German originals set. */
export async function getServices(lang: Locale): Promise<Service[]> {
  return localizedOriginals(await getCollection('services'), lang)
    .map(({ name, original, ...localized }) => ({
      ...localized,
      slug: name,
      // The content check guarantees it is set in every original.
      order: original.data.order ?? Number.MAX_SAFE_INTEGER,
      audience: original.data.audience,
    }))
    .sort((a, b) => a.order - b.order);
}

/** The files behind the hours and the contact details, for "last updated" dates. */
export const hoursFile = contentPath('hours', 'reception');
export const contactFile = contentPath('contact', 'lisko');

export async function getHours() {
  const entry = await getEntry('hours', 'reception');
  if (!entry) throw new Error(`${hoursFile} is missing`);
  return entry.data;
}

export async function getContact() {
  const entry = await getEntry('contact', 'lisko');
  if (!entry) throw new Error(`${contactFile} is missing`);
  return entry.data;
}

export interface Announcement extends Localized<CollectionEntry<'announcements'>> {
  name: string;
  /** From the German original: translations hold words only. */
  from: string;
  until: string;
}

/**
 * The announcements shown today (at the build's "now") in one language, newest first. One
 * without a translation is shown from the German original, like a page.
 */
export async function getAnnouncements(lang: Locale, now: Date = buildNow()): Promise<Announcement[]> {
  return localizedOriginals(await getCollection('announcements'), lang)
    .filter(({ original }) => isShown(original.data, now))
    .map(({ original, ...localized }) => ({
      ...localized,
      // The content check guarantees both are set in every original.
      from: original.data.from ?? '',
      until: original.data.until ?? '',
    }))
    .sort(newestFirst);
}
