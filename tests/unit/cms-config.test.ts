/**
 * The web editor's configuration (src/admin/browser/cmsConfig.ts) is derived from the content model
 * (src/model/model.ts), so it cannot drift from the check. Here: Sveltia CMS accepts it (its own
 * JSON schema, shipped in the package), it carries the model's fields, patterns, labels and scopes
 * in both languages, new entries get file names the check accepts, and the code that goes to the
 * browser holds neither zod nor Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { cmsConfig, repositoryPlaceholder } from '../../src/admin/browser/cmsConfig.ts';
import { editorLanguage } from '../../src/admin/browser/editorLanguage.ts';
import { defaultLocale, localeCodes } from '../../src/i18n/locales.ts';
import { collectionNames, model, valueTypes, type CollectionModel, type Field } from '../../src/model/model.ts';
import { contentDir, contentPath } from '../../src/model/paths.ts';
import { projectRoot } from '../support/badContent.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walks the editor's configuration; the assertions check the values
type Json = Record<string, any>;

const configs = {
  de: cmsConfig({ backend: 'github', repository: 'lisko/website', language: 'de' }),
  en: cmsConfig({ backend: 'github', repository: 'lisko/website', language: 'en' }),
};

/** Each collection of the model and the editor's entry for it: a folder collection, or one file of the settings. */
function entryFor(config: Json, name: string): Json {
  const spec: CollectionModel = model[name as keyof typeof model];
  const entries = (config['collections'] as Json[]).flatMap((c) => (c['folder'] ? [c] : c['files']));
  const entry = entries.find((e: Json) => (e['folder'] ?? e['file']) === (spec.localized ? contentDir(name) : contentPath(name, spec.required[0]!)));
  if (!entry) throw new Error(`${name} has no place in the web editor`);
  return entry;
}

describe('the web editor’s configuration', () => {
  const schema = JSON.parse(readFileSync(join(projectRoot, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The schema's formats: a pattern must be a regular expression a browser can compile.
  ajv.addFormat('regex', (value: string) => {
    try {
      return new RegExp(value) instanceof RegExp;
    } catch {
      return false;
    }
  });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  const validate = ajv.compile(schema);

  test.each(['de', 'en'] as const)('is what Sveltia CMS accepts (its own JSON schema), in %s', (language) => {
    expect(validate(JSON.parse(JSON.stringify(configs[language]))), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('a wrong option is refused by that schema (the validation sees mistakes)', () => {
    const broken = structuredClone(configs.de) as Json;
    broken['collections'][0]['fields'][0]['maxlenght'] = 80;
    expect(validate(broken)).toBe(false);
  });

  test.each(collectionNames)('%s: every field of the model, with its label, hint, pattern and scope, in German and English', (name) => {
    const spec: CollectionModel = model[name];
    for (const language of ['de', 'en'] as const) {
      const entry = entryFor(configs[language], name);
      const fields = (entry['fields'] as Json[]).filter((field) => field['name'] !== 'body');
      expect(fields.map((field) => field['name'])).toEqual(Object.keys(spec.fields));
      for (const field of fields) {
        const rule: Field = spec.fields[field['name'] as string]!;
        expect(field['label'], field['name']).toBe(rule.label[language]);
        expect(field['hint'], field['name']).toBe(rule.hint?.[language]);
        if (rule.kind in valueTypes)
          expect(field['pattern'][0], field['name']).toContain(valueTypes[rule.kind as keyof typeof valueTypes].pattern.source.replace(/^\^|\$$/g, ''));
        // Set in the German original only: asked for in German alone, and required there.
        if (spec.localized) expect(field['i18n'], field['name']).toBe(rule.scope !== 'original');
        expect(field['required'] !== false, field['name']).toBe(rule.required !== false && !rule.placeholder);
      }
      // The text below the fields, per language.
      if (spec.localized) expect(entry['fields'].at(-1)).toMatchObject({ name: 'body', widget: 'markdown', i18n: true });
    }
  });

  test('labels differ by language where the model gives two words (the editor does not leave German staff with "thursday")', () => {
    const day = (language: 'de' | 'en') => entryFor(configs[language], 'hours')['fields'][0]['fields'][0];
    expect(day('de')['options'].find((option: Json) => option['value'] === 'thursday')['label']).toBe('Donnerstag');
    expect(day('en')['options'].find((option: Json) => option['value'] === 'thursday')['label']).toBe('Thursday');
    expect(entryFor(configs.de, 'hours')['fields'][1]['label_singular']).toBe('Schließtag');
  });

  test('a switch starts as its hint says: "reviewed" starts off, and the hint says the German original needs no switch', () => {
    const reviewed = entryFor(configs.de, 'services')['fields'].find((field: Json) => field['name'] === 'reviewed');
    expect(reviewed['default']).toBe(false);
    expect(reviewed['hint']).toMatch(/Im deutschen Original bewirkt der Schalter nichts/);
  });

  test('new entries get ASCII file names from their titles (ä → ae in German, accents dropped), and the editor says so in German', () => {
    expect(configs.de.slug).toEqual({ encoding: 'ascii', clean_accents: true });
    for (const name of collectionNames.filter((n) => model[n].create)) expect(entryFor(configs.de, name)['description']).toMatch(/ä wird ae/);
  });

  test('all languages, German first, one folder per language; a new entry starts in German only; saves go to GitHub as pull requests', () => {
    expect(configs.en.i18n).toEqual({ structure: 'multiple_folders', locales: localeCodes, default_locale: defaultLocale, initial_locales: 'default' });
    // Otherwise empty optional fields are written as "" and the content check refuses them.
    expect(configs.en.output?.omit_empty_optional_fields).toBe(true);
    expect(configs.en.backend).toMatchObject({ name: 'github', repo: 'lisko/website' });
    expect(configs.en.publish_mode).toBe('editorial_workflow');
    expect(cmsConfig({ backend: 'test-repo', repository: repositoryPlaceholder }).backend).toEqual({ name: 'test-repo' });
  });
});

describe('the editor’s language', () => {
  const storage = (value: string | null) => ({ getItem: () => value });
  test('follows the language chosen in the editor’s settings, else the browser’s', () => {
    expect(editorLanguage(storage(null), ['de-DE', 'en'])).toBe('de');
    expect(editorLanguage(storage(null), ['fr-LU', 'de'])).toBe('en');
    expect(editorLanguage(storage('{"locale":"de"}'), ['en-GB'])).toBe('de');
    expect(editorLanguage(storage('{"locale":"auto"}'), ['de-LU'])).toBe('de');
    expect(editorLanguage(storage('{"locale":"en-US"}'), ['de-DE'])).toBe('en');
    expect(editorLanguage(storage('not json'), ['de'])).toBe('de');
  });
});

test('the configuration shipped to the browser holds neither zod nor Node, and stays small', async () => {
  const result = await build({
    entryPoints: [join(projectRoot, 'src/admin/browser/cmsConfig.ts'), join(projectRoot, 'src/admin/browser/editorLanguage.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    metafile: true,
    outdir: 'out',
    // The editor itself is bundled by Vite beside it; only the types are imported from it.
    external: ['@sveltia/cms'],
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((path) => /zod|node_modules|^node:/.test(path))).toEqual([]);
  const bytes = result.outputFiles.reduce((sum, file) => sum + file.contents.length, 0);
  // Measured at about 23 KB unzipped (the labels and hints in two languages), beside the editor's 8 MB.
  expect(bytes).toBeLessThan(40_000);
});
