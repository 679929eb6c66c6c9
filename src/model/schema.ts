/**
 * What an editor may write in `content/`. Each message says what was expected in words an
 * editor understands; `formatIssues` (src/check/errors.ts) adds the file, the field and
 * what was found. Plain TypeScript so the build, `npm run check` and the unit tests share it.
 */
import { z } from 'astro/zod';
import { defaultLocale, localeCodes, locales, type Locale } from '../i18n/locales.ts';
import { audiences, transferBases, weekdays } from './choices.ts';

/**
 * A letter O (or o) where digits belong looks like a zero in the "found" part of a message
 * ("O8:30"), so the message says so; `expected` is the rest of the message.
 */
const digitsError = (expected: string) => (issue: { input?: unknown }) =>
  typeof issue.input === 'string' && /[oO]/.test(issue.input.replace(/^\+352/, '')) ? `${expected}: write the digit 0 (zero), not the letter O` : expected;

/** `at most 80 characters long (it has 93)`: the editor sees how much to cut. */
const tooLong = (max: number) => (issue: { input?: unknown }) =>
  `must be at most ${max} characters long (it has ${typeof issue.input === 'string' ? [...issue.input].length : '?'})`;

/** A time written another usual way ("8:30", "8h30", "08.30", "14h"), as HH:MM; else undefined. */
export function timeAsWritten(input: string): string | undefined {
  const match = /^(\d{1,2})\s*[:.hH]\s*(\d{2})?$/.exec(input.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2] ?? 0)];
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` : undefined;
}

const timeExpected = 'must be a time like 16:00 (24-hour clock, HH:MM)';

/** `HH:MM`, 24-hour clock, local time in Luxembourg. */
export const timeSchema = z.string({ error: 'must be a time like 16:00, written in quotes' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  // "8h30" gets the time as it must be written: `write "08:30"`.
  error: (issue) => {
    const meant = typeof issue.input === 'string' ? timeAsWritten(issue.input) : undefined;
    return meant ? `${timeExpected}: write "${meant}"` : digitsError(timeExpected)(issue);
  },
});

/** A Luxembourg telephone number in international form, digits only after +352. */
export const phoneSchema = z
  .string({ error: 'must be a telephone number like "+352 2755 5603", in quotes' })
  .transform((value) => value.replace(/[\s-]/g, ''))
  .pipe(
    z.string().regex(/^\+352\d{6,11}$/, {
      error: digitsError('must be a Luxembourg telephone number in international form, like +352 2755 5603'),
    }),
  );

/**
 * A calendar day, `YYYY-MM-DD`, that really exists, with or without quotes. Astro's YAML reader
 * turns an unquoted 2026-12-24 into a date (and 2026-13-01 silently into 2027-01-01), while
 * `npm run check` reads it as text and so still catches the impossible day before the build.
 */
export const dateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date like 2026-12-24' })
    // abort: a date in another format gets one message, not also "must be a date that exists".
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2026-12-24 (YYYY-MM-DD)', abort: true })
    .refine(
      (value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      },
      { error: 'must be a date that exists, like 2026-12-24' },
    ),
);

const requiredText = (what: string) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, { error: `must not be empty: write ${what}` });

export { audiences, transferBases, weekdays, type Audience, type TransferBasis, type Weekday } from './choices.ts';

/** Words every page and service file carries, in its own language. */
const translatable = {
  /** The page's heading and the first part of its browser-tab title. */
  title: requiredText('the title, e.g. title: "Contact"').pipe(z.string().max(80, { error: tooLong(80) })),
  /** One or two sentences for search engines and link previews. */
  description: requiredText('a short description of one or two sentences').pipe(
    z
      .string()
      .min(30, { error: 'must be at least 30 characters long (one or two full sentences)' })
      .max(200, { error: tooLong(200) }),
  ),
  /** false until LISKO staff have checked this translation; shows a polite notice. */
  reviewed: z.boolean({ error: 'must be true or false' }).default(false),
  /**
   * Optional: the day LISKO staff last compared this translation with the original. A change
   * to the original on or before that day does not make the translation outdated.
   */
  reviewedOn: dateSchema.optional(),
};

/** Optional words for visitors; empty (`""`) or left out means "not known yet". */
const optionalText = (field: string) =>
  z
    .string({ error: `must be text in quotes, like ${field}: "…", or "" while LISKO has not confirmed it` })
    .trim()
    .optional()
    .transform((value) => value || undefined);

/**
 * What visitors ask before coming that only LISKO can answer (the organisation's description
 * does not say). Only on the get-support page; each is shown there only once LISKO fills it in.
 * EDITING.md lists them under "For LISKO to confirm".
 */
export const visitFields = {
  /** Who may come to reception. */
  whoCanCome: optionalText('whoCanCome'),
  /** What to bring along (papers, letters). */
  whatToBring: optionalText('whatToBring'),
  /** Whether an appointment is needed. */
  appointment: optionalText('appointment'),
  /** Which languages are spoken at reception. */
  receptionLanguages: optionalText('receptionLanguages'),
  /** Whether the support costs anything. */
  cost: optionalText('cost'),
};
export type VisitField = keyof typeof visitFields;
export const visitFieldNames = Object.keys(visitFields) as VisitField[];

/** A photo file the web editor uploads to public/images/, named by its address: `/images/eingang.jpg`. */
export const imagePathPattern = /^\/images\/[^/\s]+\.(jpg|jpeg|png|webp|avif|JPG|JPEG|PNG|WEBP|AVIF)$/;

/**
 * An optional photo of the entrance, so visitors recognise the door (get-support page, under "Good
 * to know"). None exists yet: the page shows it once LISKO adds one. Its description (alt text) is
 * required with it: it is read aloud to blind visitors and shown when the photo does not load.
 */
export const entranceFields = {
  entrancePhoto: z
    .string({ error: 'must be the photo\'s address in quotes, like "/images/eingang.jpg"' })
    .trim()
    .regex(imagePathPattern, { error: 'must be a photo in /images/ (jpg, png, webp or avif), like "/images/eingang.jpg"' })
    .optional(),
  entrancePhotoAlt: optionalText('entrancePhotoAlt'),
};
export type EntranceField = keyof typeof entranceFields;

const pageFields = { ...translatable, ...visitFields, ...entranceFields };

/** `content/pages/<lang>/<page>.md` */
export const pageSchema = z
  .strictObject(pageFields, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `has an unknown field (known fields: ${Object.keys(pageFields).join(', ')})` : undefined),
  })
  .superRefine((page, context) => {
    if (page.entrancePhoto && !page.entrancePhotoAlt) {
      context.addIssue({
        code: 'custom',
        path: ['entrancePhotoAlt'],
        message:
          'must be the photo\'s description (alt text) in this file\'s language, like "Der Eingang von LISKO, von der Straße aus gesehen": it is read aloud to blind visitors',
      });
    }
  });

/** `content/services/<lang>/<service>.md` */
export const serviceSchema = z.strictObject(
  {
    ...translatable,
    /** Who the service is for. Set in the German original only. */
    audience: z.enum(audiences, { error: `must be one of: ${audiences.join(', ')}` }).optional(),
    /** Position in lists, 1 first. Set in the German original only. */
    order: z
      .number({ error: 'must be a whole number like 3' })
      .int({ error: 'must be a whole number like 3' })
      .positive({ error: 'must be 1 or more' })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `has an unknown field (known fields: ${[...Object.keys(translatable), 'audience', 'order'].join(', ')})` : undefined,
  },
);

/** One weekly reception slot. */
const slotSchema = z
  .object({
    day: z.enum(weekdays, { error: `must be a weekday in English: ${weekdays.join(', ')}` }),
    opens: timeSchema,
    closes: timeSchema,
  })
  .refine((slot) => slot.closes > slot.opens, {
    error: 'must be later than "opens"',
    path: ['closes'],
    // Only once both times are good: "9h30" is one mistake, reported once.
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'opens' || issue.path?.[0] === 'closes'),
  });

const knownLanguages = localeCodes.join(', ');
const languageName = (code: Locale) => new Intl.DisplayNames('en', { type: 'language' }).of(locales[code].lang) ?? code;

/** Why reception is closed, per language: German required, the others fall back to it. */
const reasonSchema = z
  .strictObject(
    Object.fromEntries(
      localeCodes.map((code) =>
        code === defaultLocale
          ? [code, requiredText(`the reason in ${languageName(code)}, e.g. ${code}: "Feiertag" (other languages are optional)`)]
          : [code, requiredText(`the reason in ${languageName(code)}, or delete the line`).optional()],
      ),
    ),
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has an unknown field (languages the site knows: ${knownLanguages})`
          : issue.code === 'invalid_type'
            ? `must be the reason per language, one line each, like ${defaultLocale}: "Feiertag"`
            : undefined,
    },
  )
  .transform((reason) => reason as Partial<Record<Locale, string>>);

/** One closure: a single day (`from` only) or a period (`from` … `to`, both days included). */
const closureSchema = z
  .strictObject(
    {
      from: dateSchema,
      to: dateSchema.optional(),
      reason: reasonSchema,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'has an unknown field (known fields: from, to, reason)'
          : issue.code === 'invalid_type'
            ? 'must be a closure with from: (a date), optionally to: (a date) and reason:'
            : undefined,
    },
  )
  .refine((closure) => closure.to === undefined || closure.to >= closure.from, {
    error: 'must be the same day as "from" or later',
    path: ['to'],
    // Only once both dates are good: a wrong date is one mistake, reported once.
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'from' || issue.path?.[0] === 'to'),
  })
  .transform(({ from, to, reason }) => ({ from, to: to ?? from, reason }));

/**
 * `content/hours/reception.md`: the reception hours, once for every language, always in Luxembourg
 * time (src/hours/browser/schedule.ts), so the file does not say so.
 */
const hoursFields = {
  /** Sorted here, Monday first and earliest first, so every page and file lists them alike. */
  slots: z
    .array(slotSchema, { error: 'must be a list of reception times' })
    .min(1, { error: 'must list at least one reception time' })
    .transform((slots) => [...slots].sort((a, b) => weekdays.indexOf(a.day) - weekdays.indexOf(b.day) || a.opens.localeCompare(b.opens))),
  /** Days or periods without reception (public holidays, team days); ended ones are not shown. */
  closures: z
    .array(closureSchema, { error: 'must be a list of closures, each starting with "- from:"' })
    .nullish()
    .transform((closures) => closures ?? []),
};
/** Strict: a misspelt `closure:` would otherwise hide a closed day, and people would come in vain. */
export const hoursSchema = z.strictObject(hoursFields, {
  error: (issue) => (issue.code === 'unrecognized_keys' ? `has an unknown field (known fields: ${Object.keys(hoursFields).join(', ')})` : undefined),
});

/**
 * `content/contact/lisko.md`: address and telephone numbers, once for every language. The country
 * is always Luxembourg (src/contact/country.ts), so the file does not say so.
 */
const contactFields = {
  name: requiredText('the organisation’s short name'),
  legalName: requiredText('the organisation’s full name'),
  street: requiredText('the street and house number, e.g. "13, rue de Bragance"'),
  postalCode: z
    .string({ error: 'must be a postal code like L-1255, in quotes' })
    .regex(/^L-\d{4}$/, { error: digitsError('must be a postal code like L-1255 (L- and four digits)') }),
  city: requiredText('the city'),
  phones: z.array(phoneSchema, { error: 'must be a list of telephone numbers' }).min(1, { error: 'must list at least one telephone number' }),
};
/** Strict: a misspelt field would otherwise be left out of every page without a word. */
export const contactSchema = z.strictObject(contactFields, {
  error: (issue) => (issue.code === 'unrecognized_keys' ? `has an unknown field (known fields: ${Object.keys(contactFields).join(', ')})` : undefined),
});

/**
 * Shipped instead of LISKO's real Formspree form id, which is not known yet, so a fresh clone
 * builds. While it is in use the build warns and `npm run deploy:check` fails.
 */
export const formspreePlaceholderId = 'REPLACE-WITH-LISKO-FORMSPREE-ID';

/** A Formspree form id: the letters and digits after `/f/` in the form's endpoint. */
export const formspreeFormIdSchema = z
  .string({ error: 'must be the Formspree form id, in quotes, like "xqkrvbnw"' })
  .trim()
  .refine((value) => value === formspreePlaceholderId || /^[A-Za-z0-9]{4,40}$/.test(value), {
    error: 'must be only the Formspree form id, like "xqkrvbnw": the letters and digits after /f/ in https://formspree.io/f/xqkrvbnw',
  });

/**
 * Every placeholder starts with this. The site ships placeholders for values only LISKO can give
 * (its legal entity, where to send data requests, …), so a fresh clone builds; a page shows a
 * placeholder still in use as something to fill in, and `npm run deploy:check` refuses it.
 */
export const placeholderPrefix = 'REPLACE-WITH-';

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(placeholderPrefix);
}

/**
 * A setting that ships as a placeholder: the placeholder, or a real value matching `schema`.
 * A line left out counts as its placeholder, so the page and `npm run deploy:check` still say
 * what is missing.
 */
function orPlaceholder<T extends z.ZodType>(schema: T, expected: string, placeholder: string) {
  const error = `must be ${expected}`;
  return z.union([z.string().trim().startsWith(placeholderPrefix, { error }), schema], { error }).default(placeholder);
}

const wholeDays = z
  .number({ error: 'must be a number of days, like 90' })
  .int({ error: 'must be a whole number of days, like 90' })
  .positive({ error: 'must be 1 or more days' });

const settingsFields = {
  /** The Formspree form that receives the contact form's messages. */
  formspreeFormId: formspreeFormIdSchema,
  /** The legal entity responsible for the data (the controller, GDPR Art. 13(1)(a)). */
  controller: orPlaceholder(
    requiredText('LISKO’s legal entity'),
    'the name of the legal entity responsible for LISKO, in quotes',
    'REPLACE-WITH-LISKO-LEGAL-ENTITY',
  ),
  /** Postal address for data requests, on one line. */
  privacyPostalAddress: orPlaceholder(
    requiredText('a postal address'),
    'the postal address for data requests, on one line, in quotes',
    'REPLACE-WITH-POSTAL-ADDRESS-FOR-DATA-REQUESTS',
  ),
  /** E-mail address for data requests. */
  privacyEmail: orPlaceholder(
    z.email({ error: 'must be an e-mail address' }),
    'the e-mail address for data requests, like "datenschutz@example.lu"',
    'REPLACE-WITH-EMAIL-FOR-DATA-REQUESTS',
  ),
  /** The data protection officer's e-mail address, or "none" when LISKO has none. */
  dataProtectionOfficer: orPlaceholder(
    z.union([z.literal('none'), z.email()]),
    'the data protection officer’s e-mail address, or none',
    'REPLACE-WITH-DPO-EMAIL-OR-none',
  ),
  /** How many days messages stay stored at Formspree. */
  formspreeRetentionDays: orPlaceholder(wholeDays, 'a whole number of days, like 90 (without quotes)', 'REPLACE-WITH-DAYS-AT-FORMSPREE'),
  /** How many days LISKO keeps the messages it received. */
  liskoRetentionDays: orPlaceholder(wholeDays, 'a whole number of days, like 365 (without quotes)', 'REPLACE-WITH-DAYS-AT-LISKO'),
  /** The company that hosts the site (it receives every visitor's IP address). */
  hostName: orPlaceholder(requiredText('the host’s name'), 'the name of the company that hosts the website, in quotes', 'REPLACE-WITH-HOST-COMPANY'),
  /** The host's country, as a two-letter code (ISO 3166), e.g. LU, DE, US. */
  hostCountry: orPlaceholder(
    z.string().regex(/^[A-Z]{2}$/),
    'a two-letter country code in capitals, like "LU", "DE" or "US"',
    'REPLACE-WITH-HOST-COUNTRY-CODE',
  ),
  /** Why messages may go to Formspree in the United States: `dpf` or `scc`. */
  formspreeTransferBasis: orPlaceholder(z.enum(transferBases), `one of: ${transferBases.join(', ')}`, 'REPLACE-WITH-dpf-OR-scc'),
};

/** The settings that ship with a placeholder, in the order EDITING.md explains them. */
export const placeholderSettings = [
  'controller',
  'privacyPostalAddress',
  'privacyEmail',
  'dataProtectionOfficer',
  'formspreeRetentionDays',
  'liskoRetentionDays',
  'hostName',
  'hostCountry',
  'formspreeTransferBasis',
] as const satisfies readonly (keyof typeof settingsFields)[];
export type PlaceholderSetting = (typeof placeholderSettings)[number];

/** `content/settings/site.md`: settings for the whole site, once for every language. */
export const settingsSchema = z.strictObject(settingsFields, {
  error: (issue) => (issue.code === 'unrecognized_keys' ? `has an unknown field (known fields: ${Object.keys(settingsFields).join(', ')})` : undefined),
});

export type PageData = z.infer<typeof pageSchema>;
export type VisitInfo = Pick<PageData, VisitField | EntranceField>;
export type ServiceData = z.infer<typeof serviceSchema>;
export type HoursData = z.infer<typeof hoursSchema>;
export type ClosureData = HoursData['closures'][number];
export type ContactData = z.infer<typeof contactSchema>;
export type SettingsData = z.infer<typeof settingsSchema>;

/**
 * `content/announcements/<lang>/<name>.md`: a short notice shown at the top of every page of its
 * language from `from` to `until` (both days included, Luxembourg's calendar), and in the feeds
 * and calendar files. The dates are set in the German original only (src/check/check.ts),
 * so ending one early is one change; translations hold the words.
 */
const announcementFields = {
  /** One line, in bold above the text. */
  title: requiredText('the title, e.g. title: "Reception closed on Friday afternoon"').pipe(z.string().max(120, { error: tooLong(120) })),
  /** The first day it is shown. */
  from: dateSchema.optional(),
  /** The last day it is shown. */
  until: dateSchema.optional(),
};

export const announcementSchema = z
  .strictObject(announcementFields, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `has an unknown field (known fields: ${Object.keys(announcementFields).join(', ')})` : undefined),
  })
  .refine((a) => a.from === undefined || a.until === undefined || a.until >= a.from, {
    error: 'must be the same day as "from" or later',
    path: ['until'],
    // Only once both dates are good: a wrong date is one mistake, reported once.
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'from' || issue.path?.[0] === 'until'),
  });

export type AnnouncementData = z.infer<typeof announcementSchema>;
