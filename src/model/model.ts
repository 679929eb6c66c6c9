/**
 * THE content model: every field an editor can write in content/, once, with its type, limits,
 * pattern, what the check says when it is wrong, its label and hint in the web editor (German and
 * English), and whether it is set in the German original only. Everything else is derived from it:
 * the zod schemas the build and the check use (schema.ts), the collections Astro loads
 * (collections.ts), the web editor's configuration (src/admin/browser/cmsConfig.ts) and the content
 * check's rules across files (src/check/check.ts). Where files live is in paths.ts beside it.
 *
 * Plain data without zod or Node, because the web editor's configuration is built from it in the
 * browser (zod probes `Function('')`, which the editor's CSP reports as a violation;
 * tests/unit/cms-config.test.ts keeps zod and Node out of that bundle and measures it).
 *
 * The check's words are English, as in EDITING.md; the editor's labels and hints are German for a
 * German editor and English otherwise (src/admin/browser/editorLanguage.ts).
 */
import { languageName, locales, type Locale } from '../i18n/locales.ts';
import { pageNames, type PageName } from '../routing/pages.ts';
import { draftPatterns } from './paths.ts';

/** Words the web editor shows, in its two languages. */
export interface Words {
  de: string;
  en: string;
}
export type EditorLanguage = keyof Words;

/** What every field has. */
interface Common {
  label: Words;
  hint?: Words;
  /** false: may be left out. Default: required. */
  required?: boolean;
  /**
   * `original`: set in the German original only, where it is required; a translation must not
   * have it, and the web editor asks for it in German only. Default: every language has its own.
   */
  scope?: 'original';
  /** Shown on this page only (pages): the check refuses it in any other page. */
  onlyOn?: PageName;
  /**
   * Ships as this placeholder (`REPLACE-WITH-…`) until LISKO gives the real value: a missing line
   * counts as the placeholder, any `REPLACE-WITH-…` is accepted, and `npm run deploy:check`
   * refuses them. `what` says what to write instead (deploy:check, the build's warnings).
   */
  placeholder?: { value: string; what: string };
}

/** Words: a title, a description, an answer for visitors. */
export interface TextField extends Common {
  kind: 'text';
  /** `must be …` when it is not text; `must not be empty: write …` when it is empty. */
  expected?: string;
  min?: { length: number; why: string };
  max?: number;
  /** `many`: a box of several lines in the editor. */
  lines?: 'one' | 'many';
  /** `unset`: empty (`""`) means "not known yet", like a missing line. Default: refused. */
  empty?: 'unset';
  /** Required when this other field is set (a photo's description), with the reason. */
  requiredWith?: { field: string; expected: string };
}

/** A value with a fixed form (times, dates, telephone numbers, …): one of `valueTypes`. */
export interface ValueField extends Common {
  kind: ValueTypeName;
  /** Must be later than this field of the same entry (`closes` after `opens`). */
  after?: string;
  /** Must be the same day as this field of the same entry, or later (`until` and `from`). */
  notBefore?: string;
}

export interface BooleanField extends Common {
  kind: 'boolean';
  default: boolean;
}

export interface ChoiceField<T extends string = string> extends Common {
  kind: 'choice';
  options: readonly T[];
  /**
   * When set, a choice is allowed only in these files (by name) with this value: `why` completes
   * the check's sentence "… must be left out: <why> training.md (professionals)".
   */
  onlyWhere?: { files: Readonly<Record<string, T>>; why: string };
  /** Each choice as the editor shows it. */
  optionLabels: Readonly<Record<T, Words>>;
  /** When set, `must be …` instead of `must be one of: …`. */
  expected?: string;
  /**
   * A country field of the same file this choice must agree with: `eea` exactly when that country
   * is in the EU or EEA (`eeaCountries`), checked once both hold real values.
   */
  fitsCountry?: string;
}

export interface IntegerField extends Common {
  kind: 'integer';
  min: number;
  /** `must be …` when it is not a whole number; `must be … or more` words the minimum. */
  expected: string;
  atLeast: string;
  /** No two German originals of the collection have the same value (a service's position). */
  unique?: { what: string };
}

export interface EmailField extends Common {
  kind: 'email';
  /** Also accepts the word `none`. */
  orNone?: boolean;
  expected: string;
}

export interface ListField extends Common {
  kind: 'list';
  of: Field;
  /** One entry, in the check's words: "slot" → `slot 1`. */
  noun: string;
  /** One entry, in the editor: "Add …". */
  itemLabel: Words;
  expected: string;
  min?: { count: number; message: string };
}

export interface ObjectField extends Common {
  kind: 'object';
  fields: Readonly<Record<string, Field>>;
  expected: string;
}

/** One text per language (a closure's reason): German required, the others optional. */
export interface PerLanguageField extends Common {
  kind: 'perLanguage';
  /** `the reason`: the check says `must be the reason in German, e.g. de: "Feiertag"`. */
  what: string;
  example: string;
}

export type Field = TextField | ValueField | BooleanField | ChoiceField | IntegerField | EmailField | ListField | ObjectField | PerLanguageField;

/**
 * Values with a fixed form. `pattern` is the rule the check and the web editor both apply; `editor`
 * is what the editor says under a value that does not match it, and `widget` how it is typed.
 */
export interface ValueType {
  pattern: RegExp;
  /** `must be …`, what the check says. */
  expected: string;
  /** When the value is not text at all (a number, a date without quotes, a list). */
  notText: string;
  editor: Words;
  widget: 'date' | 'time' | 'string' | 'image';
  /** Spaces and hyphens a person types (`+352 2755-5603`) dropped before the value is used. */
  compact?: boolean;
}

/** A placeholder value starts with this (see `placeholder` above). */
export const placeholderPrefix = 'REPLACE-WITH-';

export const valueTypes = {
  /** `HH:MM`, 24-hour clock, local time in Luxembourg. */
  time: {
    pattern: /^([01]\d|2[0-3]):[0-5]\d$/,
    expected: 'a time like 16:00 (24-hour clock, HH:MM)',
    notText: 'a time like 16:00, written in quotes',
    editor: { de: 'eine Uhrzeit wie 16:00 (24 Stunden)', en: 'a time like 16:00 (24-hour clock)' },
    widget: 'time',
  },
  /** A calendar day that exists, `YYYY-MM-DD`. */
  date: {
    pattern: /^\d{4}-\d{2}-\d{2}$/,
    expected: 'a date like 2026-12-24 (YYYY-MM-DD)',
    notText: 'a date like 2026-12-24',
    editor: { de: 'ein Datum wie 2026-12-24', en: 'a date like 2026-12-24' },
    widget: 'date',
  },
  /** A Luxembourg telephone number in international form, as a person types it. */
  phone: {
    pattern: /^\+352(?:[\s-]*\d){6,11}$/,
    expected: 'a Luxembourg telephone number in international form, like +352 2755 5603',
    notText: 'a telephone number like "+352 2755 5603", in quotes',
    editor: { de: 'eine Nummer wie +352 2755 5603', en: 'a number like +352 2755 5603' },
    widget: 'string',
    compact: true,
  },
  postalCode: {
    pattern: /^L-\d{4}$/,
    expected: 'a postal code like L-1255 (L- and four digits)',
    notText: 'a postal code like L-1255, in quotes',
    editor: { de: 'eine Postleitzahl wie L-1255', en: 'a postal code like L-1255' },
    widget: 'string',
  },
  /** A photo the web editor uploads to public/images/, named by its address. */
  imagePath: {
    pattern: /^\/images\/[^/\s]+\.(jpg|jpeg|png|webp|avif|JPG|JPEG|PNG|WEBP|AVIF)$/,
    expected: 'a photo in /images/ (jpg, png, webp or avif), like "/images/eingang.jpg"',
    notText: 'the photo\'s address in quotes, like "/images/eingang.jpg"',
    editor: { de: 'ein Foto (jpg, png, webp oder avif) in /images/', en: 'a photo (jpg, png, webp or avif) in /images/' },
    widget: 'image',
  },
  countryCode: {
    pattern: /^[A-Z]{2}$/,
    expected: 'a two-letter country code in capitals, like "LU", "DE" or "US"',
    notText: 'a two-letter country code in capitals, like "LU", "DE" or "US"',
    editor: { de: 'ein Ländercode aus zwei Großbuchstaben, wie LU', en: 'a two-letter country code in capitals, like LU' },
    widget: 'string',
  },
  /** The letters and digits after `/f/` in a Formspree form's address, or the shipped placeholder. */
  formspreeId: {
    pattern: /^(REPLACE-WITH-LISKO-FORMSPREE-ID|[A-Za-z0-9]{4,40})$/,
    expected: 'only the Formspree form id, like "xqkrvbnw": the letters and digits after /f/ in https://formspree.io/f/xqkrvbnw',
    notText: 'the Formspree form id, in quotes, like "xqkrvbnw"',
    editor: { de: 'nur die Kennung, wie xqkrvbnw', en: 'only the form id, like xqkrvbnw' },
    widget: 'string',
  },
} as const satisfies Record<string, ValueType>;
export type ValueTypeName = keyof typeof valueTypes;

/**
 * Shipped instead of LISKO's real Formspree form id, which is not known yet, so a fresh clone
 * builds. While it is in use the build warns and `npm run deploy:check` fails.
 */
export const formspreePlaceholderId = 'REPLACE-WITH-LISKO-FORMSPREE-ID';

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

/**
 * The groups a service can be labelled as being for. A label says a service is only for that
 * group, so it is allowed only where LISKO's own description (the facts the site is built from)
 * says so: the training „In der Haut eines Flüchtlings“ („für Fachleute“). The other services are
 * for LISKO's users in general and carry none; a group LISKO names later is added here.
 */
export const audiences = ['professionals'] as const;
export type Audience = (typeof audiences)[number];
export const namedAudiences: Readonly<Record<string, Audience>> = { training: 'professionals' };

/** Ways personal data may lawfully go to a country outside the EU (GDPR Art. 45, 46). */
export const transferBases = ['dpf', 'scc'] as const;
export type TransferBasis = (typeof transferBases)[number];

/**
 * Where the host keeps the site, for its visitors' IP addresses: in the EU or EEA (`eea`, no
 * transfer), or outside, with a Commission adequacy decision for that country (`adequacy`), the
 * EU–US Data Privacy Framework (`dpf`) or standard contractual clauses (`scc`).
 */
export const hostTransferBases = ['eea', 'adequacy', ...transferBases] as const;
export type HostTransferBasis = (typeof hostTransferBases)[number];

/** The EU's 27 members and Iceland, Liechtenstein and Norway (the EEA), as ISO 3166 codes. */
export const eeaCountries: readonly string[] = [
  ...[
    'AT',
    'BE',
    'BG',
    'HR',
    'CY',
    'CZ',
    'DK',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'HU',
    'IE',
    'IT',
    'LV',
    'LT',
    'LU',
    'MT',
    'NL',
    'PL',
    'PT',
    'RO',
    'SK',
    'SI',
    'ES',
    'SE',
  ],
  ...['IS', 'LI', 'NO'],
];

/** How far the site meets WCAG 2.2 AA, in the words of the EU's model accessibility statement: fully, partially, not. */
export const conformanceLevels = ['full', 'partial', 'none'] as const;
export type ConformanceLevel = (typeof conformanceLevels)[number];

// A language's name for the check and the editor (its home is the list of languages).
export { languageName };

/** `monday` → Montag / Monday, as the editor shows a choice. */
const weekdayLabels = Object.fromEntries(
  weekdays.map((day, index) => {
    // 2024-01-01 was a Monday.
    const date = new Date(Date.UTC(2024, 0, 1 + index));
    const name = (lang: string) => date.toLocaleDateString(lang, { weekday: 'long', timeZone: 'UTC' });
    return [day, { de: name('de'), en: name('en') }];
  }),
) as Record<Weekday, Words>;

// ——— Fields shared by several collections ———

/** Title, description and the translation's check: every page and service, in its own language. */
const pageText = {
  title: {
    kind: 'text',
    expected: 'the title, e.g. title: "Contact"',
    max: 80,
    label: { de: 'Titel', en: 'Title' },
    hint: { de: 'Die Überschrift der Seite, höchstens 80 Zeichen.', en: 'The heading of the page, at most 80 characters.' },
  },
  description: {
    kind: 'text',
    expected: 'a short description of one or two sentences',
    min: { length: 30, why: 'one or two full sentences' },
    max: 200,
    lines: 'many',
    label: { de: 'Kurzbeschreibung', en: 'Short description' },
    hint: {
      de: 'Ein oder zwei ganze Sätze (30 bis 200 Zeichen) für Suchmaschinen und die Vorschau, wenn jemand den Link teilt.',
      en: 'One or two full sentences (30 to 200 characters) for search engines and link previews.',
    },
  },
  reviewed: {
    kind: 'boolean',
    default: false,
    required: false,
    label: { de: 'Übersetzung von LISKO geprüft', en: 'Translation checked by LISKO staff' },
    hint: {
      de: 'Nur für Übersetzungen: einschalten, sobald eine Kollegin oder ein Kollege, die die Sprache sprechen, sie geprüft hat. Bis dahin sagt die Seite höflich, dass sie noch nicht geprüft ist. Im deutschen Original bewirkt der Schalter nichts: das Original gilt immer als geprüft.',
      en: 'Translations only: switch on once a colleague who speaks the language has checked it. Until then the page says politely that it is not checked yet. In the German original the switch does nothing: the original always counts as checked.',
    },
  },
  reviewedOn: {
    kind: 'date',
    required: false,
    label: { de: 'Mit dem deutschen Original verglichen am', en: 'Checked against the German original on' },
    hint: {
      de: 'Nur für Übersetzungen, freiwillig: der Tag, an dem Sie diese Übersetzung mit dem deutschen Original verglichen haben. Änderungen am Original bis zu diesem Tag gelten dann nicht mehr als „neuer als die Übersetzung“.',
      en: 'Translations only, optional: the day you compared this translation with the German original. A change to the original on or before that day does not mark the translation as outdated.',
    },
  },
} as const satisfies Record<string, Field>;

/** A question visitors ask before coming that only LISKO can answer: shown once filled in. */
const visitAnswer = (de: string, en: string) =>
  ({
    kind: 'text',
    required: false,
    empty: 'unset',
    lines: 'many',
    onlyOn: 'get-support',
    label: { de, en },
    hint: {
      de: 'Nur auf der Seite „So bekommen Sie Unterstützung“. Leer lassen, bis LISKO es bestätigt hat: ein leeres Feld wird nicht gezeigt.',
      en: 'Get-support page only. Leave empty until LISKO has confirmed it: an empty field is not shown.',
    },
  }) as const satisfies TextField;

/**
 * `content/pages/<lang>/<page>.md`. The visit answers (who can come, what to bring, …) and the
 * entrance photo are on the get-support page only, empty until LISKO confirms them.
 */
const pageFields = {
  ...pageText,
  whoCanCome: visitAnswer('Wer kann kommen?', 'Who can come'),
  whatToBring: visitAnswer('Was soll man mitbringen?', 'What to bring'),
  appointment: visitAnswer('Braucht man einen Termin?', 'Is an appointment needed?'),
  receptionLanguages: visitAnswer('Sprachen am Empfang', 'Languages spoken at reception'),
  cost: visitAnswer('Kostet es etwas?', 'Does it cost anything?'),
  entrancePhoto: {
    kind: 'imagePath',
    required: false,
    onlyOn: 'get-support',
    label: { de: 'Foto des Eingangs', en: 'Photo of the entrance' },
    hint: {
      de: 'Nur auf der Seite „So bekommen Sie Unterstützung“, freiwillig: ein Foto der Tür, damit Besucher sie wiedererkennen. Im deutschen Original setzen; eine Übersetzung ohne eigenes Foto zeigt das deutsche.',
      en: 'Get-support page only, optional: a photo of the door, so visitors recognise it. Set it in the German page; a translation without one shows the German photo.',
    },
  },
  entrancePhotoAlt: {
    kind: 'text',
    required: false,
    empty: 'unset',
    lines: 'many',
    onlyOn: 'get-support',
    requiredWith: {
      field: 'entrancePhoto',
      expected:
        'the photo\'s description (alt text) in this file\'s language, like "Der Eingang von LISKO, von der Straße aus gesehen": it is read aloud to blind visitors',
    },
    label: { de: 'Was das Foto zeigt (Beschreibung)', en: 'What the photo shows (description)' },
    hint: {
      de: 'Nötig, sobald es ein Foto gibt: was eine blinde Besucherin wissen muss, in der Sprache dieser Seite, z. B. „Der Eingang von LISKO, von der Straße aus gesehen“.',
      en: 'Required with a photo: what a blind visitor needs to know, in this language, e.g. "Der Eingang von LISKO, von der Straße aus gesehen".',
    },
  },
} as const satisfies Record<string, Field>;

/** `content/services/<lang>/<service>.md` */
const serviceFields = {
  ...pageText,
  audience: {
    kind: 'choice',
    options: audiences,
    optionLabels: {
      professionals: { de: 'Fachleute (Sozialämter, Beratungsstellen)', en: 'Professionals (social offices, advisers)' },
    },
    onlyWhere: {
      files: namedAudiences,
      why: "it labels the service as only for one group, and LISKO's own description names a group only for",
    },
    scope: 'original',
    required: false,
    label: { de: 'Nur für diese Gruppe', en: 'Only for this group' },
    hint: {
      de: 'Leer lassen: LISKOs eigene Beschreibung nennt eine Gruppe nur für die Ausbildung „In der Haut eines Flüchtlings“ (Fachleute). Nur im deutschen Original.',
      en: 'Leave empty: LISKO’s own description names a group only for the training „In der Haut eines Flüchtlings“ (professionals). German original only.',
    },
  },
  order: {
    kind: 'integer',
    min: 1,
    expected: 'a whole number like 3',
    atLeast: '1 or more',
    unique: { what: 'service' },
    scope: 'original',
    label: { de: 'Platz in der Liste', en: 'Position in lists' },
    hint: {
      de: '1 steht zuerst. Nur im deutschen Original; zwei Angebote dürfen nicht dieselbe Zahl haben.',
      en: '1 comes first. Set in the German original only; two services must not have the same number.',
    },
  },
} as const satisfies Record<string, Field>;

/**
 * `content/announcements/<lang>/<name>.md`: a short notice shown at the top of every page of its
 * language from `from` to `until` (both days included, Luxembourg's calendar). The dates are set in
 * the German original only, so ending one early is one change; translations hold the words.
 */
const announcementFields = {
  title: {
    kind: 'text',
    expected: 'the title, e.g. title: "Reception closed on Friday afternoon"',
    max: 120,
    label: { de: 'Titel', en: 'Title' },
    hint: { de: 'Eine Zeile, fett über dem Text, höchstens 120 Zeichen.', en: 'One line, shown in bold above the text, at most 120 characters.' },
  },
  from: {
    kind: 'date',
    scope: 'original',
    label: { de: 'Erster Tag, an dem sie erscheint', en: 'First day shown' },
    hint: {
      de: 'Nur im deutschen Original; gilt für alle Sprachen. An diesem Tag erscheint die Mitteilung.',
      en: 'Set in the German original only; it counts for every language. The announcement appears on this day.',
    },
  },
  until: {
    kind: 'date',
    scope: 'original',
    notBefore: 'from',
    label: { de: 'Letzter Tag, an dem sie erscheint', en: 'Last day shown' },
    hint: {
      de: 'Nur im deutschen Original: derselbe Tag wie der erste oder später. Danach verschwindet die Mitteilung von selbst.',
      en: 'Set in the German original only: the same day as "First day shown" or later. The announcement disappears by itself after this day.',
    },
  },
} as const satisfies Record<string, Field>;

/**
 * `content/hours/reception.md`: the reception hours, once for every language, always in Luxembourg
 * time (src/hours/browser/schedule.ts), so the file does not say so.
 */
const hoursFields = {
  slots: {
    kind: 'list',
    noun: 'slot',
    itemLabel: { de: 'Empfangszeit', en: 'Reception time' },
    expected: 'a list of reception times',
    min: { count: 1, message: 'must list at least one reception time' },
    label: { de: 'Empfangszeiten', en: 'Reception times' },
    hint: {
      de: 'Ortszeit Luxemburg, einmal für alle Sprachen. „Schließt“ muss später sein als „Öffnet“. Zwei Zeiten am selben Tag (morgens und nachmittags) sind zwei Einträge.',
      en: 'Local time in Luxembourg, written once for every language. "Closes" must be later than "opens". Two times on one day (morning and afternoon) are two entries.',
    },
    of: {
      kind: 'object',
      expected: 'a reception time with day:, opens: and closes:',
      label: { de: 'Empfangszeit', en: 'Reception time' },
      fields: {
        day: {
          kind: 'choice',
          options: weekdays,
          optionLabels: weekdayLabels,
          expected: `a weekday in English: ${weekdays.join(', ')}`,
          label: { de: 'Tag', en: 'Day' },
        },
        opens: { kind: 'time', label: { de: 'Öffnet', en: 'Opens' } },
        closes: { kind: 'time', after: 'opens', label: { de: 'Schließt', en: 'Closes' } },
      },
    },
  },
  closures: {
    kind: 'list',
    required: false,
    noun: 'closure',
    itemLabel: { de: 'Schließtag', en: 'Closure' },
    expected: 'a list of closures, each starting with "- from:"',
    label: { de: 'Geschlossene Tage (Feiertage, Teamtage)', en: 'Closed days (holidays, team days)' },
    hint: {
      de: 'Vergangene Schließtage verschwinden von selbst von der Website; löschen Sie sie, wann es passt.',
      en: 'Closures that have ended disappear from the site by themselves; delete them when convenient.',
    },
    of: {
      kind: 'object',
      expected: 'a closure with from: (a date), optionally to: (a date) and reason:',
      label: { de: 'Schließtag', en: 'Closure' },
      fields: {
        from: { kind: 'date', label: { de: 'Erster geschlossener Tag', en: 'First closed day' } },
        to: {
          kind: 'date',
          required: false,
          notBefore: 'from',
          label: { de: 'Letzter geschlossener Tag', en: 'Last closed day' },
          hint: { de: 'Für einen einzelnen Tag leer lassen.', en: 'Leave empty for a single day.' },
        },
        reason: {
          kind: 'perLanguage',
          what: 'the reason',
          example: 'Feiertag',
          label: { de: 'Grund', en: 'Why' },
          hint: {
            de: 'Deutsch ist nötig; die anderen Sprachen sind freiwillig und zeigen bis dahin den deutschen Grund.',
            en: 'German is required; the other languages are optional and show the German reason until filled in.',
          },
        },
      },
    },
  },
} as const satisfies Record<string, Field>;

/**
 * `content/contact/lisko.md`: address and telephone numbers, once for every language. The country
 * is always Luxembourg (src/contact/country.ts), so the file does not say so.
 */
const contactFields = {
  name: { kind: 'text', expected: 'the organisation’s short name', label: { de: 'Kurzname', en: 'Short name' } },
  legalName: { kind: 'text', expected: 'the organisation’s full name', label: { de: 'Voller Name', en: 'Full name' } },
  street: {
    kind: 'text',
    expected: 'the street and house number, e.g. "13, rue de Bragance"',
    label: { de: 'Straße und Hausnummer', en: 'Street and house number' },
    hint: { de: 'Wie 13, rue de Bragance', en: 'Like 13, rue de Bragance' },
  },
  postalCode: { kind: 'postalCode', label: { de: 'Postleitzahl', en: 'Postal code' } },
  city: { kind: 'text', expected: 'the city', label: { de: 'Ort', en: 'City' } },
  phones: {
    kind: 'list',
    noun: 'telephone number',
    itemLabel: { de: 'Telefonnummer', en: 'Telephone number' },
    expected: 'a list of telephone numbers',
    min: { count: 1, message: 'must list at least one telephone number' },
    label: { de: 'Telefonnummern', en: 'Telephone numbers' },
    hint: {
      de: 'International geschrieben: +352 und die Nummer, wie +352 2755 5603. Die erste ist die Hauptnummer.',
      en: 'In international form: +352 and the local number, like +352 2755 5603. The first is the main number.',
    },
    of: { kind: 'phone', label: { de: 'Telefonnummer', en: 'Telephone number' } },
  },
} as const satisfies Record<string, Field>;

/** A privacy setting that ships as a placeholder; `words` is what the editor says under it. */
const setting = <F extends Field>(field: F, value: string, what: string, words: Words) =>
  ({
    ...field,
    required: false,
    placeholder: { value, what },
    hint: {
      de: `${words.de} Bis LISKO es einträgt, steht hier ein Platzhalter, der mit REPLACE-WITH- beginnt (oder das Feld ist leer), und die Veröffentlichung wird verweigert.`,
      en: `${words.en} Until LISKO fills it in, it holds a placeholder starting with REPLACE-WITH- (or stays empty) and publishing is refused.`,
    },
  }) as const;

/** A number of days a message is kept. */
const days = (like: number) =>
  ({
    kind: 'integer',
    min: 1,
    expected: `a whole number of days, like ${like} (without quotes)`,
    atLeast: '1 or more days',
    label: { de: '', en: '' },
  }) as const;

/** `content/settings/site.md`: settings for the whole site, once for every language, in the order EDITING.md explains them. */
const settingsFields = {
  formspreeFormId: {
    kind: 'formspreeId',
    label: { de: 'Formspree-Formular-Kennung', en: 'Formspree form id' },
    hint: {
      de: 'Die Buchstaben und Ziffern nach /f/ in der Adresse des Formulars bei Formspree, wie xqkrvbnw.',
      en: 'The letters and digits after /f/ in the form’s address at Formspree, like xqkrvbnw.',
    },
  },
  controller: setting(
    {
      kind: 'text',
      expected: 'the name of the legal entity responsible for LISKO, in quotes',
      label: { de: 'Verantwortliche Stelle', en: 'Responsible legal entity' },
    },
    'REPLACE-WITH-LISKO-LEGAL-ENTITY',
    'the name of the legal entity responsible for LISKO (the controller)',
    { de: 'Der Name der Stelle, die für LISKO verantwortlich ist.', en: 'The name of the legal entity responsible for LISKO (the controller).' },
  ),
  privacyPostalAddress: setting(
    {
      kind: 'text',
      expected: 'the postal address for data requests, on one line, in quotes',
      label: { de: 'Postanschrift für Datenschutzanfragen', en: 'Postal address for data requests' },
    },
    'REPLACE-WITH-POSTAL-ADDRESS-FOR-DATA-REQUESTS',
    'the postal address for data requests',
    { de: 'In einer Zeile.', en: 'On one line.' },
  ),
  privacyEmail: setting(
    {
      kind: 'email',
      expected: 'the e-mail address for data requests, like "datenschutz@example.lu"',
      label: { de: 'E-Mail für Datenschutzanfragen', en: 'E-mail for data requests' },
    },
    'REPLACE-WITH-EMAIL-FOR-DATA-REQUESTS',
    'the e-mail address for data requests',
    { de: 'Wie datenschutz@example.lu.', en: 'Like datenschutz@example.lu.' },
  ),
  dataProtectionOfficer: setting(
    {
      kind: 'email',
      orNone: true,
      expected: 'the data protection officer’s e-mail address, or none',
      label: { de: 'Datenschutzbeauftragte(r)', en: 'Data protection officer' },
    },
    'REPLACE-WITH-DPO-EMAIL-OR-none',
    'the data protection officer’s e-mail address, or none',
    {
      de: 'Die E-Mail-Adresse der oder des Beauftragten, oder none, wenn LISKO niemanden hat.',
      en: 'The officer’s e-mail address, or none when LISKO has none.',
    },
  ),
  formspreeRetentionDays: setting(
    { ...days(90), label: { de: 'Tage, die Nachrichten bei Formspree bleiben', en: 'Days messages stay at Formspree' } },
    'REPLACE-WITH-DAYS-AT-FORMSPREE',
    'how many days messages stay at Formspree',
    { de: 'Eine ganze Zahl von Tagen, wie 90.', en: 'A whole number of days, like 90.' },
  ),
  liskoRetentionDays: setting(
    { ...days(365), label: { de: 'Tage, die LISKO Nachrichten aufbewahrt', en: 'Days LISKO keeps messages' } },
    'REPLACE-WITH-DAYS-AT-LISKO',
    'how many days LISKO keeps the messages',
    { de: 'Eine ganze Zahl von Tagen, wie 365.', en: 'A whole number of days, like 365.' },
  ),
  hostName: setting(
    {
      kind: 'text',
      expected: 'the name of the company that hosts the website, in quotes',
      label: { de: 'Firma, die die Website beherbergt', en: 'Company hosting the website' },
    },
    'REPLACE-WITH-HOST-COMPANY',
    'the company that hosts the website',
    { de: 'Ihr Name.', en: 'Its name.' },
  ),
  hostCountry: setting(
    { kind: 'countryCode', label: { de: 'Land der Firma, die die Website beherbergt', en: 'Country of the hosting company' } },
    'REPLACE-WITH-HOST-COUNTRY-CODE',
    'the host’s country, as a two-letter code like LU',
    { de: 'Zwei Großbuchstaben, wie LU, DE oder US.', en: 'A two-letter code in capitals, like LU, DE or US.' },
  ),
  hostLogRetentionDays: setting(
    { ...days(30), label: { de: 'Tage, die die Firma Besuchsprotokolle aufbewahrt', en: 'Days the host keeps its logs of visits' } },
    'REPLACE-WITH-DAYS-HOST-KEEPS-LOGS',
    'how many days the host keeps its logs of visits',
    { de: 'Eine ganze Zahl von Tagen, wie 30.', en: 'A whole number of days, like 30.' },
  ),
  hostTransferBasis: setting(
    {
      kind: 'choice',
      options: hostTransferBases,
      optionLabels: {
        eea: { de: 'eea (in der EU oder im EWR)', en: 'eea (in the EU or EEA)' },
        adequacy: { de: 'adequacy (Angemessenheitsbeschluss für das Land)', en: 'adequacy (adequacy decision for the country)' },
        dpf: { de: 'dpf (EU-US Data Privacy Framework)', en: 'dpf (EU–US Data Privacy Framework)' },
        scc: { de: 'scc (Standardvertragsklauseln)', en: 'scc (standard contractual clauses)' },
      },
      fitsCountry: 'hostCountry',
      label: { de: 'Grundlage, wenn die Besucherdaten die EU verlassen', en: 'Basis when visitors’ data leaves the EU' },
    },
    'REPLACE-WITH-eea-OR-adequacy-OR-dpf-OR-scc',
    'whether visitors’ data leaves the EU at the host: eea, adequacy, dpf or scc',
    {
      de: 'eea, wenn die Firma in der EU oder im EWR ist; sonst adequacy, dpf oder scc.',
      en: 'eea when the host is in the EU or EEA; else adequacy, dpf or scc.',
    },
  ),
  formspreeTransferBasis: setting(
    {
      kind: 'choice',
      options: transferBases,
      optionLabels: {
        dpf: { de: 'dpf (EU-US Data Privacy Framework)', en: 'dpf (EU–US Data Privacy Framework)' },
        scc: { de: 'scc (Standardvertragsklauseln)', en: 'scc (standard contractual clauses)' },
      },
      label: { de: 'Grundlage für Nachrichten in die USA', en: 'Basis for sending messages to the United States' },
    },
    'REPLACE-WITH-dpf-OR-scc',
    'why data may go to Formspree in the United States: dpf or scc',
    { de: 'dpf oder scc (ADMIN.md, „Datenschutz-Einstellungen“).', en: 'dpf or scc (ADMIN.md, "Privacy settings").' },
  ),
  formspreeChallenge: setting(
    {
      kind: 'text',
      max: 80,
      expected: 'none, or the name of the check Formspree’s page shows, like "Google reCAPTCHA"',
      label: { de: 'Prüfung auf Formsprees Seite (ohne JavaScript)', en: 'Check on Formspree’s page (without JavaScript)' },
    },
    'REPLACE-WITH-none-OR-CHECK-NAME',
    'whether Formspree’s page (without JavaScript) shows another company’s check: none, or its name',
    {
      de: 'none, oder der Name der Prüfung, die Formspree zeigt, wenn das Formular ohne JavaScript gesendet wird (wie Google reCAPTCHA).',
      en: 'none, or the name of the check Formspree shows when the form is sent without JavaScript (like Google reCAPTCHA).',
    },
  ),
  accessibilityConformance: setting(
    {
      kind: 'choice',
      options: conformanceLevels,
      optionLabels: {
        full: { de: 'full (vollständig)', en: 'full' },
        partial: { de: 'partial (teilweise)', en: 'partial' },
        none: { de: 'none (nicht)', en: 'none' },
      },
      label: { de: 'Wie weit die Website WCAG 2.2 AA erfüllt', en: 'How far the website meets WCAG 2.2 AA' },
    },
    'REPLACE-WITH-full-OR-partial-OR-none',
    'how far the site meets WCAG 2.2 AA: full, partial or none',
    { de: 'full, partial oder none (Barrierefreiheitserklärung).', en: 'full, partial or none (accessibility statement).' },
  ),
  accessibilityComplaintRoute: setting(
    {
      kind: 'text',
      expected: 'the body visitors can complain to about accessibility, with how to reach it, on one line, in quotes',
      label: { de: 'Beschwerdestelle für Barrierefreiheit', en: 'Where to complain about accessibility' },
    },
    'REPLACE-WITH-ACCESSIBILITY-COMPLAINT-BODY',
    'where visitors can complain about accessibility',
    { de: 'Die Stelle und wie man sie erreicht, in einer Zeile.', en: 'The body and how to reach it, on one line.' },
  ),
} as const satisfies Record<string, Field>;

/**
 * `content/style/words.md`: the words half of each language's style sheet (the typography half is
 * typography.ts): per language, the one word the site uses for a thing and the words it does not.
 * `npm run check` refuses an avoided word in any text of that language (src/check/style.ts), and the
 * unit tests hold the UI strings to the same list.
 */
const wordFields = {
  words: {
    kind: 'list',
    noun: 'word',
    itemLabel: { de: 'Wort', en: 'Word' },
    expected: 'a list of words, each starting with "- language:"',
    label: { de: 'Wörter', en: 'Words' },
    hint: {
      de: 'Ein Eintrag je Sache und Sprache: das Wort, das die Website benutzt, und die Wörter, die sie nicht benutzt. Ein * am Anfang oder Ende steht für beliebige Buchstaben (Fachkräfte* findet auch „Fachkräften“).',
      en: 'One entry per thing and language: the word the site uses, and the words it does not. A * at the start or end stands for any letters (Fachkräfte* also finds "Fachkräften").',
    },
    of: {
      kind: 'object',
      expected: 'a word with language:, use: and avoid:',
      label: { de: 'Wort', en: 'Word' },
      fields: {
        language: {
          kind: 'choice',
          options: Object.keys(locales) as Locale[],
          optionLabels: Object.fromEntries(
            (Object.keys(locales) as Locale[]).map((code) => [code, { de: languageName(code, 'de'), en: languageName(code, 'en') }]),
          ) as Record<Locale, Words>,
          expected: `a language code: ${Object.keys(locales).join(', ')}`,
          label: { de: 'Sprache', en: 'Language' },
        },
        use: { kind: 'text', expected: 'the word the site uses', label: { de: 'Wort der Website', en: 'Word to use' } },
        avoid: {
          kind: 'list',
          noun: 'word to avoid',
          itemLabel: { de: 'Zu vermeidendes Wort', en: 'Word to avoid' },
          expected: 'a list of words the site does not use',
          min: { count: 1, message: 'must list at least one word to avoid' },
          label: { de: 'Zu vermeiden', en: 'Avoid' },
          of: { kind: 'text', expected: 'a word the site does not use', label: { de: 'Wort', en: 'Word' } },
        },
        why: {
          kind: 'text',
          required: false,
          expected: 'why, in a few words',
          label: { de: 'Warum (freiwillig)', en: 'Why (optional)' },
        },
      },
    },
  },
} as const satisfies Record<string, Field>;

/** One collection: a folder of content/ and what its files hold. */
export interface CollectionModel {
  label: Words;
  singular: Words;
  /** Files per language (`<lang>/<name>.md`), or one file for every language. */
  localized: boolean;
  /** Files that must exist (per language when localized). */
  required: readonly string[];
  /** When set, the only file names allowed. */
  only?: readonly string[];
  /** Editors may add files (new services, announcements). */
  create: boolean;
  fields: Readonly<Record<string, Field>>;
  /** What the Markdown text below the fields is for, in the editor. */
  body?: Words;
  /** The files Astro's glob loader reads, relative to the collection's folder (tinyglobby patterns). */
  patterns: readonly string[];
  /** An environment variable that, when set, replaces the folder: the test builds read fixtures instead. */
  folderVariable?: string;
  /**
   * Fields the site once read and no longer needs, each with the reason: an old file that still
   * has one gets a message saying it can be deleted.
   */
  retired?: Readonly<Record<string, string>>;
}

/** Every Markdown file, in any folder, drafts left out (hidden files too: tinyglobby skips them). */
const markdownFiles = ['**/*.md', ...draftPatterns];

/** A collection of one file, the same for every language: `content/hours/reception.md`. */
const singleFile = (name: string) => ({ localized: false, required: [name], only: [name], patterns: [`${name}.md`], create: false }) as const;

const textHint: Words = {
  de: 'Überschriften beginnen bei „Überschrift 2“ (der Titel ist die Überschrift der Seite). Links zu anderen Seiten beginnen mit /de/… oder ../; Bilder brauchen eine Beschreibung. Kein HTML: die Prüfung lehnt es ab.',
  en: 'Headings start at "Heading 2" (the title is the page heading). Links to other pages start with /de/… or ../; images need a description. No HTML: the check refuses it.',
};

/** Each collection reads the folder of its name in content/ (paths.ts): `content/services/`. */
export const model = {
  pages: {
    label: { de: 'Seiten', en: 'Pages' },
    singular: { de: 'Seite', en: 'Page' },
    localized: true,
    required: pageNames,
    only: pageNames,
    // The pages are fixed (each has its place in the menus): edit, never add or delete.
    create: false,
    patterns: markdownFiles,
    fields: pageFields,
    body: textHint,
  },
  services: {
    label: { de: 'Angebote', en: 'Services' },
    singular: { de: 'Angebot', en: 'Service' },
    localized: true,
    required: [],
    create: true,
    patterns: markdownFiles,
    fields: serviceFields,
    body: textHint,
  },
  /** `npm run build:test` reads tests/fixtures/hours/ instead: fixed times for the browser tests. */
  hours: {
    label: { de: 'Empfangszeiten und geschlossene Tage', en: 'Reception hours and closed days' },
    singular: { de: 'Empfangszeiten', en: 'Reception hours' },
    ...singleFile('reception'),
    folderVariable: 'LISKO_HOURS_DIR',
    retired: { timezone: 'the hours are always in Luxembourg time' },
    fields: hoursFields,
  },
  contact: {
    label: { de: 'Adresse und Telefonnummern', en: 'Address and telephone numbers' },
    singular: { de: 'Adresse', en: 'Address' },
    ...singleFile('lisko'),
    retired: { countryCode: 'the address is always in Luxembourg' },
    fields: contactFields,
  },
  settings: {
    label: { de: 'Kontaktformular und Datenschutz-Einstellungen', en: 'Contact form and privacy settings' },
    singular: { de: 'Einstellungen', en: 'Settings' },
    ...singleFile('site'),
    fields: settingsFields,
  },

  style: {
    label: { de: 'Wortliste', en: 'Word list' },
    singular: { de: 'Wortliste', en: 'Word list' },
    ...singleFile('words'),
    fields: wordFields,
  },

  /**
   * `npm run build:test` reads tests/fixtures/announcements/ instead: one announcement that is
   * always shown, so the browser tests check a banner on every page. npm run deploy:check refuses
   * such a build.
   */
  announcements: {
    label: { de: 'Mitteilungen', en: 'Announcements' },
    singular: { de: 'Mitteilung', en: 'Announcement' },
    localized: true,
    required: [],
    create: true,
    patterns: markdownFiles,
    folderVariable: 'LISKO_ANNOUNCEMENTS_DIR',
    fields: announcementFields,
    body: {
      de: 'Ein paar Sätze. Links beginnen mit / (eine Mitteilung steht auf jeder Seite), wie /de/contact/.',
      en: 'A few sentences. Links start with / (an announcement is shown on every page), like /de/contact/.',
    },
  },
} as const satisfies Record<string, CollectionModel>;

export type CollectionName = keyof typeof model;
export const collectionNames = Object.keys(model) as CollectionName[];

/** The collection that reads `content/<folder>/`, if there is one. */
export function collectionIn(folder: string): CollectionModel | undefined {
  return Object.hasOwn(model, folder) ? model[folder as CollectionName] : undefined;
}

/** The fields of a collection set in the German original only (a service's order, an announcement's dates). */
export function originalOnly(collection: CollectionModel): string[] {
  return Object.entries(collection.fields)
    .filter(([, field]) => field.scope === 'original')
    .map(([name]) => name);
}

/** Of those, the ones every German original must set (a service's audience is set only where LISKO names one). */
export function requiredInOriginal(collection: CollectionModel): string[] {
  return originalOnly(collection).filter((name) => collection.fields[name]?.required !== false);
}

/** The settings that ship with a placeholder, in the order EDITING.md explains them. */
export const placeholderSettings = Object.entries(settingsFields)
  .filter(([, field]) => 'placeholder' in field)
  .map(([name]) => name) as PlaceholderSetting[];
export type PlaceholderSetting = {
  [K in keyof typeof settingsFields]: (typeof settingsFields)[K] extends { placeholder: object } ? K : never;
}[keyof typeof settingsFields];

/** What each placeholder setting holds, for the build's warnings and `npm run deploy:check`. */
export const settingMeaning = Object.fromEntries(
  placeholderSettings.map((name) => [name, (settingsFields[name] as { placeholder: { what: string } }).placeholder.what]),
) as Record<PlaceholderSetting, string>;

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(placeholderPrefix);
}

/** The visit answers and the entrance photo: the fields shown on one page only. */
export const visitFieldNames = Object.entries(pageFields)
  .filter(([, field]) => 'onlyOn' in field && 'empty' in field && !('requiredWith' in field))
  .map(([name]) => name) as VisitField[];
export type VisitField = {
  [K in keyof typeof pageFields]: (typeof pageFields)[K] extends { onlyOn: string; empty: 'unset' }
    ? (typeof pageFields)[K] extends { requiredWith: object }
      ? never
      : K
    : never;
}[keyof typeof pageFields];
