/**
 * The per-language style sheet, as `npm run check` applies it: the words of the word list
 * (content/style/words.md, model.ts) and the typography of each language (src/model/typography.ts),
 * in every text an editor writes in that language: the Markdown text and the fields of words
 * (titles, descriptions, a closure's reason in each language). tests/unit/style.test.ts holds the
 * UI strings to the same rules.
 */
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { Field } from '../model/model.ts';
import { typographySlips, type Slip } from '../model/typography.ts';
import { proseOf } from './markdown.ts';

/** One entry of the word list, ready to search with. */
export interface WordRule {
  language: Locale;
  use: string;
  why?: string;
  /** Where the entry is, for the message: `content/style/words.md, line 6`. */
  source: string;
  line?: number | undefined;
  avoid: { word: string; pattern: RegExp }[];
}

export interface WordEntry {
  language: string;
  use: string;
  avoid: readonly string[];
  why?: string | undefined;
}

const letter = '[\\p{L}\\p{M}\\p{N}]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * `Fachkräfte*` → Fachkräfte, Fachkräften (and at the start of a sentence, capitalised, unless that
 * is the word to use: `internet` → `Internet`), never inside another word: `Formular` does not find
 * „Formulaire“. A * at either end stands for any letters.
 */
export function avoidPattern(word: string, use = ''): RegExp {
  const trimmed = word.trim();
  const core = trimmed.replace(/^\*+|\*+$/g, '');
  const capital = core.charAt(0).toLocaleUpperCase() + core.slice(1);
  const forms = [...new Set([core, capital === use.trim() ? core : capital])].map(escape).join('|');
  const before = trimmed.startsWith('*') ? `${letter}*` : '';
  const after = trimmed.endsWith('*') ? `${letter}*` : '';
  return new RegExp(`(?<!${letter})${before}(?:${forms})${after}(?!${letter})`, 'gu');
}

/** The word list's entries as rules; `lineOf(index)` gives an entry's line in the file. */
export function wordRules(entries: readonly WordEntry[], file: string, lineOf: (index: number) => number | undefined = () => undefined): WordRule[] {
  return entries.flatMap((entry, index) => {
    if (!isLocale(entry.language)) return [];
    const line = lineOf(index);
    return [
      {
        language: entry.language,
        use: entry.use,
        ...(entry.why ? { why: entry.why } : {}),
        source: line === undefined ? file : `${file}, line ${line}`,
        line,
        avoid: entry.avoid.filter((word) => word.replace(/\*/g, '').trim()).map((word) => ({ word, pattern: avoidPattern(word, entry.use) })),
      },
    ];
  });
}

/** A word one entry avoids that an entry of the same language (itself or another) uses. */
interface Conflict {
  rule: WordRule;
  word: string;
  message: string;
}

function conflicts(rules: readonly WordRule[]): Conflict[] {
  return rules.flatMap((rule) =>
    rule.avoid.flatMap(({ word, pattern }) =>
      rules
        .filter((other) => other.language === rule.language && new RegExp(pattern.source, pattern.flags).test(other.use))
        .map((other) => {
          const where =
            other === rule ? 'it is also the word to use' : `the entry at ${other.line === undefined ? 'another line' : `line ${other.line}`} uses it`;
          return {
            rule,
            word,
            message: `${rule.source.replace(', line', ': line')}: "${word}" is to be avoided, but ${where} ("${other.use}"); one of them is wrong`,
          };
        }),
    ),
  );
}

/** The word list's own mistakes: a word both used and avoided would refuse every text that uses it. */
export function wordListProblems(rules: readonly WordRule[]): string[] {
  return conflicts(rules).map(({ message }) => message);
}

/** The rules without the avoided words the list contradicts (reported by wordListProblems instead). */
export function usableRules(rules: readonly WordRule[]): WordRule[] {
  const found = conflicts(rules);
  return rules.map((rule) => ({
    ...rule,
    avoid: rule.avoid.filter(({ word }) => !found.some((conflict) => conflict.rule === rule && conflict.word === word)),
  }));
}

/** Every style slip in one text of `lang`: typography, then the word list's words. */
export function styleSlips(lang: Locale, text: string, rules: readonly WordRule[]): Slip[] {
  const words = rules
    .filter((rule) => rule.language === lang)
    .flatMap((rule) =>
      rule.avoid.flatMap(({ pattern }) =>
        [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => ({
          index: match.index,
          message: `write "${rule.use}", not "${match[0]}" (the word list, ${rule.source}${rule.why ? `: ${rule.why}` : ''})`,
        })),
      ),
    );
  return [...typographySlips(lang, text), ...words].sort((a, b) => a.index - b.index);
}

/** A text an editor wrote, in one language, and the file line it starts on. */
export interface LanguageText {
  lang: Locale;
  text: string;
  line: number | undefined;
  /** Its lines are the file's lines (a Markdown text), so a slip's line is counted from `line`. */
  lines?: true;
}

/**
 * The texts of a content file by language: its fields of words (a title in the file's language; a
 * closure's reason in each language it is given in) and its Markdown text, as a reader sees it.
 */
export function languageTexts(
  fields: Readonly<Record<string, Field>>,
  data: Readonly<Record<string, unknown>>,
  lang: Locale | undefined,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  body?: { text: string; line: number },
): LanguageText[] {
  const texts: LanguageText[] = [];
  const walk = (field: Field | undefined, value: unknown, path: PropertyKey[]) => {
    if (!field || value === undefined || value === null) return;
    if (field.kind === 'text' && typeof value === 'string' && lang) texts.push({ lang, text: value, line: lineOf(path) });
    else if (field.kind === 'perLanguage' && typeof value === 'object') {
      for (const [code, text] of Object.entries(value))
        if (isLocale(code) && typeof text === 'string') texts.push({ lang: code, text, line: lineOf([...path, code]) });
    } else if (field.kind === 'list' && Array.isArray(value)) value.forEach((item, index) => walk(field.of, item, [...path, index]));
    else if (field.kind === 'object' && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(field.fields[key], inner, [...path, key]);
    }
  };
  for (const [key, value] of Object.entries(data)) walk(fields[key], value, [key]);
  // The text whole, so a phrase to avoid is found across a line break too.
  if (body && lang) texts.push({ lang, text: proseOf(body.text), line: body.line, lines: true });
  return texts;
}

/** `content/x.md: line 7: write "Fachleute", not "Fachkräfte" (…)`, each slip of each text. */
export function styleProblems(path: string, texts: readonly LanguageText[], rules: readonly WordRule[]): string[] {
  // Once per line: „Hallo" with two wrong marks is one slip to fix.
  const problems = texts.flatMap(({ lang, text, line, lines }) =>
    styleSlips(lang, text, rules).map((slip) => {
      const at = line === undefined ? undefined : line + (lines ? (text.slice(0, slip.index).match(/\n/g) ?? []).length : 0);
      return `${path}: ${at === undefined ? '' : `line ${at}: `}${slip.message}`;
    }),
  );
  return [...new Set(problems)];
}
