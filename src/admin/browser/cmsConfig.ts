/**
 * The web editor's configuration (Sveltia CMS, served at /admin/). It mirrors the schemas in
 * src/model/schema.ts field by field: tests/unit/cms-config.test.ts compares both ways (names,
 * required, choices, patterns, lengths), so a field added to one and not the other fails the tests.
 * A field the content check requires in the German original only (a service's order, an
 * announcement's dates) is required here and `i18n: false`: the editor asks for it in German alone.
 * Labels and hints are what an editor reads; they carry the instructions that used to be YAML
 * comments in the content files (the editor drops comments when it saves).
 *
 * What the editor cannot check (a rule across fields or files: closes after opens, a closure's
 * "to" after its "from", two services with the same order) stays in `npm run check`, which runs
 * on every pull request and before every build.
 */
import type { CmsConfig, Field } from '@sveltia/cms';
import { audiences, transferBases, weekdays } from '../../model/choices.ts';
import { defaultLocale, localeCodes, locales } from '../../i18n/locales.ts';

export type CmsBackend = 'github' | 'test-repo';

/** Used when the build knows no repository: deploy:check refuses a build that still has it. */
export const repositoryPlaceholder = 'REPLACE-WITH-OWNER/REPOSITORY';

const date = { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'a date like 2026-12-24'] } as const;
const time = { widget: 'datetime', type: 'time', format: 'HH:mm', pattern: ['^([01]\\d|2[0-3]):[0-5]\\d$', 'a time like 16:00 (24-hour clock)'] } as const;

/** Title, description, reviewed, reviewedOn: every page and service, in its own language. */
const translatable: Field[] = [
  { name: 'title', label: 'Title', widget: 'string', maxlength: 80, hint: 'The heading of the page, at most 80 characters.' },
  {
    name: 'description',
    label: 'Short description',
    widget: 'text',
    minlength: 30,
    maxlength: 200,
    hint: 'One or two full sentences (30 to 200 characters) for search engines and link previews.',
  },
  {
    name: 'reviewed',
    label: 'Translation checked by LISKO staff',
    widget: 'boolean',
    required: false,
    default: false,
    hint: 'Translations only: switch on once a colleague who speaks the language has checked it. Until then the page says politely that it is not checked yet. The German original is the source and stays switched on.',
  },
  {
    name: 'reviewedOn',
    label: 'Checked against the German original on',
    ...date,
    required: false,
    hint: 'Translations only, optional: the day you compared this translation with the German original. A change to the original on or before that day does not mark the translation as outdated.',
  },
];

const body: Field = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  hint: 'Headings start at "Heading 2" (the title is the page heading). Links to other pages start with /de/… or ../; images need a description. No HTML: the check refuses it.',
};

/** Optional words on the get-support page; shown only once filled in (EDITING.md, "For LISKO to confirm"). */
const visitFields: Field[] = [
  ['whoCanCome', 'Who can come'],
  ['whatToBring', 'What to bring'],
  ['appointment', 'Is an appointment needed?'],
  ['receptionLanguages', 'Languages spoken at reception'],
  ['cost', 'Does it cost anything?'],
].map(([name, label]) => ({
  name: name!,
  label: label!,
  widget: 'text',
  required: false,
  hint: 'Get-support page only. Leave empty until LISKO has confirmed it: an empty field is not shown.',
}));

/** The entrance photo (get-support page), optional; its description is required with it (the check). */
const entranceFields: Field[] = [
  {
    name: 'entrancePhoto',
    label: 'Photo of the entrance',
    widget: 'image',
    required: false,
    pattern: ['^\\/images\\/[^/\\s]+\\.(jpg|jpeg|png|webp|avif|JPG|JPEG|PNG|WEBP|AVIF)$', 'a photo (jpg, png, webp or avif) in /images/'],
    hint: 'Get-support page only, optional: a photo of the door, so visitors recognise it. Set it in the German page; a translation without one shows the German photo.',
  },
  {
    name: 'entrancePhotoAlt',
    label: 'What the photo shows (description)',
    widget: 'text',
    required: false,
    hint: 'Required with a photo: what a blind visitor needs to know, in this language, e.g. "Der Eingang von LISKO, von der Straße aus gesehen". The check refuses a photo without it.',
  },
];

const languageName = (code: string) => new Intl.DisplayNames('en', { type: 'language' }).of(locales[code as keyof typeof locales].lang) ?? code;

/** Settings that ship as REPLACE-WITH-… placeholders: the hint says what to write instead. */
const setting = (name: string, label: string, hint: string, extra: Partial<Field> = {}): Field =>
  ({
    name,
    label,
    widget: 'string',
    required: false,
    hint: `${hint} Until LISKO fills it in, it holds a placeholder starting with REPLACE-WITH- (or stays empty) and publishing is refused.`,
    ...extra,
  }) as Field;

/** A setting may keep its placeholder (publishing is refused until it is replaced). */
export const placeholderPattern = 'REPLACE-WITH-.*';

/** A number of days; a placeholder in the file shows as empty, and an empty field is saved as the placeholder. */
const days = { widget: 'number', value_type: 'int', min: 1 } as Partial<Field>;

export function cmsConfig({ backend, repository }: { backend: CmsBackend; repository: string }): CmsConfig {
  return {
    load_config_file: false,
    app_title: 'LISKO – website editor',
    backend:
      backend === 'test-repo'
        ? { name: 'test-repo' }
        : {
            name: 'github',
            repo: repository,
            branch: 'main',
            // Every save becomes a pull request: the checks run on it before anything is published.
            commit_messages: {
              update: 'Update {{collection}} “{{slug}}”',
              create: 'Add {{collection}} “{{slug}}”',
              delete: 'Delete {{collection}} “{{slug}}”',
            },
          },
    publish_mode: backend === 'test-repo' ? 'simple' : 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    // Without it, an empty optional field is written as `reviewedOn: ""`, which the check refuses.
    // Quotes around every text, as the content files are written (times, dates and telephone
    // numbers need them; one style for all), so a save changes only what the editor changed.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    i18n: {
      structure: 'multiple_folders',
      locales: [...localeCodes],
      default_locale: defaultLocale,
      initial_locales: 'default',
    },
    collections: [
      {
        name: 'services',
        label: 'Services',
        label_singular: 'Service',
        folder: 'content/services',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        i18n: true,
        identifier_field: 'title',
        sortable_fields: ['order', 'title'],
        fields: [
          ...translatable.map((field) => ({ ...field, i18n: true })),
          {
            name: 'audience',
            label: 'Who the service is for',
            widget: 'select',
            options: [...audiences],
            i18n: false,
            hint: 'Required. Set in the German original only; it counts for every language.',
          },
          {
            name: 'order',
            label: 'Position in lists',
            widget: 'number',
            value_type: 'int',
            min: 1,
            i18n: false,
            hint: 'Required: 1 comes first. Set in the German original only; two services must not have the same number.',
          },
          { ...body, i18n: true },
        ],
      },
      {
        name: 'pages',
        label: 'Pages',
        label_singular: 'Page',
        folder: 'content/pages',
        extension: 'md',
        format: 'frontmatter',
        // The pages are fixed (each has its place in the menus): edit, never add or delete.
        create: false,
        delete: false,
        i18n: true,
        identifier_field: 'title',
        fields: [...translatable, ...visitFields, ...entranceFields, body].map((field) => ({ ...field, i18n: true })),
      },
      {
        name: 'announcements',
        label: 'Announcements',
        label_singular: 'Announcement',
        folder: 'content/announcements',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        i18n: true,
        identifier_field: 'title',
        fields: [
          {
            name: 'title',
            label: 'Title',
            widget: 'string',
            maxlength: 120,
            i18n: true,
            hint: 'One line, shown in bold above the text, at most 120 characters.',
          },
          {
            name: 'from',
            label: 'First day shown',
            ...date,
            i18n: false,
            hint: 'Required. Set in the German original only; it counts for every language. The announcement appears on this day.',
          },
          {
            name: 'until',
            label: 'Last day shown',
            ...date,
            i18n: false,
            hint: 'Required. Set in the German original only: the same day as "First day shown" or later. The announcement disappears by itself after this day.',
          },
          { ...body, i18n: true, hint: 'A few sentences. Links start with / (an announcement is shown on every page).' },
        ],
      },
      {
        name: 'settings',
        label: 'Hours, address and settings',
        // Written once for every language: no language folders.
        i18n: false,
        files: [
          {
            name: 'hours',
            label: 'Reception hours and closed days',
            file: 'content/hours/reception.md',
            format: 'frontmatter',
            fields: [
              {
                name: 'slots',
                label: 'Reception times',
                label_singular: 'Reception time',
                widget: 'list',
                min: 1,
                hint: 'Local time in Luxembourg, written once for every language. "Closes" must be later than "opens".',
                fields: [
                  { name: 'day', label: 'Day', widget: 'select', options: [...weekdays] },
                  { name: 'opens', label: 'Opens', ...time },
                  { name: 'closes', label: 'Closes', ...time },
                ],
              },
              {
                name: 'closures',
                label: 'Closed days (holidays, team days)',
                label_singular: 'Closure',
                widget: 'list',
                required: false,
                hint: 'Closures that have ended disappear from the site by themselves; delete them when convenient.',
                fields: [
                  { name: 'from', label: 'First closed day', ...date },
                  { name: 'to', label: 'Last closed day', ...date, required: false, hint: 'Leave empty for a single day.' },
                  {
                    name: 'reason',
                    label: 'Why',
                    widget: 'object',
                    hint: 'German is required; the other languages are optional and show the German reason until filled in.',
                    fields: localeCodes.map((code) => ({
                      name: code,
                      label: `${languageName(code)} (${locales[code].label})`,
                      widget: 'string',
                      required: code === defaultLocale,
                    })) as Field[],
                  },
                ],
              },
            ],
          },
          {
            name: 'contact',
            label: 'Address and telephone numbers',
            file: 'content/contact/lisko.md',
            format: 'frontmatter',
            fields: [
              { name: 'name', label: 'Short name', widget: 'string' },
              { name: 'legalName', label: 'Full name', widget: 'string' },
              { name: 'street', label: 'Street and house number', widget: 'string', hint: 'Like 13, rue de Bragance' },
              { name: 'postalCode', label: 'Postal code', widget: 'string', pattern: ['^L-\\d{4}$', 'a postal code like L-1255'] },
              { name: 'city', label: 'City', widget: 'string' },
              {
                name: 'phones',
                label: 'Telephone numbers',
                label_singular: 'Telephone number',
                widget: 'list',
                min: 1,
                hint: 'In international form: +352 and the local number, like +352 2755 5603. The first is the main number.',
                field: { name: 'phone', label: 'Telephone number', widget: 'string', pattern: ['^\\+352[\\s\\d-]{6,16}$', 'a number like +352 2755 5603'] },
              },
            ],
          },
          {
            name: 'site',
            label: 'Contact form and privacy settings',
            file: 'content/settings/site.md',
            format: 'frontmatter',
            fields: [
              {
                name: 'formspreeFormId',
                label: 'Formspree form id',
                widget: 'string',
                hint: 'The letters and digits after /f/ in the form’s address at Formspree, like xqkrvbnw.',
              },
              setting('controller', 'Responsible legal entity', 'The name of the legal entity responsible for LISKO (the controller).'),
              setting('privacyPostalAddress', 'Postal address for data requests', 'On one line.'),
              setting('privacyEmail', 'E-mail for data requests', 'Like datenschutz@example.lu.'),
              setting('dataProtectionOfficer', 'Data protection officer', 'The officer’s e-mail address, or none when LISKO has none.'),
              setting('formspreeRetentionDays', 'Days messages stay at Formspree', 'A whole number of days, like 90.', days),
              setting('liskoRetentionDays', 'Days LISKO keeps messages', 'A whole number of days, like 365.', days),
              setting('hostName', 'Company hosting the website', 'Its name.'),
              setting('hostCountry', 'Country of the hosting company', 'A two-letter code in capitals, like LU, DE or US.', {
                pattern: [`^(${placeholderPattern}|[A-Z]{2})$`, 'a two-letter country code in capitals, like LU'],
              }),
              setting('formspreeTransferBasis', 'Basis for sending messages to the United States', 'dpf or scc (EDITING.md, "Fill in the privacy settings").', {
                widget: 'select',
                options: [...transferBases],
              }),
            ],
          },
        ],
      },
    ],
  } as CmsConfig;
}
