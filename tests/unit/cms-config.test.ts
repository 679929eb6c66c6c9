/**
 * The web editor cannot drift from the schemas: every collection of src/admin/browser/cmsConfig.ts is
 * compared with its zod schema in src/model/schema.ts, in both directions — the same field
 * names (nested ones too), which are required, the choices of a select, patterns, lengths and
 * smallest numbers. A field added to one side only, or a rule changed on one side only, fails
 * here with the difference. The schema side comes from `z.toJSONSchema` (the hours' transforms
 * become "any" with `unrepresentable: 'any'`). The content check's rules for the German original
 * (a field required there, refused in a translation) are asked of the check itself: such a field
 * is required in the editor and edited in German only. The collections come from
 * src/model/collections.ts, so a new collection without its place in the editor fails here.
 * Rules across fields stay in `npm run check`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import type { Field } from '@sveltia/cms';
import { cmsConfig, placeholderPattern, repositoryPlaceholder } from '../../src/admin/browser/cmsConfig.ts';
import { checkContent } from '../../src/check/check.ts';
import { frontmatterData, splitFrontmatter } from '../../src/model/frontmatter.ts';
import { collectionNames, collections, type Collection, type CollectionName } from '../../src/model/collections.ts';
import { defaultLocale, localeCodes } from '../../src/i18n/locales.ts';
import { projectRoot } from '../support/badContent.ts';

interface Rule {
  required: boolean;
  type: string;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
}
type Shape = Record<string, Rule>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walks any JSON Schema or CMS field; the assertions check the values
type Json = Record<string, any>;

/** What the editor enforces, per field path (`slots[].opens`, `closures[].reason.de`). */
function configShape(fields: readonly Field[], prefix = ''): Shape {
  const shape: Shape = {};
  for (const field of fields as readonly Json[]) {
    // The Markdown text below the frontmatter is not a frontmatter field.
    if (field['name'] === 'body' && field['widget'] === 'markdown') continue;
    const path = `${prefix}${field['name']}`;
    const rule: Rule = { required: field['required'] !== false, type: 'string' };
    switch (field['widget']) {
      case 'boolean':
        rule.type = 'boolean';
        break;
      case 'number':
        rule.type = field['value_type'] === 'int' ? 'integer' : 'number';
        if (field['min'] !== undefined) rule.minimum = field['min'];
        break;
      case 'select':
        rule.enum = [...field['options']];
        break;
      case 'object':
        rule.type = 'object';
        Object.assign(shape, configShape(field['fields'], `${path}.`));
        break;
      case 'list':
        rule.type = 'array';
        if (field['min'] !== undefined) rule.minItems = field['min'];
        if (field['fields']) Object.assign(shape, configShape(field['fields'], `${path}[].`));
        else if (field['field']) {
          const [item] = Object.values(configShape([{ ...field['field'], name: '' }]));
          shape[`${path}[]`] = item!;
        }
        break;
    }
    if (field['minlength'] !== undefined) rule.minLength = field['minlength'];
    if (field['maxlength'] !== undefined) rule.maxLength = field['maxlength'];
    if (field['pattern']) rule.pattern = String(field['pattern'][0]);
    shape[path] = rule;
  }
  return shape;
}

/** A placeholder branch (`REPLACE-WITH-…`) or `null` says nothing about a real value. */
const isPlaceholderOrNull = (branch: Json) => branch['type'] === 'null' || /^\^REPLACE/.test(String(branch['pattern'] ?? ''));

/** The branches of a property that describe a real value. */
function branches(property: Json): Json[] {
  if (!property['anyOf']) return [property];
  return (property['anyOf'] as Json[]).filter((branch) => !isPlaceholderOrNull(branch)).flatMap(branches);
}

/** What the schema demands, per field path, from its input and output JSON Schema. */
function schemaShape(input: Json, output: Json, prefix = ''): Shape {
  const shape: Shape = {};
  const required = new Set<string>(input['required'] ?? []);
  for (const [name, property] of Object.entries<Json>(input['properties'] ?? {})) {
    const path = `${prefix}${name}`;
    const real = branches(property);
    const out = branches(output['properties']?.[name] ?? {});
    const all = [...real, ...out];
    // `required` with a default (reviewed: false) is not required from the editor.
    const rule: Rule = { required: required.has(name) && property['default'] === undefined, type: String(real[0]?.['type'] ?? 'string') };
    const enums = real.flatMap((branch) => branch['enum'] ?? (branch['const'] !== undefined ? [branch['const']] : []));
    if (enums.length) rule.enum = enums;
    // An e-mail address is checked by the schema's own format, which the editor does not know.
    const pattern = real.find((branch) => branch['pattern'] && !branch['format'])?.['pattern'];
    // A setting that ships as a placeholder: the editor must let the placeholder stay.
    const placeholder = (property['anyOf'] ?? []).some((branch: Json) => /^\^REPLACE/.test(String(branch['pattern'] ?? '')));
    if (pattern) rule.pattern = placeholder ? `^(${placeholderPattern}|${String(pattern).replace(/^\^|\$$/g, '')})$` : pattern;
    // A required text must not be empty: in the editor that is `required`, not a length.
    const minLength = Math.max(0, ...all.map((branch) => branch['minLength'] ?? 0));
    if (minLength > 1) rule.minLength = minLength;
    const maxLength = Math.min(Infinity, ...all.map((branch) => branch['maxLength'] ?? Infinity));
    if (maxLength < Infinity) rule.maxLength = maxLength;
    const minimum = real.find((branch) => branch['minimum'] !== undefined || branch['exclusiveMinimum'] !== undefined);
    if (minimum) rule.minimum = minimum['minimum'] ?? minimum['exclusiveMinimum'] + 1;
    const array = real.find((branch) => branch['type'] === 'array');
    if (array?.['minItems'] !== undefined) rule.minItems = array['minItems'];
    if (rule.type === 'integer' || rule.type === 'number') delete rule.pattern;
    shape[path] = rule;
    const object = real.find((branch) => branch['type'] === 'object');
    const outObject = out.find((branch) => branch['type'] === 'object') ?? {};
    if (object) Object.assign(shape, schemaShape(object, outObject, `${path}.`));
    const items = array?.['items'];
    const outItems = out.find((branch) => branch['type'] === 'array')?.['items'] ?? {};
    if (items?.['type'] === 'object') Object.assign(shape, schemaShape(items, outItems, `${path}[].`));
    else if (items) Object.assign(shape, renamed(schemaShape({ properties: { x: items }, required: ['x'] }, { properties: { x: outItems } }), `${path}[]`));
  }
  return shape;
}

const renamed = (shape: Shape, path: string): Shape => ({ [path]: shape['x']! });

function fromSchema(schema: z.ZodType): Shape {
  const json = (io: 'input' | 'output') => z.toJSONSchema(schema, { unrepresentable: 'any', io }) as Json;
  return schemaShape(json('input'), json('output'));
}

const config = cmsConfig({ backend: 'github', repository: 'lisko/website' }) as Json;
const collection = (name: string): Json => config['collections'].find((c: Json) => c['name'] === name);

/** Where a collection of src/model/collections.ts lives: `content/services`, `content/hours/reception.md`. */
const contentPath = (name: CollectionName): string => {
  const spec: Collection = collections[name];
  return spec.localized ? `content/${name}` : `content/${name}/${spec.required[0]}.md`;
};

/** The editor's entry for that place: a folder collection, or one file of a file collection. */
function editorEntry(name: CollectionName): Json | undefined {
  const path = contentPath(name);
  const entries = config['collections'].flatMap((c: Json) => (c['folder'] ? [c] : c['files']));
  return entries.find((entry: Json) => (entry['folder'] ?? entry['file']) === path);
}

/**
 * The one difference the editor cannot avoid: a telephone number may be typed with spaces and
 * dashes, which the schema removes before it checks `+352` and the digits.
 */
const phoneTyped = { required: true, type: 'string', pattern: '^\\+352[\\s\\d-]{6,16}$' };

/** Where the editor knowingly asks less than the schema, per collection of collections.ts. */
const editorOnly: Partial<Record<CollectionName, Shape>> = {
  contact: { 'phones[]': phoneTyped },
  // "none" or an e-mail address: a text field, whose value the content check judges.
  settings: { dataProtectionOfficer: { required: false, type: 'string' } },
};

/**
 * What the content check demands beyond a collection's schema, found by asking the check itself
 * (its rules across files are not exported): a real German file of the collection is checked
 * with one field's line taken out (does the check now name that field? then the German original
 * must set it), and copied into a translation folder with and without the field (does the check
 * name it only when it is there? then translations must not set it). Fields the check requires
 * in the original only can be required in the editor only when they are edited in German only
 * (`i18n: false`), which the editor then asks for in the German original alone.
 */
function checkRules(name: CollectionName): { requiredInOriginal: string[]; originalOnly: string[] } {
  const folder = ['content', 'tests/fixtures'].map((base) => join(projectRoot, base, name, defaultLocale)).find((dir) => existsSync(dir));
  const sampleName = folder && readdirSync(folder).find((file) => file.endsWith('.md'));
  if (!folder || !sampleName)
    throw new Error(`no German ${name} file to ask the check with (content/${name}/${defaultLocale}/ or tests/fixtures/${name}/${defaultLocale}/)`);
  const sample = readFileSync(join(folder, sampleName), 'utf8');
  const fields = Object.keys(frontmatterData(sample) ?? {});
  /** The sample without the field's line (and the lines that continue it). */
  const without = (field: string) => {
    const split = splitFrontmatter(sample)!;
    const lines = split.frontmatter.split('\n');
    const start = lines.findIndex((line) => line.startsWith(`${field}:`));
    let end = start + 1;
    while (end < lines.length && /^[ \t]/.test(lines[end]!)) end += 1;
    lines.splice(start, end - start);
    return `---\n${lines.join('\n')}\n---\n${split.body}`;
  };
  const original = `content/${name}/${defaultLocale}/sample.md`;
  const translation = `content/${name}/${localeCodes.find((code) => code !== defaultLocale)}/sample.md`;
  const names = (files: { path: string; text: string }[], path: string, field: string) =>
    checkContent(files).some((problem) => problem.startsWith(`${path}:`) && problem.includes(`"${field}"`));
  return {
    requiredInOriginal: fields.filter(
      (field) => names([{ path: original, text: without(field) }], original, field) && !names([{ path: original, text: sample }], original, field),
    ),
    originalOnly: fields.filter((field) => {
      const withField = [
        { path: original, text: sample },
        { path: translation, text: sample },
      ];
      const withoutField = [
        { path: original, text: sample },
        { path: translation, text: without(field) },
      ];
      return names(withField, translation, field) && !names(withoutField, translation, field);
    }),
  };
}

/** What the editor must ask for a collection: its schema's rules, and the check's for the German original. */
function expectedShape(name: CollectionName): Shape {
  const expected = { ...fromSchema(collections[name].schema), ...editorOnly[name] };
  if (collections[name].localized) {
    // Required in the German original by the check: required in the editor, which asks for
    // German-only fields in the German original alone.
    for (const field of checkRules(name).requiredInOriginal) expected[field] = { ...expected[field]!, required: true };
  }
  return expected;
}

describe('the web editor asks for exactly what the schemas and the content check accept', () => {
  for (const name of collectionNames) {
    test(`${name} (${contentPath(name)})`, () => {
      const entry = editorEntry(name);
      if (!entry) throw new Error(`${contentPath(name)} has no place in the web editor (src/admin/browser/cmsConfig.ts)`);
      expect(configShape(entry['fields'])).toEqual(expectedShape(name));
    });
  }

  test('the comparison sees a difference (a field, a length, a choice, a required flag, a rule of the check)', () => {
    const altered = structuredClone(collection('services')['fields']) as Json[];
    altered.push({ name: 'subtitle', widget: 'string' });
    altered.find((f) => f['name'] === 'title')!['maxlength'] = 100;
    altered.find((f) => f['name'] === 'audience')!['options'].pop();
    altered.find((f) => f['name'] === 'description')!['required'] = false;
    // Optional in the schema, but the check requires it in the German original.
    altered.find((f) => f['name'] === 'order')!['required'] = false;
    const expected = expectedShape('services');
    const differences = Object.entries(configShape(altered as Field[])).filter(([path, rule]) => JSON.stringify(rule) !== JSON.stringify(expected[path]));
    expect(differences.map(([path]) => path).sort()).toEqual(['audience', 'description', 'order', 'subtitle', 'title']);
  });

  test('asking the check finds what it requires in the German original and refuses in a translation', () => {
    // The rule (src/check/check.ts): a service's order and audience, an announcement's dates.
    const services = checkRules('services');
    expect(services.requiredInOriginal).toEqual(expect.arrayContaining(['order', 'audience', 'title', 'description']));
    expect(services.originalOnly.sort()).toEqual(['audience', 'order']);
    const announcements = checkRules('announcements');
    expect(announcements.requiredInOriginal).toEqual(expect.arrayContaining(['from', 'until', 'title']));
    expect(announcements.originalOnly.sort()).toEqual(['from', 'until']);
  });
});

describe('the web editor’s setup', () => {
  test('every collection of content/ has its place in the editor, and the editor has no other (no content the editor cannot reach)', () => {
    const places = config['collections'].flatMap((c: Json) => (c['folder'] ? [c['folder']] : c['files'].map((f: Json) => f['file'])));
    expect(places.sort()).toEqual(collectionNames.map(contentPath).sort());
  });

  test('all languages, German first, one folder per language; a new entry starts in German only', () => {
    expect(config['i18n']).toEqual({ structure: 'multiple_folders', locales: localeCodes, default_locale: defaultLocale, initial_locales: 'default' });
    // Otherwise empty optional fields are written as "" and the content check refuses them.
    expect(config['output']['omit_empty_optional_fields']).toBe(true);
  });

  test('what exists once (what the check refuses in a translation) is edited in German only, and nothing else is', () => {
    for (const name of collectionNames.filter((n) => collections[n].localized)) {
      const entry = editorEntry(name)!;
      const once = entry['fields'].filter((f: Json) => f['i18n'] === false).map((f: Json) => f['name']);
      expect(once.sort(), name).toEqual(checkRules(name).originalOnly.sort());
      expect(entry['i18n'], name).toBe(true);
    }
    // The files that are not per language are edited once for all.
    expect(collection('settings')['i18n']).toBe(false);
  });

  test('saves go to GitHub as pull requests, or to the browser only in a test build', () => {
    expect(config['backend']).toMatchObject({ name: 'github', repo: 'lisko/website' });
    expect(config['publish_mode']).toBe('editorial_workflow');
    expect(cmsConfig({ backend: 'test-repo', repository: repositoryPlaceholder }).backend).toEqual({ name: 'test-repo' });
  });
});
