/** The content rules: real content passes; each kind of editor mistake gets a plain message. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { hoursSchema, timeAsWritten } from '../../src/model/schema.ts';
import { checkContent, type ContentFile } from '../../src/check/check.ts';

const root = join(import.meta.dirname, '../..');
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
const realFiles: ContentFile[] = walk(join(root, 'content')).map((path) => ({
  path: relative(root, path).split(sep).join('/'),
  text: readFileSync(path, 'utf8'),
}));

/** The real content with one file replaced (or added). */
function withFile(path: string, text: string): ContentFile[] {
  return [...realFiles.filter((file) => file.path !== path), { path, text }];
}
function without(pattern: RegExp): ContentFile[] {
  return realFiles.filter((file) => !pattern.test(file.path));
}
const hours = (slots: string) => `---\nslots:\n${slots}\n---\n`;
/** The real slots plus the given closures (YAML lines under `closures:`). */
const closures = (lines: string) =>
  withFile('content/hours/reception.md', hours('  - day: wednesday\n    opens: "08:30"\n    closes: "11:30"').replace(/---\n$/, `closures:\n${lines}\n---\n`));
const contact = (changes: Record<string, string>) => {
  const fields: Record<string, string> = {
    name: 'LISKO',
    legalName: 'Lëtzebuerger Integratiouns- a Sozialkohäsiounszenter',
    street: '13, rue de Bragance',
    postalCode: 'L-1255',
    city: 'Luxembourg',
    phones: '\n  - "+352 2755 5603"',
    ...changes,
  };
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n`;
};

describe('the real content', () => {
  test('passes every check', () => {
    expect(checkContent(realFiles)).toEqual([]);
  });
});

describe('editor mistakes stop the build with a plain message naming file and field', () => {
  const cases: [string, ContentFile[], string][] = [
    [
      'a time that is not HH:MM',
      withFile('content/hours/reception.md', hours('  - day: wednesday\n    opens: "08:30"\n    closes: "4pm"')),
      'content/hours/reception.md: line 5: "closes" of slot 1 must be a time like 16:00 (24-hour clock, HH:MM) (found "4pm")',
    ],
    [
      'closing before opening',
      withFile('content/hours/reception.md', hours('  - day: thursday\n    opens: "16:00"\n    closes: "14:00"')),
      'content/hours/reception.md: line 5: "closes" of slot 1 must be later than "opens" (found "14:00")',
    ],
    [
      'an unknown weekday',
      withFile('content/hours/reception.md', hours('  - day: mittwoch\n    opens: "08:30"\n    closes: "11:30"')),
      'content/hours/reception.md: line 3: "day" of slot 1 must be a weekday in English: monday, tuesday, wednesday, thursday, friday, saturday, sunday (found "mittwoch")',
    ],
    [
      'a closure on a day that does not exist (unquoted)',
      closures('  - from: 2026-02-30\n    reason:\n      de: Teamtag'),
      'content/hours/reception.md: line 7: "from" of closure 1 must be a date that exists, like 2026-12-24 (found "2026-02-30")',
    ],
    [
      'a closure date written another way',
      closures('  - from: "24.12.2026"\n    reason:\n      de: Weihnachten'),
      'content/hours/reception.md: line 7: "from" of closure 1 must be a date like 2026-12-24 (YYYY-MM-DD): write "2026-12-24" (found "24.12.2026")',
    ],
    [
      'a closure that ends before it starts',
      closures('  - from: 2026-12-24\n    to: 2026-12-20\n    reason:\n      de: Weihnachten'),
      'content/hours/reception.md: line 8: "to" of closure 1 must be the same day as "from" or later (found "2026-12-20")',
    ],
    [
      'a closure without its German reason',
      closures('  - from: 2026-12-24\n    reason:\n      fr: Noël'),
      'content/hours/reception.md: line 8: "reason.de" of closure 1 is missing: it must be the reason in German, e.g. de: "Feiertag" (other languages are optional)',
    ],
    [
      'a closure reason in a language the site does not have',
      closures('  - from: 2026-12-24\n    reason:\n      de: Weihnachten\n      es: Navidad'),
      `content/hours/reception.md: line 10: "reason" of closure 1 has a line for "es", which is not a language the site knows (check the spelling; languages the site knows: ${localeCodes.join(', ')})`,
    ],
    [
      'a closure reason not given per language',
      closures('  - from: 2026-12-24\n    reason: Weihnachten'),
      'content/hours/reception.md: line 8: "reason" of closure 1 must be the reason per language, one line each, like de: "Feiertag" (found "Weihnachten")',
    ],
    [
      'an empty translation of a closure reason',
      closures('  - from: 2026-12-24\n    reason:\n      de: Weihnachten\n      fr: ""'),
      'content/hours/reception.md: line 10: "reason.fr" of closure 1 must not be empty: write the reason in French, or delete the line (found "")',
    ],
    [
      'a misspelt closure field',
      closures('  - from: 2026-12-24\n    until: 2026-12-26\n    reason:\n      de: Weihnachten'),
      'content/hours/reception.md: line 8: closure 1 has unknown field "until" (check the spelling; known fields: from, to, reason)',
    ],
    [
      'a bad telephone number',
      withFile('content/contact/lisko.md', contact({ phones: '\n  - "2755 5603"' })),
      'content/contact/lisko.md: line 8: telephone number 1 must be a Luxembourg telephone number in international form, like +352 2755 5603 (found "2755 5603")',
    ],
    [
      'a bad postal code',
      withFile('content/contact/lisko.md', contact({ postalCode: '1255' })),
      'content/contact/lisko.md: line 5: "postalCode" must be a postal code like L-1255, in quotes (found 1255)',
    ],
    [
      'a missing title',
      withFile('content/services/de/housing.md', '---\ndescription: Wir helfen Ihnen bei der Suche nach einer Wohnung in Luxemburg.\norder: 5\n---\nText'),
      'content/services/de/housing.md: "title" is missing: it must be the title, e.g. title: "Contact"',
    ],
    [
      'an unknown audience',
      withFile(
        'content/services/de/housing.md',
        '---\ntitle: Wohnen\ndescription: Wir helfen Ihnen bei der Suche nach einer Wohnung in Luxemburg.\naudience: kids\norder: 5\n---\n',
      ),
      'content/services/de/housing.md: line 4: "audience" must be one of: professionals (found "kids")',
    ],
    [
      'a language that is not configured',
      withFile('content/pages/es/about.md', '---\ntitle: Sobre LISKO\ndescription: Quiénes somos y cómo trabajamos en Luxemburgo desde 2016.\n---\n'),
      `content/pages/es/about.md: "es" is not a language the site is configured for (known: ${localeCodes.join(', ')})`,
    ],
    [
      'a translation without its original',
      withFile('content/services/fr/cooking.md', '---\ntitle: Cuisine\ndescription: Un atelier de cuisine pour se rencontrer et partager des recettes.\n---\n'),
      'content/services/fr/cooking.md: is a translation without its original: content/services/de/cooking.md is missing (create the original, or check the file name)',
    ],
    [
      'a visit field on a page that does not show it',
      withFile('content/pages/de/about.md', '---\ntitle: Über LISKO\ndescription: Wer LISKO ist und wie LISKO arbeitet, seit 2016.\ncost: "Test"\n---\n'),
      'content/pages/de/about.md: line 4: "cost" is shown on the get-support page only; move it to content/pages/de/get-support.md',
    ],
    [
      'a visit field that is not text',
      withFile(
        'content/pages/de/get-support.md',
        '---\ntitle: So bekommen Sie Unterstützung\ndescription: Kommen Sie zu den Empfangszeiten zu LISKO.\nappointment: false\n---\n',
      ),
      'content/pages/de/get-support.md: line 4: "appointment" must be text in quotes, like appointment: "…", or "" while LISKO has not confirmed it (found false)',
    ],
    [
      'a number copied into a translation',
      withFile('content/services/fr/housing.md', '---\ntitle: Logement\ndescription: Nous vous aidons à chercher un logement au Luxembourg.\norder: 5\n---\n'),
      'content/services/fr/housing.md: line 4: "order" is set in the de original only; delete it from this translation',
    ],
    ['a required page deleted', without(/^content\/pages\/\w+\/contact\.md$/), 'content/pages/de/contact.md: is missing; the site needs this file'],
    [
      'broken YAML',
      withFile('content/pages/de/about.md', '---\ntitle: "Über LISKO\ndescription: x\n---\n'),
      'content/pages/de/about.md: the frontmatter is not valid YAML near line 3 (check colons, quotes and indentation)',
    ],
  ];

  for (const [name, files, message] of cases) {
    test(name, () => {
      // The one mistake gives exactly one message: nothing else is reported on its account.
      expect(checkContent(files)).toEqual([message]);
    });
  }
});

describe('closures in content/hours/reception.md', () => {
  test('single days and periods pass, dates quoted or not', () => {
    const files = closures(
      [
        '  - from: 2026-12-24',
        '    to: "2026-12-26"',
        '    reason:',
        '      de: Weihnachten',
        '      fr: Noël',
        '  - from: "2027-05-01"',
        '    reason:',
        '      de: Tag der Arbeit',
      ].join('\n'),
    );
    expect(checkContent(files)).toEqual([]);
  });

  test('Astro’s YAML reader gives unquoted dates as Date objects: accepted as the same day', () => {
    const result = hoursSchema.parse({
      slots: [{ day: 'wednesday', opens: '08:30', closes: '11:30' }],
      closures: [
        { from: new Date('2026-12-24T00:00:00Z'), to: new Date('2026-12-26T00:00:00Z'), reason: { de: 'Weihnachten' } },
        { from: '2027-05-01', reason: { de: 'Tag der Arbeit', en: 'Labour Day' } },
      ],
    });
    expect(result.closures).toEqual([
      { from: '2026-12-24', to: '2026-12-26', reason: { de: 'Weihnachten' } },
      // Without "to", a closure is one day.
      { from: '2027-05-01', to: '2027-05-01', reason: { de: 'Tag der Arbeit', en: 'Labour Day' } },
    ]);
  });

  test('no closures: an empty list or nothing at all', () => {
    const base = { slots: [{ day: 'thursday', opens: '14:00', closes: '16:00' }] };
    expect(hoursSchema.parse(base).closures).toEqual([]);
    expect(hoursSchema.parse({ ...base, closures: null }).closures).toEqual([]);
  });
});

describe('a time written another usual way gets the way to write it', () => {
  test.each([
    ['8h30', '08:30'],
    ['8:30', '08:30'],
    ['08.30', '08:30'],
    ['14h', '14:00'],
    ['9 h 05', '09:05'],
  ])('%s: write %s', (written, meant) => expect(timeAsWritten(written)).toBe(meant));

  test.each(['25:00', '8:75', '4pm', '16:OO', 'morgens'])('%s: no guess', (written) => expect(timeAsWritten(written)).toBeUndefined());
});
