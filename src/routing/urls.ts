/** Every internal address is built here, so the site also works under a sub-path (`base`). */
import type { Locale } from '../i18n/locales.ts';
import { basePrefix, withoutBase } from './base.ts';
import { pagePaths, type PageName } from './pages.ts';

/** `base` with exactly one trailing slash. */
export function basePath(): string {
  return `${basePrefix(import.meta.env.BASE_URL)}/`;
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
  const rest = withoutBase(pathname, basePath()).slice(1);
  return `${basePath()}${to}/${rest.split('/').slice(1).join('/')}`;
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

/** LISKO as a contact card for the phone's contacts, in one language: `/de/lisko.vcf`. */
export function contactCardUrl(lang: Locale): string {
  return localizedPath(lang, 'lisko.vcf');
}

/** The phone's own maps app at the address, searched by text (the facts hold no coordinates). */
export function mapsAppUrl(address: { street: string; postalCode: string; city: string }): string {
  return `geo:0,0?q=${encodeURIComponent(addressLine(address))}`;
}

/** The printable one-page handout, in one language: `/de/handout/`. */
export function handoutUrl(lang: Locale): string {
  return localizedPath(lang, 'handout/');
}

/** Share links that open an app with the text filled in; nothing loads from another site until one is followed. */
export function shareLinks(title: string, url: string): { whatsapp: string; sms: string; email: string } {
  const text = `${title}\n${url}`;
  return {
    whatsapp: `https://wa.me/?text=${encodeURIComponent(text)}`,
    sms: `sms:?&body=${encodeURIComponent(text)}`,
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(text)}`,
  };
}

/** The kinds of page that have their own preview image: every page name, and the handout. */
export type PreviewKind = PageName | 'handout';

/** The preview image (og:image) for a page address: its kind's image; a service page shows the services image. */
export function previewImageUrl(pathname: string): string {
  const base = basePath();
  const [lang = '', first = ''] = withoutBase(pathname, base).slice(1).split('/');
  const kind = (Object.entries(pagePaths).find(([, path]) => path === `${first}/`)?.[0] ?? (first === 'handout' ? 'handout' : 'home')) as PreviewKind;
  return `${base}${lang}/preview/${kind}.png`;
}
