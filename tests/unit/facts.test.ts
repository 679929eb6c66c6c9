/**
 * The facts the site is built from (the organisation's own description, see README.md): the
 * German names of the services, the training's names (LISKO's own German one named in every
 * translation, the French one in French only), the source's expansion of BPI and the figures about
 * LISKO must stay exactly as they are, in every language. An editor who changes one of them by mistake
 * gets a failing test naming the file. (That BPI, DPI and ONA link to the glossary is a content
 * rule, with a message for the editor: src/check/glossary.ts, run by `npm run check`.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes, locales } from '../../src/i18n/locales.ts';
import { readFrontmatter } from '../../src/model/frontmatter.ts';
import { isDraft } from '../../src/model/paths.ts';

/** The organisation's own names for its services, word for word. */
const serviceNames = [
  'Aufnahme und permanente bzw. individuelle soziale Betreuung',
  'Workshops',
  'Austausch-Tage',
  'Dolmetsch-Dienste',
  'Unterstützung bei der Suche nach einer Unterkunft',
  'Ausbildung „In der Haut eines Flüchtlings“',
  'Psychologisches Follow-up und ALIN-Projekt',
  'Ehrenamt und integrative Aktivitäten',
];
const trainingInFrench = "« Dans la peau d'un réfugié »";
const trainingInGerman = 'In der Haut eines Flüchtlings';

function read(path: string): { data: Record<string, unknown>; body: string } {
  const read = readFrontmatter(readFileSync(path, 'utf8'));
  if ('problem' in read) throw new Error(`${path}: ${read.problem}`);
  return read;
}

const servicesDir = `content/services/${defaultLocale}`;
const germanTitles = readdirSync(servicesDir)
  .filter((name) => name.endsWith('.md') && !isDraft(name))
  .map((name) => read(`${servicesDir}/${name}`).data['title']);

describe('the facts', () => {
  // All of them, each once, so none is renamed by mistake; a service LISKO adds later (a ninth,
  // under its own name) breaks no test.
  test("the German services carry the organisation's own names, all of them, each once", () => {
    for (const name of serviceNames)
      expect(
        germanTitles.filter((title) => title === name),
        name,
      ).toHaveLength(1);
  });

  test('the training keeps its French name in French', () => {
    expect(read('content/services/fr/training.md').data['title']).toContain(trainingInFrench);
  });

  // Only the German title is LISKO's own; every other is our word-for-word translation. So each
  // translation names the German original, and the French title (ours too) is not given as
  // "the French name" in the other languages.
  const trainingTranslations = localeCodes.filter((code) => code !== defaultLocale && existsSync(`content/services/${code}/training.md`));
  test.each(trainingTranslations)("%s: the training's page names LISKO's own German title", (lang) => {
    expect(read(`content/services/${lang}/training.md`).body).toContain(trainingInGerman);
  });

  test('the French title appears in French texts only', () => {
    const files = ['pages', 'services'].flatMap((collection) =>
      localeCodes
        .filter((code) => code !== 'fr' && existsSync(`content/${collection}/${code}`))
        .flatMap((code) => readdirSync(`content/${collection}/${code}`).map((name) => `content/${collection}/${code}/${name}`)),
    );
    expect(files.filter((path) => readFileSync(path, 'utf8').includes("Dans la peau d'un réfugié"))).toEqual([]);
  });

  // The source's French expansion of BPI, with its article, in every glossary.
  test.each(localeCodes.filter((code) => existsSync(`content/pages/${code}/glossary.md`)))('%s: the glossary expands BPI as the source does', (lang) => {
    expect(read(`content/pages/${lang}/glossary.md`).body).toContain('Bénéficiaire de la protection internationale');
  });

  /**
   * Text as a reader sees it: without the invisible direction marks Intl adds around Arabic
   * figures, and with a non-breaking space read as a space. Whether a space goes before the
   * percent sign is kept: each language writes it as Intl does ("52 %" in German, "52%" in
   * English and, with western digits like every figure on the Arabic pages, in Arabic).
   */
  const plain = (text: string) => text.replace(/[\u200e\u200f\u061c]/g, '').replace(/[\u00a0\u202f]/g, ' ');
  /** A figure in the language's own digits and percent sign (`intl` in src/i18n/locales.ts), as a whole number. */
  const figure = (intl: string, value: number, style: 'decimal' | 'percent' = 'decimal') => {
    const written = plain(new Intl.NumberFormat(intl, { style, useGrouping: false }).format(value));
    return new RegExp(`(?<![\\p{Nd}])${written.replace(/\./g, '\\.')}(?![\\p{Nd}])`, 'u');
  };

  // Each language that has its own about page (one without shows the German original, checked here too).
  for (const lang of localeCodes.filter((code) => existsSync(`content/pages/${code}/about.md`))) {
    test(`${lang}: the about page gives the year of founding, the number of nations and the share from Arab countries`, () => {
      const { intl } = locales[lang];
      const text = plain(read(`content/pages/${lang}/about.md`).body);
      expect(text, 'founded in 2016').toMatch(figure(intl, 2016));
      expect(text, 'people from 49 nations').toMatch(figure(intl, 49));
      expect(text, 'about 52 % from Arab countries').toMatch(figure(intl, 0.52, 'percent'));
    });
  }
});
