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
export const fieldNames = ['name', 'email', 'phone', 'preferred_language', 'topic', 'message', 'consent'] as const;
export type FieldName = (typeof fieldNames)[number];
export type FormValues = Record<FieldName, string>;
export type FieldErrors = Partial<Record<FieldName, FormKey>>;

/** The element id of each field: `contact-name` … (the error summary links to them). */
export function fieldId(field: FieldName): string {
  return `contact-${field.replace('_', '-')}`;
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

/** The problems in what a visitor entered, one message key per field; empty when all is well. */
export function validate(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = 'form.error.nameRequired';
  const email = values.email.trim();
  if (!email) errors.email = 'form.error.emailRequired';
  else if (!isEmail(email)) errors.email = 'form.error.emailInvalid';
  if (values.phone.trim() && !isPhone(values.phone.trim())) errors.phone = 'form.error.phoneInvalid';
  if (!values.message.trim()) errors.message = 'form.error.messageRequired';
  if (!values.consent) errors.consent = 'form.error.consentRequired';
  return errors;
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

/** Why a message was not sent. */
export const failureKinds = [
  'fields',
  'form-not-found',
  'inactive',
  'blocked',
  'empty',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'unknown',
] as const;
export type FailureKind = (typeof failureKinds)[number];

/** The sentence that explains each failure. */
export const failureKeys: Readonly<Record<FailureKind, FormKey>> = {
  fields: 'form.failure.fields',
  'form-not-found': 'form.failure.formNotFound',
  inactive: 'form.failure.inactive',
  blocked: 'form.failure.blocked',
  empty: 'form.failure.empty',
  'rate-limited': 'form.failure.rateLimited',
  server: 'form.failure.server',
  network: 'form.failure.network',
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
