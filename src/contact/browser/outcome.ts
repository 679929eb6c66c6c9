/** What a submission's result means for the visitor: sent, or which failure, on which fields. */
import type { SubmissionResult } from '@formspree/core';
import { fieldErrorKey, formErrorKind, isFieldName, type FailureKind, type FieldErrors } from './fields.ts';
import { TransportFailure } from './transport.ts';

export type Outcome = { kind: 'sent' } | { kind: FailureKind; fieldErrors: FieldErrors };

export function outcomeOf(result: SubmissionResult): Outcome {
  if (result.kind === 'success') return { kind: 'sent' };
  if (result instanceof TransportFailure) return { kind: result.reason, fieldErrors: {} };
  const fieldErrors: FieldErrors = {};
  for (const [field, errors] of result.getAllFieldErrors()) {
    const first = errors[0];
    if (!first) continue;
    const name = String(field);
    // Errors on hidden fields are nothing the visitor can fix: they count as 'unknown' below.
    if (isFieldName(name)) fieldErrors[name] = fieldErrorKey(name, first.code);
  }
  // A form-level code explains more than field errors do (e.g. INACTIVE with a field complaint).
  const formKinds = result.getFormErrors().map((error) => formErrorKind(error.code));
  const known = formKinds.find((kind) => kind !== 'unknown');
  if (known) return { kind: known, fieldErrors };
  if (Object.keys(fieldErrors).length) return { kind: 'fields', fieldErrors };
  return { kind: 'unknown', fieldErrors };
}
