/**
 * How each language writes quotation marks, percentages and its punctuation: the typography half of
 * the per-language style sheet (the words half is the editors' word list, content/style/words.md,
 * described in model.ts). `npm run check` refuses a slip with the line and what to write instead
 * (src/check/style.ts); the unit tests hold the UI strings to the same rules. What the build can do
 * itself, it does: French spaces (`typeset`), so editors never type a narrow no-break space.
 *
 * Pure, without Node: the contact form's island gets its French strings through `typeset` too.
 */
import { languageName, locales, type Locale } from '../i18n/locales.ts';

export interface Typography {
  /** The quotation marks of running text. Any other double mark is refused. */
  quotes: { open: string; close: string };
  /**
   * ASCII punctuation right after a letter of the language's own script, and the script's own mark
   * to write instead (Tigrinya: `።` for `.`).
   */
  punctuation?: { script: RegExp; marks: Readonly<Record<string, string>> };
}

const guillemets = { open: '«', close: '»' };

/**
 * Per language; a language added later without an entry has its percentages checked (from `Intl`)
 * and nothing else until it gets one (ADMIN.md, "Adding a language").
 */
export const typography: Partial<Record<Locale, Typography>> = {
  de: { quotes: { open: '„', close: '“' } },
  fr: { quotes: guillemets },
  en: { quotes: { open: '“', close: '”' } },
  lb: { quotes: { open: '„', close: '“' } },
  ar: { quotes: guillemets },
  ti: {
    quotes: guillemets,
    // ፦ introduces (an answer, a list), as the UI strings and every Tigrinya page use it.
    punctuation: { script: /\p{Script=Ethiopic}/u, marks: { '.': '።', ',': '፣', ';': '፤', ':': '፦' } },
  },
  so: { quotes: guillemets },
};

/** Every double quotation mark a text might hold. */
const doubleMarks = /["„“”«»‟〝〞＂]/gu;

const spacedPercent = new Map<Locale, boolean>();

/**
 * Whether the language puts a space between a figure and %, as `Intl` writes it (`52 %` in German
 * and French, `52%` in English, Arabic, Tigrinya, Somali), so the rule follows the language's own
 * convention rather than a list of ours.
 */
export function percentSpaced(lang: Locale): boolean {
  let spaced = spacedPercent.get(lang);
  if (spaced === undefined) {
    const written = new Intl.NumberFormat(locales[lang].intl, { style: 'percent' }).format(0.52).replace(/[\u200e\u200f\u061c]/g, '');
    spaced = /\d\s%/u.test(written);
    spacedPercent.set(lang, spaced);
  }
  return spaced;
}

export interface Slip {
  /** Where in the text (0-based), for the line. */
  index: number;
  message: string;
}

/** The typography slips in one piece of running text in `lang`. */
export function typographySlips(lang: Locale, text: string): Slip[] {
  const rules: Typography | undefined = typography[lang];
  const slips: Slip[] = [];
  const { open, close } = rules?.quotes ?? { open: '', close: '' };
  for (const match of rules ? text.matchAll(doubleMarks) : []) {
    if (match[0] === open || match[0] === close) continue;
    slips.push({ index: match.index, message: `quotation marks in ${languageName(lang)} are ${open}…${close} (found ${match[0]})` });
  }
  const spaced = percentSpaced(lang);
  // Where the build spaces percentages itself (French), any spelling is fine.
  const typesetsPercent = typeset(lang, '52%') !== '52%';
  for (const match of typesetsPercent ? [] : text.matchAll(/(?<![\d.,])\d[\d.,]*(\s*)%/gu)) {
    const hasSpace = (match[1] ?? '') !== '';
    if (hasSpace === spaced) continue;
    slips.push({
      index: match.index,
      message: spaced
        ? `a percentage in ${languageName(lang)} has a space before %, like 52 % (found "${match[0]}")`
        : `a percentage in ${languageName(lang)} has no space before %, like 52% (found "${match[0]}")`,
    });
  }
  if (rules?.punctuation) {
    const { script, marks } = rules.punctuation;
    const ascii = Object.keys(marks)
      .map((mark) => mark.replace(/[.^\\\]-]/g, '\\$&'))
      .join('');
    // After a letter of the script, and not inside a figure or an address (`1.5`, `lisko.lu`).
    for (const match of text.matchAll(new RegExp(`(?<=${script.source})[${ascii}](?![\\p{L}\\p{N}])`, 'gu'))) {
      slips.push({ index: match.index, message: `write ${marks[match[0]]} instead of "${match[0]}" after ${languageName(lang)} words` });
    }
  }
  return slips.sort((a, b) => a.index - b.index);
}

/** U+202F NARROW NO-BREAK SPACE: what French puts before ; : ! ? » and % and after «. */
const thin = '\u202f';

/** Addresses, left as they are: `?`, `:` and `%` mean something else in them (`R%C3%A9fugi%C3%A9`). */
const address = /((?:https?:\/\/|mailto:|tel:|www\.)[^\s<>"']*)/giu;

/**
 * French spacing, as the build writes every French page: a narrow no-break space before `; ! ? »`
 * and before `:` and `%` (where a space, a line break or nothing stood after a word, a figure or a
 * full stop), and after `«`. A plain space there becomes the narrow one, so the mark never starts a
 * line. Addresses and times stay as they are (`https://`, `10:00`, `?a=1`), `?!` stays together, and
 * running it again changes nothing.
 */
export function typeset(lang: Locale, text: string): string {
  if (lang !== 'fr') return text;
  return text
    .split(address)
    .map((part, index) => (index % 2 ? part : typesetFrench(part)))
    .join('');
}

/** What may stand right before a mark that gets its space: anything but a space or another mark. */
const beforeMark = '(?<=[^\\s;:!?«(\\[])';

function typesetFrench(text: string): string {
  return (
    text
      // A text that starts with a space and a mark (after a tag: `<strong>Adresse</strong> :`).
      .replace(/^[ \u00a0\u202f]+(?=[;:!?»](?:\s|$))/u, thin)
      // « word → «␣word; word » → word␣»
      .replace(/«\s*(?=\S|$)/gu, `«${thin}`)
      .replace(/(?<=\S)\s*»/gu, `${thin}»`)
      // word ; word ! word ? → word␣; (only where the mark ends a word: not `?a=1`)
      .replace(new RegExp(`${beforeMark}\\s*([;!?])(?=\\s|$|[»)\\]<!?])`, 'gu'), `${thin}$1`)
      // word : → word␣: (not 10:00)
      .replace(new RegExp(`${beforeMark}\\s*:(?=\\s|$)`, 'gu'), `${thin}:`)
      // 52 % → 52␣% (a figure standing alone: not `%C3%A9` in an address)
      .replace(/(?<=(?:^|[^\p{L}\p{N}%=&])[\d.,]*\d)\s*%/gu, `${thin}%`)
  );
}
