/**
 * The contact form's fields, their rules and the error-code → message mapping. Pure and small:
 * the island ships it to the browser, the unit tests check it in every language.
 * Messages are UI-string keys (`form.*` in src/i18n/ui/<lang>.json); the page passes the
 * translated texts of these keys only, never the whole dictionary.
 */
import type { UiKey } from '../../i18n/ui.ts';

/** The keys the form uses: every `form.*` UI string. */
export type FormKey = Extract<UiKey, `form.${string}`>;
/** The translated texts of the form's keys, in the page's language. */
export type FormMessages = Readonly<Record<FormKey, string>>;

/** Fields a visitor fills in, by their name in the submission (what LISKO sees in the e-mail). */
export const fieldNames = ['name', 'reply_by', 'email', 'phone', 'preferred_language', 'topic', 'message', 'consent'] as const;
export type FieldName = (typeof fieldNames)[number];
export type FormValues = Record<FieldName, string>;
export type FieldErrors = Partial<Record<FieldName, FormKey>>;

/**
 * How LISKO should reply: the values of the `reply_by` radios, in German as LISKO's staff read
 * them. Many visitors have a telephone but no e-mail address.
 */
export const replyWays = { email: 'E-Mail', phone: 'Telefon' } as const;
export type ReplyWay = keyof typeof replyWays;

/**
 * Services the form offers no topic for. Psychological follow-up: people reach it by phone or at
 * reception; a topic would let a visitor reveal health information with one click (the form
 * says so under the list, `form.topicNote`). By service file name (content/services/<lang>/).
 */
export const servicesNotAsTopic: readonly string[] = ['psychological-support'];

/**
 * The longest message the form sends, with a visible count. Not the textarea's `maxlength`:
 * the browser would cut a longer text that is pasted without a word; instead the count and an
 * error say by how much it is too long, and nothing typed is lost.
 */
export const messageMaxLength = 4000;

/** The element id of each field: `contact-name` … (the error summary links to them). */
export function fieldId(field: FieldName): string {
  // The reply choice is a radio group: its error links to the first radio.
  return field === 'reply_by' ? 'contact-reply-by-email' : `contact-${field.replace('_', '-')}`;
}

/** The chosen way to reply, if any. */
export function replyWayOf(values: Pick<FormValues, 'reply_by'>): ReplyWay | undefined {
  return (Object.keys(replyWays) as ReplyWay[]).find((way) => replyWays[way] === values.reply_by);
}

/**
 * Text as a person sees it: spaces, invisible format characters (`\p{Cf}`: zero-width spaces,
 * joiners, direction marks) and the characters Unicode marks as ignorable, which draw nothing
 * (the Hangul fillers U+3164, U+115F, U+1160, U+FFA0, the grapheme joiner U+034F, variation
 * selectors), and the blank Braille pattern U+2800, are no answer.
 */
const invisible = /[\s\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;

export function isBlank(value: string): boolean {
  return !value.replace(invisible, '');
}

/**
 * The same rule for the browser before the form's script runs: the name field's `pattern` (an
 * HTML pattern must match the whole value, with the `v` flag): something besides invisible characters.
 */
export const visiblePattern = '[\\s\\S]*[^\\s\\p{Cf}\\p{Default_Ignorable_Code_Point}\\u2800][\\s\\S]*';

/** Characters as a person counts them: an emoji or an accented letter written in two parts is one. */
export function characterCount(value: string): number {
  return [...value].length;
}

/**
 * Direction overrides and isolates (U+202A–202E, U+2066–2069) can make a message read differently
 * in LISKO's mail program than the visitor wrote it (or hide text): removed before sending. The
 * direction marks U+200E/U+200F, which only nudge neutral characters, stay.
 */
export function withoutBidiControls(value: string): string {
  return value.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

export function isFieldName(value: string): value is FieldName {
  return (fieldNames as readonly string[]).includes(value);
}

/** The values of a submission, every field as text (`consent` is its value when ticked, else empty). */
export function valuesFrom(data: { get(name: string): unknown }): FormValues {
  const text = (name: FieldName) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return Object.fromEntries(fieldNames.map((name) => [name, text(name)])) as FormValues;
}

/**
 * An address a person can write to: something@domain.tld, no spaces. Deliberately a little
 * stricter than the browser (which accepts `name@host`), to catch typos such as a missing `.lu`,
 * and open to non-Latin letters (internationalised addresses).
 */
export function isEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u.test(value);
}

/** Digits in any script (Arabic-Indic too), spaces and + ( ) . / -; 6 to 20 digits. */
export function isPhone(value: string): boolean {
  if (!/^[\p{Nd}\s+()./-]+$/u.test(value)) return false;
  const digits = value.match(/\p{Nd}/gu)?.length ?? 0;
  return digits >= 6 && digits <= 20;
}

/**
 * The problems in what a visitor entered, one message key per field; empty when all is well.
 * At least one way to reply is needed: the field of the chosen way (e-mail or telephone), or,
 * with no choice made (e.g. before the script has loaded), either field; every field that will be
 * sent must be right.
 */
export function validate(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (isBlank(values.name)) errors.name = 'form.error.nameRequired';
  const email = values.email.trim();
  const phone = values.phone.trim();
  const way = replyWayOf(values);
  // A field of the way not chosen is hidden and not sent: nothing to check there.
  if (email && way !== 'phone' && !isEmail(email)) errors.email = 'form.error.emailInvalid';
  if (phone && way !== 'email' && !isPhone(phone)) errors.phone = 'form.error.phoneInvalid';
  if (way === 'email' && !email) errors.email = 'form.error.emailRequired';
  if (way === 'phone' && !phone) errors.phone = 'form.error.phoneRequired';
  if (!way && !email && !phone) errors.reply_by = 'form.error.replyRequired';
  if (isBlank(values.message)) errors.message = 'form.error.messageRequired';
  else if (characterCount(values.message) > messageMaxLength) errors.message = 'form.error.messageTooLong';
  if (!values.consent) errors.consent = 'form.error.consentRequired';
  return errors;
}

/**
 * What is sent: the visitor's values, without direction controls, and only the reply field of the
 * chosen way (no e-mail address LISKO was not asked to use). Formspree gets `email` only when
 * there is one: it treats that field as the reply-to address.
 */
export function submissionValues(values: FormValues): Partial<FormValues> {
  const way = replyWayOf(values);
  const sent: Partial<FormValues> = {};
  for (const name of fieldNames) {
    const value = withoutBidiControls(values[name]).trim();
    if ((name === 'email' || name === 'phone') && (!value || (way && way !== name))) continue;
    sent[name] = value;
  }
  return sent;
}

const requiredKeys: FieldErrors = {
  name: 'form.error.nameRequired',
  email: 'form.error.emailRequired',
  message: 'form.error.messageRequired',
  consent: 'form.error.consentRequired',
};

/** A Formspree field error (`{code, field}`) as a message key; never Formspree's English text. */
export function fieldErrorKey(field: FieldName, code: string): FormKey {
  switch (code) {
    case 'REQUIRED_FIELD_EMPTY':
    case 'REQUIRED_FIELD_MISSING':
      return requiredKeys[field] ?? 'form.error.required';
    case 'TYPE_EMAIL':
      return 'form.error.emailInvalid';
    case 'TYPE_NUMERIC':
      return 'form.error.numeric';
    case 'TYPE_TEXT':
      return 'form.error.text';
    default:
      return 'form.error.invalid';
  }
}

/**
 * Why a message was not sent, or may not have been: `lost` (the connection broke after sending
 * began) and `timeout` may have arrived, so they are never called "not sent" (`mayHaveArrived`).
 */
export const failureKinds = [
  'fields',
  'form-not-found',
  'inactive',
  'blocked',
  'empty',
  'too-long',
  'rate-limited',
  'server',
  'network',
  'lost',
  'timeout',
  'unknown',
] as const;
export type FailureKind = (typeof failureKinds)[number];

/** Failures after which the message may have reached LISKO all the same: resending may send it twice. */
export const mayHaveArrived: ReadonlySet<FailureKind> = new Set(['lost', 'timeout']);

/** The sentence that explains each failure. */
export const failureKeys: Readonly<Record<FailureKind, FormKey>> = {
  fields: 'form.failure.fields',
  'form-not-found': 'form.failure.formNotFound',
  inactive: 'form.failure.inactive',
  blocked: 'form.failure.blocked',
  empty: 'form.failure.empty',
  'too-long': 'form.failure.tooLong',
  'rate-limited': 'form.failure.rateLimited',
  server: 'form.failure.server',
  network: 'form.failure.network',
  lost: 'form.failure.lost',
  timeout: 'form.failure.timeout',
  unknown: 'form.failure.unknown',
};

/** A Formspree form error code (`{code}` without a field) as a failure kind. */
export function formErrorKind(code: string): FailureKind {
  switch (code) {
    case 'FORM_NOT_FOUND':
    case 'PROJECT_NOT_FOUND':
      return 'form-not-found';
    case 'INACTIVE':
      return 'inactive';
    case 'BLOCKED':
      return 'blocked';
    case 'EMPTY':
      return 'empty';
    default:
      return 'unknown';
  }
}
