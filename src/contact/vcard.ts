/**
 * LISKO as a contact card (vCard 3.0, RFC 2426): the version both Android's and iOS's contacts
 * apps import from a link. Pure: the endpoint src/pages/[lang]/lisko.vcf.ts gives it the content.
 * Text values are escaped and long lines folded as in iCalendar, which vCard 3.0 shares.
 */
import { escapeText, foldLine } from '../hours/ics.ts';

export interface ContactCard {
  name: string;
  legalName: string;
  street: string;
  postalCode: string;
  city: string;
  /** Country name as written on letters, e.g. `Luxembourg`. */
  country: string;
  /** International form, `+352 2755 5603`. */
  phones: readonly string[];
  /** The home page in the visitor's language (absolute). */
  url: string;
  /** BCP-47 language of the page the card was saved from. */
  lang: string;
}

export function contactCard(card: ContactCard): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${escapeText(card.name)};;;;`,
    `FN:${escapeText(card.name)}`,
    `ORG:${escapeText(card.legalName)}`,
    // iOS shows the card as a company, not as a person called "LISKO".
    'X-ABSHOWAS:COMPANY',
    ...card.phones.map((phone) => `TEL;TYPE=WORK,VOICE:${phone.replace(/[^+\d]/g, '')}`),
    `ADR;TYPE=WORK:;;${escapeText(card.street)};${escapeText(card.city)};;${escapeText(card.postalCode)};${escapeText(card.country)}`,
    `URL:${card.url}`,
    `LANG:${card.lang}`,
    'END:VCARD',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
