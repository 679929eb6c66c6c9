/**
 * The web editor cannot drift from the schemas: every collection of src/admin/browser/cmsConfig.ts is
 * compared with its zod schema in src/content/schema.ts, in both directions — the same field
 * names (nested ones too), which are required, the choices of a select, patterns, lengths and
 * smallest numbers. A field added to one side only, or a rule changed on one side only, fails
 * here with the difference. The schema side comes from `z.toJSONSchema` (the hours' transforms
 * become "any" with `unrepresentable: 'any'`); rules across fields stay in `npm run check`.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import type { Field } from '@sveltia/cms';
import { cmsConfig, placeholderPattern, repositoryPlaceholder } from '../../src/admin/browser/cmsConfig.ts';
import * as schemas from '../../src/content/schema.ts';
import { defaultLocale, localeCodes } from '../../src/i18n/locales.ts';

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
const file = (name: string): Json => collection('settings')['files'].find((f: Json) => f['name'] === name);

/**
 * The one difference the editor cannot avoid: a telephone number may be typed with spaces and
 * dashes, which the schema removes before it checks `+352` and the digits.
 */
const phoneTyped = { required: true, type: 'string', pattern: '^\\+352[\\s\\d-]{6,16}$' };

const pairs: [string, Json, z.ZodType, Partial<Shape>?][] = [
  ['services', collection('services'), schemas.serviceSchema],
  ['pages', collection('pages'), schemas.pageSchema],
  ['announcements', collection('announcements'), schemas.announcementSchema],
  ['hours (content/hours/reception.md)', file('hours'), schemas.hoursSchema],
  ['contact (content/contact/lisko.md)', file('contact'), schemas.contactSchema, { 'phones[]': phoneTyped }],
  // "none" or an e-mail address: a text field, whose value the content check judges.
  ['settings (content/settings/site.md)', file('site'), schemas.settingsSchema, { dataProtectionOfficer: { required: false, type: 'string' } }],
];

describe('the web editor asks for exactly what the schemas accept', () => {
  for (const [name, entry, schema, editorOnly = {}] of pairs) {
    test(name, () => {
      const expected = { ...fromSchema(schema), ...editorOnly };
      expect(configShape(entry['fields'])).toEqual(expected);
    });
  }

  test('the comparison sees a difference (a field, a length, a choice, a required flag)', () => {
    const altered = structuredClone(collection('services')['fields']) as Json[];
    altered.push({ name: 'subtitle', widget: 'string' });
    altered.find((f) => f['name'] === 'title')!['maxlength'] = 100;
    altered.find((f) => f['name'] === 'audience')!['options'].pop();
    altered.find((f) => f['name'] === 'description')!['required'] = false;
    const differences = Object.entries(configShape(altered as Field[])).filter(
      ([path, rule]) => JSON.stringify(rule) !== JSON.stringify(fromSchema(schemas.serviceSchema)[path]),
    );
    expect(differences.map(([path]) => path).sort()).toEqual(['audience', 'description', 'subtitle', 'title']);
  });
});

describe('the web editor’s setup', () => {
  test('every collection of content/ has its place in the editor (no content the editor cannot reach)', () => {
    const folders = config['collections'].flatMap((c: Json) => (c['folder'] ? [c['folder']] : c['files'].map((f: Json) => f['file'])));
    expect(folders.sort()).toEqual([
      'content/announcements',
      'content/contact/lisko.md',
      'content/hours/reception.md',
      'content/pages',
      'content/services',
      'content/settings/site.md',
    ]);
  });

  test('all languages, German first, one folder per language; a new entry starts in German only', () => {
    expect(config['i18n']).toEqual({ structure: 'multiple_folders', locales: localeCodes, default_locale: defaultLocale, initial_locales: 'default' });
    // Otherwise empty optional fields are written as "" and the content check refuses them.
    expect(config['output']['omit_empty_optional_fields']).toBe(true);
  });

  test('what exists once (a service’s order and audience, an announcement’s dates) is edited in German only', () => {
    const once = (c: string) =>
      collection(c)
        ['fields'].filter((f: Json) => f['i18n'] === false)
        .map((f: Json) => f['name']);
    expect(once('services')).toEqual(['audience', 'order']);
    expect(once('announcements')).toEqual(['from', 'until']);
    expect(collection('settings')['i18n']).toBe(false);
  });

  test('saves go to GitHub as pull requests, or to the browser only in a test build', () => {
    expect(config['backend']).toMatchObject({ name: 'github', repo: 'lisko/website' });
    expect(config['publish_mode']).toBe('editorial_workflow');
    expect(cmsConfig({ backend: 'test-repo', repository: repositoryPlaceholder }).backend).toEqual({ name: 'test-repo' });
  });
});
