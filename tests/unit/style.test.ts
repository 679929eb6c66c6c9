/**
 * The per-language style sheet: the word list (content/style/words.md) and each language's
 * typography (src/model/typography.ts). The content check applies both to the content (its messages
 * are fixtures in tests/fixtures/bad-content/); here they hold the UI strings, and the rules
 * themselves are pinned down: what a word with * finds, what counts as Tigrinya punctuation, and
 * how the build spaces French.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/i18n/locales.ts';
import { uiStrings } from '../../src/i18n/ui.ts';
import { proseOf } from '../../src/check/markdown.ts';
import { avoidPattern, styleProblems, styleSlips, usableRules, wordListProblems, wordRules } from '../../src/check/style.ts';
import { readFrontmatter } from '../../src/model/frontmatter.ts';
import { wordListSchema } from '../../src/model/schema.ts';
import { percentSpaced, typeset, typography, typographySlips } from '../../src/model/typography.ts';
import { typesetHtml } from '../../src/deploy/typesetPages.ts';

const wordListFile = 'content/style/words.md';
const read = readFrontmatter(readFileSync(wordListFile, 'utf8'));
if ('problem' in read) throw new Error(`${wordListFile}: ${read.problem}`);
const rules = wordRules(wordListSchema.parse(read.data).words, wordListFile);

describe('the UI strings follow their language’s style sheet', () => {
  test.each(localeCodes)('%s', (lang) => {
    const strings = Object.entries(uiStrings[lang] ?? {});
    expect(strings.length).toBeGreaterThan(0);
    // `{{count}}` and addresses are not words (proseOf blanks them, as in the content).
    const slips = strings.flatMap(([key, value]) => styleSlips(lang, proseOf(String(value)), rules).map((slip) => `"${key}": ${slip.message}`));
    expect(slips).toEqual([]);
  });
});

describe('the word list', () => {
  test('has entries, and contradicts itself nowhere', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(wordListProblems(rules)).toEqual([]);
  });

  test('a word one entry avoids and another uses is reported with both lines, and not refused', () => {
    const list = wordRules(
      [
        { language: 'de', use: 'Fachleute', avoid: ['Fachkräfte*'] },
        { language: 'de', use: 'Fachkräfte', avoid: ['Fachleute'] },
        { language: 'en', use: 'Fachleute', avoid: ['staff'] },
      ],
      'words.md',
      (index) => 6 + index * 4,
    );
    expect(wordListProblems(list)).toEqual([
      'words.md: line 6: "Fachkräfte*" is to be avoided, but the entry at line 10 uses it ("Fachkräfte"); one of them is wrong',
      'words.md: line 10: "Fachleute" is to be avoided, but the entry at line 6 uses it ("Fachleute"); one of them is wrong',
    ]);
    // Neither contradicted word is refused; what no entry uses still is.
    const messages = (text: string) => styleSlips('de', text, usableRules(list)).map((slip) => slip.message);
    expect(messages('Fachleute und Fachkräfte')).toEqual([]);
    expect(wordListProblems(usableRules(list))).toEqual([]);
  });

  test('a phrase to avoid is found across a line break, on the line it starts', () => {
    const list = wordRules([{ language: 'so', use: 'LISKO waxay', avoid: ['LISKO wuxuu'] }], 'words.md');
    const texts = [{ lang: 'so' as const, text: 'Hordhac.\nMarkaas LISKO\nwuxuu caawiyaa.', line: 7, lines: true as const }];
    expect(styleProblems('about.md', texts, list)).toEqual(['about.md: line 8: write "LISKO waxay", not "LISKO\nwuxuu" (the word list, words.md)']);
  });

  const finds = (word: string, text: string, use = '') => text.match(avoidPattern(word, use)) ?? [];
  test('a * at an end stands for any letters; a word is never found inside another', () => {
    expect(finds('Fachkräfte*', 'den Fachkräften und Fachkräfte')).toEqual(['Fachkräften', 'Fachkräfte']);
    expect(finds('Formular', 'de Formulaire, de Formular')).toEqual(['Formular']);
    expect(finds('*خانة', 'الخانة و خانة')).toEqual(['الخانة', 'خانة']);
    expect(finds('taleefan*', 'taleefanka')).toEqual(['taleefanka']);
  });

  test('finds a word capitalised at the start of a sentence, unless the capital is the word to use', () => {
    expect(finds('telephone', 'Telephone: 123. By telephone.')).toEqual(['Telephone', 'telephone']);
    expect(finds('internet', 'Internet et internet', 'Internet')).toEqual(['internet']);
  });
});

describe('typography', () => {
  test('every language has its typography (ADMIN.md, "Adding a language")', () => {
    expect(localeCodes.filter((lang) => !typography[lang])).toEqual([]);
  });

  test('quotation marks: each language’s own pair, any other double mark refused', () => {
    for (const lang of localeCodes) {
      const { open, close } = typography[lang]!.quotes;
      expect(typographySlips(lang, `a ${open}b${close} c`), lang).toEqual([]);
      expect(typographySlips(lang, 'a "b" c').length, lang).toBeGreaterThan(0);
    }
    expect(typographySlips('en', '„In der Haut eines Flüchtlings“').map((slip) => slip.message)).toEqual(['quotation marks in English are “…” (found „)']);
  });

  test('percentages as Intl writes them: with a space where the language has one', () => {
    const spaced = localeCodes.filter((lang) => percentSpaced(lang));
    expect(spaced).toContain('de');
    expect(spaced).not.toContain('en');
    for (const lang of localeCodes) {
      const slips = (text: string) => typographySlips(lang, text).length;
      // French is spaced by the build, so either spelling passes the check.
      if (lang === 'fr') expect(slips('52%') + slips('52 %'), lang).toBe(0);
      else if (percentSpaced(lang)) expect([slips('52 %'), slips('52%')], lang).toEqual([0, 1]);
      else expect([slips('52%'), slips('52 %')], lang).toEqual([0, 1]);
    }
  });

  test('Tigrinya: ASCII . , ; : after a Tigrinya word, never in a figure or an address', () => {
    expect(typographySlips('ti', 'ሰላም: ኣብዚ. ሓደ, ክልተ;').map((slip) => slip.message)).toEqual([
      'write ፦ instead of ":" after Tigrinya words',
      'write ። instead of "." after Tigrinya words',
      'write ፣ instead of "," after Tigrinya words',
      'write ፤ instead of ";" after Tigrinya words',
    ]);
    // A mark inside a figure or an address, even right after a Tigrinya word.
    expect(typographySlips('ti', 'ሰዓት 14:00፣ ቁጽሪ1.5፣ ሊስኮ.lu። ገጽ:8')).toEqual([]);
  });

  const nnbsp = '\u202f';
  test('French: a narrow no-break space before : ; ! ? » % and after «, idempotent', () => {
    const once = typeset('fr', "Vous n'avez pas d'adresse e-mail ? Choisissez : « ceci » ; oui! 52% ou 52 %");
    expect(once).toBe(`Vous n'avez pas d'adresse e-mail${nnbsp}? Choisissez${nnbsp}: «${nnbsp}ceci${nnbsp}»${nnbsp}; oui${nnbsp}! 52${nnbsp}% ou 52${nnbsp}%`);
    expect(typeset('fr', once)).toBe(once);
    expect(typeset('fr', 'de 10:00 à 12:00, https://lisko.lu/?a=1, page?a=1')).toBe('de 10:00 à 12:00, https://lisko.lu/?a=1, page?a=1');
    // An address keeps its %, : and ?; a mark after a full stop, an ellipsis or a placeholder gets its
    // space; ?! stays together; a line break before a mark becomes the narrow space.
    expect(typeset('fr', 'Voir https://fr.wikipedia.org/wiki/R%C3%A9fugi%C3%A9 ?')).toBe(`Voir https://fr.wikipedia.org/wiki/R%C3%A9fugi%C3%A9${nnbsp}?`);
    expect(typeset('fr', 'Tél. : 1 – ceci…? {{date}} : Quoi ?! mot\n?')).toBe(`Tél.${nnbsp}: 1 – ceci…${nnbsp}? {{date}}${nnbsp}: Quoi${nnbsp}?! mot${nnbsp}?`);
    expect(typeset('de', 'Adresse : hier ?')).toBe('Adresse : hier ?');
  });

  test('the build typesets French elements only, never code, scripts or a character reference', () => {
    const page = [
      '<html lang="fr"><head><meta name="description" content="Adresse : ici"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; img-src \'self\'">',
      '<script>var a = "x ? y : z";</script></head><body><p title="Quoi ?">Horaires : lundi &amp; mardi ?</p>',
      '<div lang="de"><p>Adresse: hier?</p></div><code>a ? b : c</code><p><strong>Adresse</strong> : Luxembourg</p></body></html>',
    ].join('');
    const typeset = typesetHtml(page);
    expect(typeset).toContain(`content="Adresse${nnbsp}: ici"`);
    expect(typeset).toContain(`content="default-src 'self'; img-src 'self'"`);
    expect(typeset).toContain('var a = "x ? y : z";');
    expect(typeset).toContain(`title="Quoi${nnbsp}?"`);
    expect(typeset).toContain(`Horaires${nnbsp}: lundi &amp; mardi${nnbsp}?`);
    expect(typeset).toContain('<p>Adresse: hier?</p>');
    expect(typeset).toContain('<code>a ? b : c</code>');
    expect(typeset).toContain(`</strong>${nnbsp}: Luxembourg`);
    expect(typesetHtml(typeset)).toBe(typeset);
    // A mark right after an element: the word it follows is in the element.
    const across = typesetHtml('<p lang="fr"><strong>Adresse</strong>: ici, <a href="/faq/">FAQ</a>? «<em>ceci</em>»</p>');
    expect(across).toBe(`<p lang="fr"><strong>Adresse</strong>${nnbsp}: ici, <a href="/faq/">FAQ</a>${nnbsp}? «${nnbsp}<em>ceci</em>${nnbsp}»</p>`);
    expect(typesetHtml(across)).toBe(across);
  });

  test('a fragment (a feed entry) is typeset in the language it is given, unless it says its own', () => {
    expect(typesetHtml('<p>Adresse: ici?</p><p lang="de">Adresse: hier?</p>', 'fr')).toBe(
      `<p>Adresse${nnbsp}: ici${nnbsp}?</p><p lang="de">Adresse: hier?</p>`,
    );
    expect(typesetHtml('<p>Adresse: hier?</p>', 'de')).toBe('<p>Adresse: hier?</p>');
  });
});

describe('EDITING.md', () => {
  test('shows each language’s quotation marks and percentages as the check applies them', () => {
    const guide = readFileSync('EDITING.md', 'utf8');
    const percent = (lang: Locale) => (percentSpaced(lang) ? '52 %' : '52%');
    for (const lang of localeCodes) {
      const { open, close } = typography[lang]!.quotes;
      expect(guide, lang).toContain(`| ${lang} | ${open}…${close} | ${percent(lang)} |`);
    }
  });
});
