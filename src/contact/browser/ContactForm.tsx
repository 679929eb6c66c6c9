/**
 * The contact form, as an Astro island rendered by Preact (with `preact/compat`, which
 * `@formspree/react` needs). The server renders a real `<form method="post">` to Formspree with
 * native validation, so it works without JavaScript and before this has loaded.
 * Once hydrated it takes over: validation and every message in the visitor's language, an error
 * summary, sending without leaving the site, every failure announced with the telephone numbers
 * and hours as the other way to reach LISKO, and a draft that survives a reload.
 *
 * Fields are uncontrolled: the browser keeps what a visitor typed (also text typed before
 * hydration: Preact's hydration sets no values), Preact never re-creates them, so no failure can
 * wipe them. Everything that differs from the server's HTML (hidden reply fields, `novalidate`)
 * waits for `hydrated`, because hydration does not apply attributes either.
 */
import { useSubmit } from '@formspree/react';
import type { FieldValues } from '@formspree/core';
import type { ComponentChildren, RefObject, TargetedEvent, TargetedMouseEvent } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { clearDraft, readDraft, writeDraft, type Draft } from './draft.ts';
import {
  characterCount,
  failureKeys,
  fieldId,
  fieldNames,
  mayHaveArrived,
  messageMaxLength,
  replyWayOf,
  replyWays,
  submissionValues,
  validate,
  valuesFrom,
  type FailureKind,
  type FieldErrors,
  type FieldName,
  type ReplyWay,
  visiblePattern,
} from './fields.ts';
import { outcomeOf, type Outcome } from './outcome.ts';
import type { ContactFormProps } from './props.ts';
import { createFormspreeClient } from './transport.ts';

type Problem = { type: 'invalid'; attempt: number } | { type: 'failed'; kind: FailureKind; attempt: number };

/**
 * Addresses are not words. Written as the string "false": Preact (server and client) drops a
 * boolean `false` attribute, which would leave spellchecking on; its types only know the boolean.
 */
const noSpellcheck = { spellcheck: 'false' } as unknown as { spellcheck: boolean };

/** A draft is saved this long after the last keystroke: once, not on every key. */
const draftDelayMs = 400;

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
    if (element instanceof RadioNodeList) {
      if (!element.value) element.value = value;
    } else if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      if (!element.checked && element.value === value) element.checked = true;
    } else if (element instanceof HTMLSelectElement) {
      // The preferred language starts on the page's language: a saved choice replaces it.
      if ([...element.options].some((option) => option.value === value)) element.value = value;
    } else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      if (!element.value) element.value = value;
    }
  }
}

/** The reply way chosen; none chosen but one field filled in (typed before the script loaded): that one. */
function chooseReplyWay(form: HTMLFormElement): ReplyWay | undefined {
  const values = valuesFrom(new FormData(form));
  const way = replyWayOf(values) ?? (values.email.trim() ? 'email' : values.phone.trim() ? 'phone' : undefined);
  const radios = form.elements.namedItem('reply_by');
  if (way && radios instanceof RadioNodeList) radios.value = replyWays[way];
  return way;
}

/** Focuses a field from the error summary, scrolling so that its label is visible too. */
function jumpTo(event: TargetedMouseEvent<HTMLAnchorElement>, field: FieldName): void {
  const input = document.getElementById(fieldId(field));
  if (!input) return;
  event.preventDefault();
  (document.querySelector(`label[for="${fieldId(field)}"]`) ?? input).scrollIntoView({ block: 'center' });
  input.focus({ preventScroll: true });
}

/**
 * The telephone numbers and reception hours, as the page's own components wrote them (the island's
 * children, src/components/contact/OtherWays.astro), copied out of the island's `<template>`. A
 * copy of nodes, never HTML from a string: the page's CSP requires Trusted Types, which refuse
 * the string Astro hands islands for their children (Preact would write it with innerHTML).
 */
function OtherWays({ from, intro }: { from: RefObject<HTMLTemplateElement>; intro: string }) {
  const ways = useRef<HTMLDivElement>(null);
  // Before the browser paints, so the alert or status is read with the numbers in it.
  useLayoutEffect(() => {
    const content = from.current?.content;
    if (content) ways.current?.replaceChildren(content.cloneNode(true));
  }, [from]);
  return (
    <div class="form-other-ways">
      <p>{intro}</p>
      <div ref={ways} />
    </div>
  );
}

export default function ContactForm(props: ContactFormProps & { children?: ComponentChildren }) {
  const { messages: m } = props;
  const client = useMemo(() => createFormspreeClient(), []);
  const submit = useSubmit<FieldValues>(props.formId, { client, origin: props.origin });

  const [hydrated, setHydrated] = useState(false);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [replyWay, setReplyWay] = useState<ReplyWay | undefined>(undefined);
  const [messageLength, setMessageLength] = useState(0);

  const formRef = useRef<HTMLFormElement>(null);
  const otherWays = useRef<HTMLTemplateElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLHeadingElement>(null);
  const sendingNow = useRef(false);
  const attempts = useRef(0);
  const focusFirstField = useRef(false);
  const draftTimer = useRef<ReturnType<typeof setTimeout>>();

  const saveDraftNow = () => {
    clearTimeout(draftTimer.current);
    draftTimer.current = undefined;
    if (formRef.current) writeDraft(draftOf(formRef.current));
  };

  // Whenever the form is (re)shown: bring back the draft, keep what was typed before hydration.
  useEffect(() => {
    const form = formRef.current;
    if (sent || !form) return;
    restoreDraft(form);
    setReplyWay(chooseReplyWay(form));
    setMessageLength(characterCount(valuesFrom(new FormData(form)).message));
    saveDraftNow();
    setHydrated(true);
    if (focusFirstField.current) {
      focusFirstField.current = false;
      document.getElementById(fieldId('name'))?.focus();
    }
  }, [sent]);

  // A pending draft is written when the tab is left or reloaded (the delay must not lose text).
  useEffect(() => {
    const flush = () => {
      if (draftTimer.current !== undefined) saveDraftNow();
    };
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, []);

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  useEffect(() => {
    if (sent) successRef.current?.focus();
  }, [sent]);

  // `input` fires for every kind of field (text, choices, checkboxes): one handler, one delayed save.
  const onInput = (event: TargetedEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | null;
    if (target?.name === 'reply_by') setReplyWay(replyWayOf({ reply_by: target.value }));
    if (target?.name === 'message') setMessageLength(characterCount(target.value));
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(saveDraftNow, draftDelayMs);
  };

  async function onSubmit(event: TargetedEvent<HTMLFormElement, SubmitEvent>) {
    event.preventDefault();
    if (sendingNow.current) return;
    const form = event.currentTarget;
    const values = valuesFrom(new FormData(form));
    attempts.current += 1;
    const attempt = attempts.current;
    const found = validate(values);
    if (Object.keys(found).length) {
      setErrors(found);
      setProblem({ type: 'invalid', attempt });
      return;
    }
    // What is sent: the cleaned fields, then the hidden ones (_gotcha, page_language, _subject).
    const data = new FormData();
    for (const [name, value] of Object.entries(submissionValues(values))) data.append(name, value);
    for (const [name, value] of new FormData(form)) if (!(fieldNames as readonly string[]).includes(name)) data.append(name, value);
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
      clearTimeout(draftTimer.current);
      draftTimer.current = undefined;
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
    setReplyWay(undefined);
    setMessageLength(0);
    setSent(false);
  }

  const errorId = (field: FieldName) => `contact-${field.replace('_', '-')}-error`;
  // The reply choice's error (no way to reply given) belongs to both reply fields.
  const replyError = errors.reply_by ? [errorId('reply_by')] : [];
  const a11y = (field: FieldName, ...describedBy: string[]) => ({
    id: fieldId(field),
    name: field,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': [...(errors[field] ? [errorId(field)] : []), ...describedBy].join(' ') || undefined,
  });
  const label = (field: FieldName, text: string, required = false) => (
    <label class="form-label" for={fieldId(field)}>
      {text}
      {required ? (
        <span class="form-required" aria-hidden="true">
          {' '}
          *
        </span>
      ) : null}
    </label>
  );
  const error = (field: FieldName): ComponentChildren => {
    const key = errors[field];
    return key ? (
      <p class="form-error" id={errorId(field)}>
        <span class="visually-hidden">{m['form.errorPrefix']} </span>
        {say(key)}
      </p>
    ) : null;
  };
  const listed = fieldNames.flatMap((field) => {
    const key = errors[field];
    return key ? [{ field, key }] : [];
  });
  /** A reply field: shown without JavaScript; once hydrated, only under its chosen way (GOV.UK's conditional reveal). */
  const hiddenUnless = (way: ReplyWay) => hydrated && replyWay !== way;
  /** A reply way: its radio, and right under it its field (hidden until chosen, once hydrated). */
  const replyOption = (way: ReplyWay, choice: string, fieldLabel: string, input: { type: 'email' | 'tel'; autoComplete: string; spellcheck?: boolean }) => (
    <>
      <div class="form-radio-row">
        {/* No aria-invalid here: ARIA 1.2 gives it to the radio group (the fieldset), not to a radio. */}
        <input class="form-radio" type="radio" id={`contact-reply-by-${way}`} name="reply_by" value={replyWays[way]} />
        <label class="form-label" for={`contact-reply-by-${way}`}>
          {choice}
        </label>
      </div>
      <div class="form-conditional" hidden={hiddenUnless(way)}>
        {label(way, fieldLabel)}
        {error(way)}
        <input {...a11y(way, ...replyError)} {...input} class="form-input" dir="ltr" />
      </div>
    </>
  );
  const failedTitle = (kind: FailureKind) => (mayHaveArrived.has(kind) ? m['form.failure.uncertainTitle'] : m['form.failure.title']);
  /** A message's text with its counts filled in (only the too-long message has any). */
  const say = (key: keyof typeof m) =>
    m[key]
      .replaceAll('{{count}}', String(messageLength))
      .replaceAll('{{max}}', String(messageMaxLength))
      .replaceAll('{{over}}', String(messageLength - messageMaxLength));
  const tooLong = messageLength > messageMaxLength;

  return (
    <div class="form-island">
      {/* Inert until a copy is shown (OtherWays). Server-side it holds the children; in the browser
          Preact gets none (Astro's island loader does not look into a template) and leaves it be. */}
      <template ref={otherWays}>{props.children}</template>
      <div class="form-status" role="status">
        {sending ? <span class="visually-hidden">{m['form.sending']}</span> : null}
        {sent ? (
          <div class="form-success">
            <h3 ref={successRef} tabIndex={-1}>
              {m['form.success.title']}
            </h3>
            <p>{m['form.success.text']}</p>
            <OtherWays from={otherWays} intro={m['form.success.urgent']} />
            <button type="button" class="button form-again" onClick={writeAnother}>
              {m['form.success.again']}
            </button>
          </div>
        ) : null}
      </div>

      {sent ? null : (
        <>
          {problem ? (
            <div
              key={problem.attempt}
              ref={problemRef}
              class={problem.type === 'failed' ? 'form-problem form-problem-failed' : 'form-problem'}
              tabIndex={-1}
              aria-labelledby="contact-problem-title"
            >
              <div role="alert">
                <h3 id="contact-problem-title">{problem.type === 'failed' ? failedTitle(problem.kind) : m['form.summaryTitle']}</h3>
                {problem.type === 'failed' ? <p>{m[failureKeys[problem.kind]]}</p> : null}
                {listed.length ? (
                  <ul class="form-problem-list">
                    {listed.map(({ field, key }) => (
                      <li key={field}>
                        <a href={`#${fieldId(field)}`} onClick={(event) => jumpTo(event, field)}>
                          {say(key)}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {problem.type === 'failed' ? (
                  <>
                    <p>{m['form.failure.kept']}</p>
                    <OtherWays from={otherWays} intro={m['form.otherWays']} />
                  </>
                ) : null}
              </div>
            </div>
          ) : null}

          <p class="form-note" id="contact-required-note">
            {m['form.requiredNote']}
          </p>
          <p class="form-note form-note-sensitive">{m['form.sensitiveNote']}</p>

          <form
            ref={formRef}
            class="form"
            method="post"
            action={props.action}
            acceptCharset="UTF-8"
            noValidate={hydrated}
            aria-labelledby={props.headingId}
            aria-describedby="contact-required-note"
            data-hydrated={hydrated ? '' : undefined}
            onSubmit={onSubmit}
            onInput={onInput}
          >
            <div class="form-field">
              {label('name', m['form.name'], true)}
              {error('name')}
              {/* pattern: before the script runs, the browser too refuses a name of invisible characters only. */}
              <input {...a11y('name')} class="form-input" type="text" autoComplete="name" dir="auto" required pattern={visiblePattern} />
            </div>

            {/* A radio group (allowed on a fieldset): the one element ARIA lets carry the choice's
                invalid and required states; named by its legend, described by the error and the hint. */}
            <fieldset
              class="form-field form-reply"
              // ARIA in HTML allows role=radiogroup on a fieldset; the rule knows no such exception.
              // eslint-disable-next-line jsx-a11y-x/no-noninteractive-element-to-interactive-role
              role="radiogroup"
              aria-required="true"
              aria-invalid={errors.reply_by ? true : undefined}
              aria-describedby={[...replyError, 'contact-reply-hint'].join(' ')}
            >
              <legend class="form-label">
                {m['form.replyBy']}
                <span class="form-required" aria-hidden="true">
                  {' '}
                  *
                </span>
              </legend>
              <p class="form-hint form-reply-hint" id="contact-reply-hint">
                {m['form.replyByHint']}
              </p>
              {error('reply_by')}
              {replyOption('email', m['form.replyByEmail'], m['form.email'], { type: 'email', autoComplete: 'email', ...noSpellcheck })}
              {replyOption('phone', m['form.replyByPhone'], m['form.phone'], { type: 'tel', autoComplete: 'tel' })}
            </fieldset>

            <div class="form-field">
              {label('preferred_language', m['form.preferredLanguage'])}
              {error('preferred_language')}
              <select {...a11y('preferred_language')} class="form-input form-select">
                <option value="">{m['form.noChoice']}</option>
                {props.languages.map((language) => (
                  <option key={language.value} value={language.value} lang={language.lang} dir={language.dir} selected={language.value === props.pageLanguage}>
                    {language.label}
                  </option>
                ))}
              </select>
            </div>

            <div class="form-field">
              {label('topic', m['form.topic'])}
              {error('topic')}
              <select {...a11y('topic', 'contact-topic-note')} class="form-input form-select">
                <option value="">{m['form.noChoice']}</option>
                {props.topics.map((topic) => (
                  <option key={topic.value} value={topic.value}>
                    {topic.label}
                  </option>
                ))}
              </select>
              <p class="form-hint form-topic-note" id="contact-topic-note">
                {m['form.topicNote']}
              </p>
            </div>

            <div class="form-field">
              {label('message', m['form.message'], true)}
              {error('message')}
              {/* No maxlength: the browser would cut a longer pasted text without a word (messageMaxLength). */}
              <textarea {...a11y('message', 'contact-message-count')} class="form-input form-textarea" rows={8} dir="auto" required />
              <p class={tooLong ? 'form-hint form-count form-count-over' : 'form-hint form-count'} id="contact-message-count">
                {m['form.messageCount']}{' '}
                <span dir="ltr">
                  {messageLength} / {messageMaxLength}
                </span>
                {tooLong && !errors.message ? <span class="form-count-message"> {say('form.error.messageTooLong')}</span> : null}
              </p>
            </div>

            <div class="form-field form-check">
              {error('consent')}
              <div class="form-check-row">
                <input {...a11y('consent', 'contact-consent-privacy')} class="form-checkbox" type="checkbox" value="ja" required />
                {label('consent', m['form.consent'], true)}
              </div>
              <p class="form-hint" id="contact-consent-privacy">
                <a href={props.privacyUrl}>{m['form.privacyLink']}</a>
              </p>
            </div>

            {/* Honeypot for spam robots: Formspree drops submissions that fill it in. Hidden from people and assistive technology, never focused. */}
            <div class="form-hp" hidden>
              <label for="contact-gotcha">{m['form.honeypot']}</label>
              <input type="text" id="contact-gotcha" name="_gotcha" tabIndex={-1} autoComplete="off" />
            </div>
            <input type="hidden" name="page_language" value={props.pageLanguage} />
            <input type="hidden" name="_subject" value={props.subject} />

            <button type="submit" class="button form-submit" aria-disabled={sending ? true : undefined}>
              {sending ? <span class="form-spinner" aria-hidden="true" /> : null}
              {sending ? m['form.sending'] : m['form.submit']}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
