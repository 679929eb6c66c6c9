/**
 * Translated texts with elements inside: "Geschlossen am {{date}}: …" where {{date}} must become
 * a <time>. Translate with `slot('date')` as the value, then `splitSlots` gives the text around
 * it and the slot names, in the order this language puts them.
 */
const mark = '\u0000';

/** The value to pass for a placeholder that an element will fill. */
export function slot(name: string): string {
  return `${mark}${name}${mark}`;
}

export type Part = string | { slot: string };

/** `"Geschlossen am \0date\0: Feiertag"` → `["Geschlossen am ", { slot: "date" }, ": Feiertag"]` */
export function splitSlots(text: string): Part[] {
  return text
    .split(new RegExp(`${mark}(\\w+)${mark}`))
    .map((part, index) => (index % 2 ? { slot: part } : part))
    .filter((part) => part !== '');
}
