/** "Save to contacts": the vCard read back with ical.js, which parses vCard 3.0 as jCard (RFC 7095). */
import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { contactCard } from '../../src/contact/vcard.ts';

const card = {
  name: 'LISKO',
  legalName: 'Lëtzebuerger Integratiouns- a Sozialkohäsiounszenter',
  street: '13, rue de Bragance',
  postalCode: 'L-1255',
  city: 'Luxembourg',
  country: 'Luxembourg',
  phones: ['+352 2755 5603', '+352 2755 5601'],
  url: 'https://www.example.lu/ar/',
  lang: 'ar',
};

test('the card holds the name, both numbers, the address and the home page, as vCard 3.0', () => {
  const text = contactCard(card);
  expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
  expect(text.endsWith('END:VCARD\r\n')).toBe(true);
  const vcard = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(vcard.getFirstPropertyValue('fn')).toBe(card.name);
  expect(vcard.getFirstPropertyValue('org')).toBe(card.legalName);
  expect(vcard.getAllProperties('tel').map((tel) => tel.getFirstValue())).toEqual(card.phones.map((phone) => phone.replaceAll(' ', '')));
  // The street's comma is escaped, so the address keeps its seven parts.
  expect(vcard.getFirstProperty('adr')?.getValues()[0]).toEqual(['', '', card.street, card.city, '', card.postalCode, card.country]);
  expect(vcard.getFirstPropertyValue('url')).toBe(card.url);
});

test('no line is longer than 75 octets (long values are folded)', () => {
  const text = contactCard({ ...card, legalName: card.legalName.repeat(3) });
  for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  expect(new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstPropertyValue('org')).toBe(card.legalName.repeat(3));
});
