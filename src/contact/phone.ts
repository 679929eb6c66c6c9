/** Telephone numbers are stored once, in international form (`+35227555603`). */

const luxembourg = '+352';

/** The number as people in Luxembourg write it: `2755-5603` (8 digits), `43 12 34` (6 digits). */
export function formatPhoneLocal(international: string): string {
  const digits = international.startsWith(luxembourg) ? international.slice(luxembourg.length) : international;
  if (digits.length === 8) return `${digits.slice(0, 4)}-${digits.slice(4)}`;
  if (digits.length === 6) return digits.replace(/(\d\d)(\d\d)(\d\d)/, '$1 $2 $3');
  return digits.replace(/(\d{3})(?=\d)/g, '$1 ');
}

/** The number for callers from abroad: `+352 2755 5603`. */
export function formatPhoneInternational(international: string): string {
  return `${luxembourg} ${formatPhoneLocal(international).replace('-', ' ')}`;
}

/** The `href` of a tap-to-call link. */
export function telHref(international: string): string {
  return `tel:${international}`;
}
