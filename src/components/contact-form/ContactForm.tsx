/**
 * The contact form, as an Astro island. The server renders a real `<form method="post">` to
 * Formspree with native validation, so it works without JavaScript and before this has loaded.
 * Once hydrated it takes over: validation and every message in the visitor's language, an error
 * summary, sending without leaving the site, every failure announced with the telephone numbers
 * and hours as the other way to reach LISKO, and a draft that survives a reload.
 *
 * Fields are uncontrolled: the browser keeps what a visitor typed (also text typed before
 * hydration), React never re-creates them, so no failure can wipe them.
 */
import { useSubmit } from '@formspree/react';
import type { FieldValues } from '@formspree/core';
import { useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode, type SubmitEvent } from 'react';
import { clearDraft, readDraft, writeDraft, type Draft } from './draft.ts';
import {
  failureKeys,
  fieldId,
  fieldNames,
  validate,
  valuesFrom,
  type FailureKind,
  type FieldErrors,
  type FieldName,
  type FormMessages,
} from './fields.ts';
import { outcomeOf, type Outcome } from './outcome.ts';
import type { ContactFormProps, HoursLine, PhoneLink } from './props.ts';
import { createFormspreeClient } from './transport.ts';

type Problem = { type: 'invalid'; attempt: number } | { type: 'failed'; kind: FailureKind; attempt: number };

function draftOf(form: HTMLFormElement): Draft {
  const values = valuesFrom(new FormData(form));
  return Object.fromEntries(fieldNames.filter((name) => values[name]).map((name) => [name, values[name]]));
}

/** Puts a saved draft back, only into fields that are still empty (never over what was just typed). */
function restoreDraft(form: HTMLFormElement): void {
  const draft = readDraft();
  for (const name of fieldNames) {
    const value = draft[name];
    const element = form.elements.namedItem(name);
    if (!value || !element) continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      if (!element.checked && element.value === value) element.checked = true;
    } else if (element instanceof HTMLSelectElement) {
      if (!element.value && [...element.options].some((option) => option.value === value)) element.value = value;
    } else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      if (!element.value) element.value = value;
    }
  }
}

/** Focuses a field from the error summary, scrolling so that its label is visible too. */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, field: FieldName): void {
  const input = document.getElementById(fieldId(field));
  if (!input) return;
  event.preventDefault();
  (document.querySelector(`label[for="${fieldId(field)}"]`) ?? input).scrollIntoView({ block: 'center' });
  input.focus({ preventScroll: true });
}

function OtherWays({ m, phones, hours, intro }: { m: FormMessages; phones: readonly PhoneLink[]; hours: readonly HoursLine[]; intro?: string }) {
  return (
    <div className="form-other-ways">
      {intro ? <p>{intro}</p> : null}
      <p>{m['form.callUs']}</p>
      <ul className="phones">
        {phones.map((phone) => (
          <li key={phone.href}>
            <a className="phone-link" href={phone.href}>
              <span dir="ltr">{phone.text}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>{m['form.comeBy']}</p>
      <ul className="form-hours">
        {hours.map((line) => (
          <li key={`${line.day}${line.opens}`}>
            {line.day}{' '}
            <span dir="ltr" className="nowrap">
              <time dateTime={line.opens}>{line.opensText}</time>–<time dateTime={line.closes}>{line.closesText}</time>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function ContactForm(props: ContactFormProps) {
  const { messages: m, phones, hours } = props;
  const client = useMemo(() => createFormspreeClient(), []);
  const submit = useSubmit<FieldValues>(props.formId, { client, origin: props.origin });

  const [hydrated, setHydrated] = useState(false);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);

  const formRef = useRef<HTMLFormElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLHeadingElement>(null);
  const sendingNow = useRef(false);
  const attempts = useRef(0);
  const focusFirstField = useRef(false);

  // Whenever the form is (re)shown: bring back the draft, keep what was typed before hydration.
  useEffect(() => {
    const form = formRef.current;
    if (sent || !form) return;
    restoreDraft(form);
    writeDraft(draftOf(form));
    setHydrated(true);
    if (focusFirstField.current) {
      focusFirstField.current = false;
      document.getElementById(fieldId('name'))?.focus();
    }
  }, [sent]);

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  useEffect(() => {
    if (sent) successRef.current?.focus();
  }, [sent]);

  const saveDraft = () => {
    if (formRef.current) writeDraft(draftOf(formRef.current));
  };

  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sendingNow.current) return;
    const data = new FormData(event.currentTarget);
    attempts.current += 1;
    const attempt = attempts.current;
    const found = validate(valuesFrom(data));
    if (Object.keys(found).length) {
      setErrors(found);
      setProblem({ type: 'invalid', attempt });
      return;
    }
    sendingNow.current = true;
    setSending(true);
    setErrors({});
    setProblem(null);
    let outcome: Outcome;
    try {
      outcome = outcomeOf(await submit(data));
    } catch {
      outcome = { kind: 'unknown', fieldErrors: {} };
    }
    sendingNow.current = false;
    setSending(false);
    if (outcome.kind === 'sent') {
      clearDraft();
      setSent(true);
      return;
    }
    setErrors(outcome.fieldErrors);
    setProblem({ type: 'failed', kind: outcome.kind, attempt });
  }

  function writeAnother() {
    focusFirstField.current = true;
    setErrors({});
    setProblem(null);
    setSent(false);
  }

  const errorId = (field: FieldName) => `${fieldId(field)}-error`;
  const a11y = (field: FieldName, ...describedBy: string[]) => ({
    id: fieldId(field),
    name: field,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': [...(errors[field] ? [errorId(field)] : []), ...describedBy].join(' ') || undefined,
  });
  const label = (field: FieldName, text: string, required = false) => (
    <label className="form-label" htmlFor={fieldId(field)}>
      {text}
      {required ? <span className="form-required" aria-hidden="true"> *</span> : null}
    </label>
  );
  const error = (field: FieldName): ReactNode => {
    const key = errors[field];
    return key ? (
      <p className="form-error" id={errorId(field)}>
        <span className="visually-hidden">{m['form.errorPrefix']} </span>
        {m[key]}
      </p>
    ) : null;
  };
  const listed = fieldNames.flatMap((field) => {
    const key = errors[field];
    return key ? [{ field, key }] : [];
  });

  return (
    <div className="form-island">
      <div className="form-status" role="status">
        {sending ? <span className="visually-hidden">{m['form.sending']}</span> : null}
        {sent ? (
          <div className="form-success">
            <h3 ref={successRef} tabIndex={-1}>{m['form.success.title']}</h3>
            <p>{m['form.success.text']}</p>
            <OtherWays m={m} phones={phones} hours={hours} intro={m['form.success.urgent']} />
            <button type="button" className="button form-again" onClick={writeAnother}>{m['form.success.again']}</button>
          </div>
        ) : null}
      </div>

      {sent ? null : (
        <>
          {problem ? (
            <div
              key={problem.attempt}
              ref={problemRef}
              className={problem.type === 'failed' ? 'form-problem form-problem-failed' : 'form-problem'}
              tabIndex={-1}
              aria-labelledby="contact-problem-title"
            >
              <div role="alert">
                <h3 id="contact-problem-title">{problem.type === 'failed' ? m['form.failure.title'] : m['form.summaryTitle']}</h3>
                {problem.type === 'failed' ? <p>{m[failureKeys[problem.kind]]}</p> : null}
                {listed.length ? (
                  <ul className="form-problem-list">
                    {listed.map(({ field, key }) => (
                      <li key={field}>
                        <a href={`#${fieldId(field)}`} onClick={(event) => jumpTo(event, field)}>{m[key]}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {problem.type === 'failed' ? (
                  <>
                    <p>{m['form.failure.kept']}</p>
                    <OtherWays m={m} phones={phones} hours={hours} intro={m['form.otherWays']} />
                  </>
                ) : null}
              </div>
            </div>
          ) : null}

          <p className="form-note" id="contact-required-note">{m['form.requiredNote']}</p>
          <p className="form-note form-note-sensitive">{m['form.sensitiveNote']}</p>

          <form
            ref={formRef}
            className="form"
            method="post"
            action={props.action}
            acceptCharset="UTF-8"
            noValidate={hydrated}
            aria-labelledby={props.headingId}
            aria-describedby="contact-required-note"
            data-hydrated={hydrated ? '' : undefined}
            onSubmit={onSubmit}
            onInput={saveDraft}
            onChange={saveDraft}
          >
            <div className="form-field">
              {label('name', m['form.name'], true)}
              {error('name')}
              <input {...a11y('name')} className="form-input" type="text" autoComplete="name" dir="auto" required defaultValue="" />
            </div>

            <div className="form-field">
              {label('email', m['form.email'], true)}
              {error('email')}
              <input {...a11y('email')} className="form-input" type="email" autoComplete="email" dir="ltr" spellCheck={false} required defaultValue="" />
            </div>

            <div className="form-field">
              {label('phone', m['form.phone'])}
              {error('phone')}
              <input {...a11y('phone')} className="form-input" type="tel" autoComplete="tel" dir="ltr" defaultValue="" />
            </div>

            <div className="form-field">
              {label('preferred_language', m['form.preferredLanguage'])}
              {error('preferred_language')}
              <select {...a11y('preferred_language')} className="form-input form-select" defaultValue="">
                <option value="">{m['form.noChoice']}</option>
                {props.languages.map((language) => (
                  <option key={language.value} value={language.value} lang={language.lang} dir={language.dir}>
                    {language.label}
                  </option>
                ))}
              </select>
            </div>

            <div className="form-field">
              {label('topic', m['form.topic'])}
              {error('topic')}
              <select {...a11y('topic')} className="form-input form-select" defaultValue="">
                <option value="">{m['form.noChoice']}</option>
                {props.topics.map((topic) => (
                  <option key={topic.value} value={topic.value}>{topic.label}</option>
                ))}
              </select>
            </div>

            <div className="form-field">
              {label('message', m['form.message'], true)}
              {error('message')}
              <textarea {...a11y('message')} className="form-input form-textarea" rows={8} dir="auto" required defaultValue="" />
            </div>

            <div className="form-field form-check">
              {error('consent')}
              <div className="form-check-row">
                <input {...a11y('consent', 'contact-consent-privacy')} className="form-checkbox" type="checkbox" value="ja" required />
                {label('consent', m['form.consent'], true)}
              </div>
              <p className="form-hint" id="contact-consent-privacy">
                <a href={props.privacyUrl}>{m['form.privacyLink']}</a>
              </p>
            </div>

            {/* Honeypot for spam robots: Formspree drops submissions that fill it in. Hidden from people and assistive technology, never focused. */}
            <div className="form-hp" hidden>
              <label htmlFor="contact-gotcha">{m['form.honeypot']}</label>
              <input type="text" id="contact-gotcha" name="_gotcha" tabIndex={-1} autoComplete="off" defaultValue="" />
            </div>
            <input type="hidden" name="page_language" value={props.pageLanguage} />
            <input type="hidden" name="_subject" value={props.subject} />

            <button type="submit" className="button form-submit" aria-disabled={sending ? true : undefined}>
              {sending ? <span className="form-spinner" aria-hidden="true" /> : null}
              {sending ? m['form.sending'] : m['form.submit']}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
