/** Every internal address is built here, so the site also works under a sub-path (`base`). */
import type { Locale } from '../i18n/locales.ts';
import type { PageName } from './contentCheck.ts';

/** The address of each page inside a language folder. */
export const pagePaths: Record<PageName, string> = {
  home: '',
  services: 'services/',
  'get-support': 'get-support/',
  contact: 'contact/',
  about: 'about/',
  professionals: 'professionals/',
  privacy: 'privacy/',
  accessibility: 'accessibility/',
  glossary: 'glossary/',
};

/** `base` with exactly one trailing slash. */
export function basePath(): string {
  return `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;
}

/** `/de/contact/` (or `/sub/de/contact/` under a sub-path). */
export function localizedPath(lang: Locale, path = ''): string {
  return `${basePath()}${lang}/${path}`;
}

export function pageUrl(lang: Locale, page: PageName): string {
  return localizedPath(lang, pagePaths[page]);
}

export function serviceUrl(lang: Locale, slug: string): string {
  return localizedPath(lang, `services/${slug}/`);
}

/** The address of the same page in another language: swaps the language folder. */
export function switchLanguage(pathname: string, to: Locale): string {
  const base = basePath();
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return `${base}${to}/${rest.split('/').slice(1).join('/')}`;
}

/** A link to OpenStreetMap's search for an address: directions without an embedded map. */
export function openStreetMapUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

/** The one-line address for searches and calendars: `13, rue de Bragance, L-1255 Luxembourg`. */
export function addressLine(address: { street: string; postalCode: string; city: string }): string {
  return `${address.street}, ${address.postalCode} ${address.city}`;
}

/** Directions to LISKO: OpenStreetMap's search for the address. */
export function directionsUrl(address: { street: string; postalCode: string; city: string }): string {
  return openStreetMapUrl(addressLine(address));
}

/** The reception hours as a calendar file, in one language: `/de/reception.ics`. */
export function calendarUrl(lang: Locale): string {
  return localizedPath(lang, 'reception.ics');
}

/** Announcements and closures as an Atom feed, in one language: `/de/feed.xml`. */
export function feedUrl(lang: Locale): string {
  return localizedPath(lang, 'feed.xml');
}
