/**
 * The zod schemas of the content, derived from the content model (model.ts): what the build
 * loads and `npm run check` checks. Each message says what was expected in words an editor
 * understands; `formatIssues` (src/check/errors.ts) adds the file, the line, the field and what
 * was found. Build and check only: zod stays out of the browser (model.ts says why).
 */
import { z } from 'astro/zod';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales.ts';
import {
  eeaCountries,
  isPlaceholder,
  languageName,
  model,
  placeholderPrefix,
  valueTypes,
  weekdays,
  type CollectionModel,
  type CollectionName,
  type Field,
  type ValueType,
  type VisitField,
} from './model.ts';

// ——— The types the model's fields give ———

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type BaseValue<F> = F extends { kind: 'text' }
  ? string
  : F extends { kind: 'boolean' }
    ? boolean
    : F extends { kind: 'choice'; options: readonly (infer O)[] }
      ? O
      : F extends { kind: 'integer' }
        ? number
        : F extends { kind: 'list'; of: infer I }
          ? Value<I>[]
          : F extends { kind: 'object'; fields: infer S }
            ? DataOf<S>
            : F extends { kind: 'perLanguage' }
              ? Partial<Record<Locale, string>>
              : string;
/** A placeholder setting holds its placeholder (text) or a real value. */
type Value<F> = F extends { placeholder: object } ? BaseValue<F> | string : BaseValue<F>;
/** Always there after parsing: required, or with a default (a placeholder, an empty list). */
type Present<F> = F extends { scope: 'original' }
  ? false
  : F extends { required: false }
    ? F extends { default: unknown } | { placeholder: object } | { kind: 'list' }
      ? true
      : false
    : true;
/** A collection's (or an object field's) data, from its fields. */
export type DataOf<S> = Simplify<
  { -readonly [K in keyof S as Present<S[K]> extends true ? K : never]: Value<S[K]> } & {
    -readonly [K in keyof S as Present<S[K]> extends true ? never : K]?: Value<S[K]>;
  }
>;

// ——— Messages shared by every field ———

/**
 * The message of an unknown field, read back by `formatIssues`: what the unknown names are
 * (fields, or languages) and the names that are known.
 */
export const unknownKeys = (noun: 'field' | 'language', known: readonly string[]) =>
  `unknown ${noun}; ${noun === 'language' ? 'languages the site knows' : 'known fields'}: ${known.join(', ')}`;

/** `at most 80 characters long (it has 93)`: the editor sees how much to cut. */
const tooLong = (max: number) => (issue: { input?: unknown }) =>
  `must be at most ${max} characters long (it has ${typeof issue.input === 'string' ? [...issue.input].length : '?'})`;

const requiredText = (expected: string) =>
  z
    .string({ error: `must be ${expected}` })
    .trim()
    .min(1, { error: `must not be empty: write ${expected}` });

/** A time written another usual way ("8:30", "8h30", "08.30", "14h"), as HH:MM; else undefined. */
export function timeAsWritten(input: string): string | undefined {
  const match = /^(\d{1,2})\s*[:.hH]\s*(\d{2})?$/.exec(input.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2] ?? 0)];
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` : undefined;
}

/** `14:00–17:00`, `14:00 - 17:00`, `14 bis 17 Uhr`: a range of two times in one field. */
function timeRange(input: string): [string, string] | undefined {
  const parts = input
    .replace(/\s*uhr\s*$/i, '')
    .split(/\s*(?:[-–—]|bis|to|à)\s*/i)
    .map((part) => timeAsWritten(part) ?? (/^\d{1,2}$/.test(part) ? timeAsWritten(`${part}h`) : undefined));
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : undefined;
}

/** A day written another usual way (`31.12.2026`, `31/12/2026`, `1.2.2027`) as YYYY-MM-DD, if it exists. */
export function dateAsWritten(input: string): string | undefined {
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(input.trim());
  if (!match) return undefined;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return dateExists(iso) ? iso : undefined;
}

const dateExists = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/**
 * What a value of a fixed form gets when it does not match: the way to write it when it was
 * written another usual way (`write "08:30"`, `write "2026-12-31"`), a time range to split, or
 * the letter O where digits belong (it looks like a zero in the "found" part of a message).
 */
function valueMessage(name: keyof typeof valueTypes, type: ValueType, input: unknown): string {
  const expected = `must be ${type.expected}`;
  if (typeof input !== 'string') return expected;
  if (name === 'time') {
    const range = timeRange(input);
    if (range) return `must be one time, like 14:00: write the first time in "opens" and the second in "closes" (opens: "${range[0]}", closes: "${range[1]}")`;
    const meant = timeAsWritten(input);
    if (meant) return `${expected}: write "${meant}"`;
  }
  if (name === 'date') {
    const meant = dateAsWritten(input);
    if (meant) return `${expected}: write "${meant}"`;
  }
  if (/[oO]/.test(input) && type.pattern.test(input.trim().replace(/[oO]/g, '0'))) return `${expected}: write the digit 0 (zero), not the letter O`;
  return expected;
}

/** A time range says which field is which: the message for a slot's times (`opens`, `closes`). */
function valueSchema(name: keyof typeof valueTypes): z.ZodType<string> {
  const type: ValueType = valueTypes[name];
  const text = z
    .string({ error: `must be ${type.notText}` })
    .trim()
    // abort: a value in another form gets one message, not also "must be a date that exists".
    .regex(type.pattern, { error: (issue) => valueMessage(name, type, issue.input), abort: true });
  if (name === 'date') {
    // A calendar day that really exists, with or without quotes. Astro's YAML reader may turn an
    // unquoted 2026-12-24 into a date; `npm run check` reads it as text and so catches 2026-13-01.
    return z.preprocess(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
      text.refine(dateExists, { error: 'must be a date that exists, like 2026-12-24' }),
    );
  }
  return type.compact ? text.transform((value) => value.replace(/[\s-]/g, '')) : text;
}

// ——— One field, as zod ———

/** The zod schema of one field of the model, named `name` in its file. */
function fieldSchema(name: string, field: Field): z.ZodType {
  let schema = baseSchema(name, field);
  if (field.placeholder) {
    const error = `must be ${'expected' in field && field.expected ? field.expected : field.kind in valueTypes ? valueTypes[field.kind as keyof typeof valueTypes].expected : `one of: ${'options' in field ? field.options.join(', ') : ''}`}`;
    return z.union([z.string().trim().startsWith(placeholderPrefix, { error }), schema], { error }).default(field.placeholder.value);
  }
  if (field.kind === 'boolean') return schema;
  if (field.kind === 'list' && field.required === false) return schema.nullish().transform((items) => items ?? []);
  if (field.kind === 'text' && field.empty === 'unset') return schema;
  if (field.required === false || field.scope === 'original') schema = schema.optional();
  return schema;
}

function baseSchema(name: string, field: Field): z.ZodType {
  switch (field.kind) {
    case 'text': {
      if (field.empty === 'unset') {
        return z
          .string({ error: `must be ${field.expected ?? `text in quotes, like ${name}: "…", or "" while LISKO has not confirmed it`}` })
          .trim()
          .optional()
          .transform((value) => value || undefined);
      }
      const expected = field.expected ?? `text for "${name}"`;
      const limits = z
        .string()
        .min(field.min?.length ?? 0, { error: `must be at least ${field.min?.length} characters long (${field.min?.why})` })
        .max(field.max ?? Infinity, { error: tooLong(field.max ?? Infinity) });
      return field.min || field.max ? requiredText(expected).pipe(limits) : requiredText(expected);
    }
    case 'boolean':
      return z.boolean({ error: 'must be true or false' }).default(field.default);
    case 'choice':
      return z.enum(field.options as [string, ...string[]], { error: `must be ${field.expected ?? `one of: ${field.options.join(', ')}`}` });
    case 'integer':
      return z
        .number({ error: `must be ${field.expected}` })
        .int({ error: `must be ${field.expected}` })
        .min(field.min, { error: `must be ${field.atLeast}` });
    case 'email':
      return field.orNone ? z.union([z.literal('none'), z.email()]) : z.email({ error: 'must be an e-mail address' });
    case 'list': {
      const list = z.array(fieldSchema(`${name}[]`, field.of), { error: `must be ${field.expected}` });
      return field.min ? list.min(field.min.count, { error: field.min.message }) : list;
    }
    case 'object':
      return objectSchema(field.fields, field.expected);
    case 'perLanguage':
      return perLanguageSchema(field.what, field.example);
    default:
      return valueSchema(field.kind);
  }
}

/**
 * The fields of a file (or of one entry of a list), strict: a misspelt `closure:` would otherwise
 * hide a closed day, and people would come in vain. Rules between two fields follow the fields' own.
 */
function objectSchema(fields: Readonly<Record<string, Field>>, expected?: string): z.ZodType {
  const names = Object.keys(fields);
  let schema: z.ZodType = z.strictObject(Object.fromEntries(names.map((name) => [name, fieldSchema(name, fields[name]!)])), {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownKeys('field', names) : issue.code === 'invalid_type' && expected ? `must be ${expected}` : undefined,
  });
  for (const [name, field] of Object.entries(fields)) {
    const other = 'after' in field ? field.after : 'notBefore' in field ? field.notBefore : undefined;
    if (other) {
      const later = 'after' in field && field.after !== undefined;
      schema = schema.refine(
        (data) => {
          const [value, than] = [(data as Record<string, unknown>)[name], (data as Record<string, unknown>)[other]];
          return typeof value !== 'string' || typeof than !== 'string' || (later ? value > than : value >= than);
        },
        {
          error: later ? `must be later than "${other}"` : `must be the same day as "${other}" or later`,
          path: [name],
          // Only once both are good: a wrong time is one mistake, reported once.
          when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === name || issue.path?.[0] === other),
        },
      );
    }
    if (field.kind === 'choice' && field.fitsCountry) {
      // Whether the data leaves the EU follows from the country: checked once both are real values.
      const country = field.fitsCountry;
      schema = schema.superRefine((data, context) => {
        const record = data as Record<string, unknown>;
        const [value, code] = [record[name], record[country]];
        if (typeof value !== 'string' || typeof code !== 'string' || isPlaceholder(value) || isPlaceholder(code)) return;
        const inEea = eeaCountries.includes(code);
        if (inEea === (value === 'eea')) return;
        context.addIssue({
          code: 'custom',
          path: [name],
          input: value,
          message: inEea
            ? `must be eea: the host's country (${country} "${code}") is in the EU or EEA`
            : `must be adequacy, dpf or scc: the host's country (${country} "${code}") is outside the EU and EEA`,
        });
      });
    }
    if (field.kind === 'text' && field.requiredWith) {
      const { field: with_, expected: what } = field.requiredWith;
      schema = schema.superRefine((data, context) => {
        const record = data as Record<string, unknown>;
        if (record[with_] && !record[name]) context.addIssue({ code: 'custom', path: [name], message: `must be ${what}` });
      });
    }
  }
  return schema;
}

/** One text per language: German required, the others fall back to it. */
function perLanguageSchema(what: string, example: string): z.ZodType {
  return z.strictObject(
    Object.fromEntries(
      localeCodes.map((code) =>
        code === defaultLocale
          ? [code, requiredText(`${what} in ${languageName(code)}, e.g. ${code}: "${example}" (other languages are optional)`)]
          : [code, requiredText(`${what} in ${languageName(code)}, or delete the line`).optional()],
      ),
    ),
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? unknownKeys('language', localeCodes)
          : issue.code === 'invalid_type'
            ? `must be ${what} per language, one line each, like ${defaultLocale}: "${example}"`
            : undefined,
    },
  );
}

/** The schema of a collection's files. Typed from the model; the unit tests prove the values match. */
function collectionSchema<C extends CollectionModel>(collection: C): z.ZodType<DataOf<C['fields']>> {
  return objectSchema(collection.fields) as z.ZodType<DataOf<C['fields']>>;
}

// ——— The collections ———

export const pageSchema = collectionSchema(model.pages);
export const serviceSchema = collectionSchema(model.services);
export const announcementSchema = collectionSchema(model.announcements);
export const contactSchema = collectionSchema(model.contact);
export const settingsSchema = collectionSchema(model.settings);
export const wordListSchema = collectionSchema(model.style);

type RawHours = DataOf<(typeof model)['hours']['fields']>;
/**
 * The hours, with the slots sorted Monday first and earliest first, so every page and file lists
 * them alike, and each closure's last day filled in (the first, for a single day).
 */
export const hoursSchema = collectionSchema(model.hours).transform(({ slots, closures }: RawHours) => ({
  slots: [...slots].sort((a, b) => weekdays.indexOf(a.day) - weekdays.indexOf(b.day) || a.opens.localeCompare(b.opens)),
  closures: closures.map(({ from, to, reason }) => ({ from, to: to ?? from, reason })),
}));

/** Each collection's schema, for the build's loaders and the check. */
export const schemas = {
  pages: pageSchema,
  services: serviceSchema,
  announcements: announcementSchema,
  hours: hoursSchema,
  contact: contactSchema,
  settings: settingsSchema,
  style: wordListSchema,
} satisfies Record<CollectionName, z.ZodType>;

/** A Formspree form id (the deploy workflow may give one in PUBLIC_FORMSPREE_FORM_ID). */
export const formspreeFormIdSchema = valueSchema('formspreeId');

export type PageData = z.infer<typeof pageSchema>;
export type WordListData = z.infer<typeof wordListSchema>;
export type VisitInfo = Pick<PageData, VisitField | 'entrancePhoto' | 'entrancePhotoAlt'>;
export type ServiceData = z.infer<typeof serviceSchema>;
export type HoursData = z.infer<typeof hoursSchema>;
export type ClosureData = HoursData['closures'][number];
export type ContactData = z.infer<typeof contactSchema>;
export type SettingsData = z.infer<typeof settingsSchema>;
export type AnnouncementData = z.infer<typeof announcementSchema>;
