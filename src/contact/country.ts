/**
 * LISKO's address is in Luxembourg, always: the country is written here once, not in
 * content/contact/lisko.md, where it could only ever have one value.
 */

/** ISO 3166 code, as schema.org's `addressCountry` expects it. */
export const countryCode = 'LU';

/** As written on a letter (the address itself is French, like the street signs). */
export const countryName = 'Luxembourg';
