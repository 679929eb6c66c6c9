/**
 * schema.org data for search engines: who LISKO is, where, how to call, when reception is open,
 * and the days it is closed. Pure, so the unit tests can feed it closures the real content
 * does not have; src/components/contact/OrganizationJsonLd.astro puts it in the page.
 */
import type { ContactData, HoursData } from '../model/schema.ts';
import { buildNow } from '../hours/clock.ts';
import { countryCode } from './country.ts';
import { currentClosures, schemaOrgDay } from '../hours/format.ts';

export function organizationData(contact: ContactData, hours: HoursData, site: string | undefined, now: Date = buildNow()) {
  const postalAddress = {
    '@type': 'PostalAddress',
    streetAddress: contact.street,
    postalCode: contact.postalCode,
    addressLocality: contact.city,
    addressCountry: countryCode,
  };
  // Closed days not over yet; schema.org marks a closed day with opens and closes both at 00:00.
  const closures = currentClosures(hours.closures, now);
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: contact.name,
    legalName: contact.legalName,
    foundingDate: '2016',
    ...(site ? { url: site } : {}),
    telephone: contact.phones,
    address: postalAddress,
    location: {
      '@type': 'Place',
      name: contact.name,
      address: postalAddress,
      telephone: contact.phones,
      openingHoursSpecification: hours.slots.map((slot) => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: schemaOrgDay(slot.day),
        opens: slot.opens,
        closes: slot.closes,
      })),
      ...(closures.length
        ? {
            specialOpeningHoursSpecification: closures.map((closure) => ({
              '@type': 'OpeningHoursSpecification',
              validFrom: closure.from,
              validThrough: closure.to,
              opens: '00:00',
              closes: '00:00',
            })),
          }
        : {}),
    },
  };
}

/**
 * JSON for the inside of a `<script>` element (JSON-LD), for `set:html`: `<` is written as
 * `\u003c`, so no value (an address, a name from content/) can close the element with
 * `</script>` or open a comment; U+2028/U+2029 likewise, for old parsers. The JSON means the same.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
}
