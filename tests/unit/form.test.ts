/** The contact form's rules: validation, Formspree's answers, the messages in every language, the draft, the settings. */
import { SubmissionError } from '@formspree/core';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  failureKeys,
  failureKinds,
  fieldErrorKey,
  fieldNames,
  formErrorKind,
  isEmail,
  isPhone,
  mayHaveArrived,
  messageMaxLength,
  servicesNotAsTopic,
  submissionValues,
  validate,
  visiblePattern,
  withoutBidiControls,
  characterCount,
  type FieldName,
  type FormValues,
} from '../../src/contact/browser/fields.ts';
import { clearDraft, draftKey, readDraft, writeDraft } from '../../src/contact/browser/draft.ts';
import { outcomeOf } from '../../src/contact/browser/outcome.ts';
import { sendToFormspree, TransportFailure } from '../../src/contact/browser/transport.ts';
import { formKeys, formMessages } from '../../src/contact/formMessages.ts';
import { defaultLocale, localeCodes } from '../../src/i18n/locales.ts';
import { formspreePlaceholderId, model } from '../../src/model/model.ts';
import { checkContent, type ContentFile } from '../../src/check/check.ts';
import { formspreeWarnings, resolveFormspree } from '../../src/contact/formspree.ts';

const filled: FormValues = {
  name: 'Amal Haddad',
  reply_by: '',
  email: 'amal@example.com',
  phone: '',
  preferred_language: '',
  topic: '',
  message: 'Hallo',
  consent: 'ja',
};
const empty = Object.fromEntries(fieldNames.map((name) => [name, ''])) as FormValues;

describe('validation', () => {
  test('a complete form has no problems; optional fields may stay empty', () => {
    expect(validate(filled)).toEqual({});
    expect(validate({ ...filled, phone: '+352 2755 5603', preferred_language: 'Arabisch (ar)', topic: 'Workshops' })).toEqual({});
  });

  test('an empty form names every required field, and only those', () => {
    expect(validate(empty)).toEqual({
      name: 'form.error.nameRequired',
      reply_by: 'form.error.replyRequired',
      message: 'form.error.messageRequired',
      consent: 'form.error.consentRequired',
    });
  });

  test('one way to reply is needed: the field of the chosen way, or either when none is chosen', () => {
    expect(validate({ ...filled, email: '', phone: '2755-5603' })).toEqual({});
    expect(validate({ ...filled, email: '', reply_by: 'Telefon' })).toEqual({ phone: 'form.error.phoneRequired' });
    expect(validate({ ...filled, reply_by: 'Telefon', phone: '2755-5603' })).toEqual({});
    expect(validate({ ...filled, email: '', reply_by: 'E-Mail', phone: '2755-5603' })).toEqual({ email: 'form.error.emailRequired' });
    // The field of the way not chosen is hidden and not sent: it is not checked either.
    expect(validate({ ...filled, email: 'amal@', reply_by: 'Telefon', phone: '2755-5603' })).toEqual({});
  });

  test('what is sent: the chosen way only, `email` only when there is one, no direction overrides', () => {
    expect(submissionValues({ ...filled, reply_by: 'Telefon', phone: '2755-5603' })).not.toHaveProperty('email');
    expect(submissionValues({ ...filled, reply_by: 'E-Mail', phone: '2755-5603' })).not.toHaveProperty('phone');
    expect(submissionValues({ ...filled, email: '', phone: '2755-5603' })).toMatchObject({ phone: '2755-5603' });
    expect(submissionValues({ ...filled, email: '', phone: '2755-5603' })).not.toHaveProperty('email');
    expect(submissionValues({ ...filled, message: 'a\u202Eb\u2066c\u2069d\u202C' }).message).toBe('abcd');
    expect(withoutBidiControls('\u200Fمرحبا')).toBe('\u200Fمرحبا');
  });

  test('invisible characters alone do not count as an answer', () => {
    expect(validate({ ...filled, name: '\u200B\u200D', message: '\uFEFF \u2060' })).toEqual({
      name: 'form.error.nameRequired',
      message: 'form.error.messageRequired',
    });
    // Fillers that draw nothing: Hangul fillers, the blank Braille pattern, the grapheme joiner.
    for (const filler of ['\u3164', '\u2800', '\u115F\u1160', '\u034F', '\uFFA0', '\u3164 \u2800']) {
      expect(validate({ ...filled, name: filler }), JSON.stringify(filler)).toEqual({ name: 'form.error.nameRequired' });
    }
    // A real name in those scripts still counts: a Hangul syllable, Braille letters.
    expect(validate({ ...filled, name: '\uD55C' })).toEqual({});
    expect(validate({ ...filled, name: '\u2801\u2803' })).toEqual({});
  });

  test("the name field's pattern (before the script runs) refuses exactly what validation refuses", () => {
    const pattern = new RegExp(`^(?:${visiblePattern})$`, 'v');
    for (const name of ['Amal', 'أمل', 'ኣማል', '  Amal ', '\uD55C']) expect(pattern.test(name), name).toBe(true);
    for (const name of ['\u3164', '\u2800', '\u200B\u200D', '   ', '\u034F\u115F']) expect(pattern.test(name), JSON.stringify(name)).toBe(false);
  });

  test('a message longer than the limit is an error, counted as a person counts characters', () => {
    expect(validate({ ...filled, message: 'x'.repeat(messageMaxLength + 1) })).toEqual({ message: 'form.error.messageTooLong' });
    expect(validate({ ...filled, message: 'x'.repeat(messageMaxLength) })).toEqual({});
    // An emoji is one character, though JavaScript counts two for it.
    expect(validate({ ...filled, message: '😀'.repeat(messageMaxLength) })).toEqual({});
    expect(characterCount('😀é')).toBe(2);
  });

  test('spaces alone do not count as an answer', () => {
    expect(validate({ ...filled, name: '   ', message: '\n\t' })).toEqual({
      name: 'form.error.nameRequired',
      message: 'form.error.messageRequired',
    });
  });

  test('e-mail addresses', () => {
    for (const good of ['amal@example.com', 'a.b+c@sub.example.lu', 'amal@müller.lu', 'أمل@مثال.com']) expect(isEmail(good), good).toBe(true);
    for (const bad of [
      'amal',
      'amal@',
      '@example.com',
      'amal@example',
      'amal @example.com',
      'amal@@example.com',
      'amal@example..com',
      `${'a'.repeat(250)}@example.com`,
    ]) {
      expect(isEmail(bad), bad).toBe(false);
    }
    expect(validate({ ...filled, email: 'amal@example' })).toEqual({ email: 'form.error.emailInvalid' });
  });

  test('telephone numbers, optional, in any digits people type', () => {
    for (const good of ['2755-5603', '+352 2755 5603', '(+352) 27.55.56.03', '٢٧٥٥٥٦٠٣', '0049/123456']) expect(isPhone(good), good).toBe(true);
    for (const bad of ['12345', 'call me', '2755 5603 nachmittags', '1'.repeat(21)]) expect(isPhone(bad), bad).toBe(false);
    expect(validate({ ...filled, email: '', phone: 'abc' })).toEqual({ phone: 'form.error.phoneInvalid' });
  });
});

describe('Formspree error codes → messages', () => {
  test('field codes become the message of that field, never Formspree’s text', () => {
    const cases: [FieldName, string, string][] = [
      ['name', 'REQUIRED_FIELD_EMPTY', 'form.error.nameRequired'],
      ['email', 'REQUIRED_FIELD_MISSING', 'form.error.emailRequired'],
      ['message', 'REQUIRED_FIELD_EMPTY', 'form.error.messageRequired'],
      ['consent', 'REQUIRED_FIELD_MISSING', 'form.error.consentRequired'],
      ['topic', 'REQUIRED_FIELD_EMPTY', 'form.error.required'],
      ['email', 'TYPE_EMAIL', 'form.error.emailInvalid'],
      ['phone', 'TYPE_NUMERIC', 'form.error.numeric'],
      ['message', 'TYPE_TEXT', 'form.error.text'],
      ['phone', 'UNSPECIFIED', 'form.error.invalid'],
      ['name', 'SOMETHING_NEW', 'form.error.invalid'],
    ];
    for (const [field, code, key] of cases) expect(fieldErrorKey(field, code), `${field} ${code}`).toBe(key);
  });

  test('form codes become failure kinds', () => {
    expect(formErrorKind('FORM_NOT_FOUND')).toBe('form-not-found');
    expect(formErrorKind('PROJECT_NOT_FOUND')).toBe('form-not-found');
    expect(formErrorKind('INACTIVE')).toBe('inactive');
    expect(formErrorKind('BLOCKED')).toBe('blocked');
    expect(formErrorKind('EMPTY')).toBe('empty');
    expect(formErrorKind('UNSPECIFIED')).toBe('unknown');
    expect(formErrorKind('TOO_MANY_FILES')).toBe('unknown');
  });

  test('Formspree’s answers, read by Formspree’s own SubmissionError, become outcomes', () => {
    expect(outcomeOf({ kind: 'success', next: '/thanks' })).toEqual({ kind: 'sent' });
    expect(outcomeOf(new SubmissionError({ code: 'INACTIVE', message: 'Form not active' }))).toEqual({ kind: 'inactive', fieldErrors: {} });
    expect(
      outcomeOf(
        new SubmissionError(
          { field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' },
          { field: 'name', code: 'REQUIRED_FIELD_EMPTY', message: 'is required' },
        ),
      ),
    ).toEqual({ kind: 'fields', fieldErrors: { email: 'form.error.emailInvalid', name: 'form.error.nameRequired' } });
    // A form code explains more than field errors; field errors still mark their fields.
    expect(outcomeOf(new SubmissionError({ code: 'EMPTY', message: 'Empty' }, { field: 'message', code: 'REQUIRED_FIELD_EMPTY', message: 'x' }))).toEqual({
      kind: 'empty',
      fieldErrors: { message: 'form.error.messageRequired' },
    });
    // An error on a field the visitor cannot see is nothing they can fix.
    expect(outcomeOf(new SubmissionError({ field: '_subject', code: 'TYPE_TEXT', message: 'x' }))).toEqual({ kind: 'unknown', fieldErrors: {} });
    expect(outcomeOf(new SubmissionError({ message: 'Something odd' }))).toEqual({ kind: 'unknown', fieldErrors: {} });
    for (const reason of ['rate-limited', 'server', 'network', 'lost', 'timeout', 'unknown'] as const) {
      expect(outcomeOf(new TransportFailure(reason))).toEqual({ kind: reason, fieldErrors: {} });
    }
  });
});

describe('the messages, in every language', () => {
  const allFieldKeys = new Set(
    fieldNames.flatMap((field) =>
      ['REQUIRED_FIELD_EMPTY', 'REQUIRED_FIELD_MISSING', 'TYPE_EMAIL', 'TYPE_NUMERIC', 'TYPE_TEXT', 'UNSPECIFIED'].map((code) => fieldErrorKey(field, code)),
    ),
  );
  const validationKeys = new Set([
    ...Object.values(validate(empty)),
    ...Object.values(validate({ ...filled, email: 'x', phone: 'x' })),
    ...Object.values(validate({ ...filled, reply_by: 'Telefon', message: 'x'.repeat(messageMaxLength + 1) })),
  ]);
  const formspreeEnglish =
    /Form not found|Form not active|Form has been blocked|Empty form|should be an email|is required|Too many requests|Failed to fetch|Unexpected response/i;
  const scripts: Partial<Record<string, RegExp>> = { ar: /\p{Script=Arabic}/u, ti: /\p{Script=Ethiopic}/u };
  const german = formMessages(defaultLocale);

  for (const lang of localeCodes) {
    test(`${lang}: every failure kind and every error code has its own text in ${lang}`, () => {
      const messages = formMessages(lang);
      expect(Object.keys(messages).sort()).toEqual([...formKeys].sort());
      const texts = [...failureKinds.map((kind) => failureKeys[kind]), ...allFieldKeys, ...validationKeys].map((key) => [key, messages[key]] as const);
      for (const [key, text] of texts) {
        expect(text, key).toBeTruthy();
        expect(text, key).not.toMatch(formspreeEnglish);
        if (lang !== defaultLocale) expect(text, `${key} is translated`).not.toBe(german[key]);
        const script = scripts[lang];
        if (script) expect(text, `${key} is written in ${lang}'s script`).toMatch(script);
      }
      // Different failures are told apart (both server answers share one text on purpose).
      const failureTexts = failureKinds.map((kind) => messages[failureKeys[kind]]);
      expect(new Set(failureTexts).size).toBe(failureKinds.length);
    });
  }

  test('the kinds the island can meet are all covered', () => {
    expect([...failureKinds].sort()).toEqual(Object.keys(failureKeys).sort());
  });
});

/** A stand-in for `fetch`, answering once. */
function answer(status: number, body: string, type = 'application/json'): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': type } });
}
const send = (fetcher: typeof fetch, timeoutMs = 1000) => {
  const data = new FormData();
  data.set('name', 'Amal');
  return sendToFormspree('https://formspree.test/f/abc', data, { fetch: fetcher, timeoutMs });
};

describe('sending to Formspree', () => {
  test('sends what Formspree’s client sends: POST, JSON wanted, the FormData as body', async () => {
    let seen: { url: string; init: RequestInit | undefined } | undefined;
    const fetcher: typeof fetch = async (url, init) => {
      seen = { url: String(url), init };
      return new Response('{"ok":true,"next":"/thanks"}', { status: 200 });
    };
    const data = new FormData();
    data.set('name', 'Amal');
    expect(await sendToFormspree('https://formspree.test/f/abc', data, { fetch: fetcher, clientName: '@formspree/react@3.0.0' })).toEqual({
      kind: 'success',
      next: '/thanks',
    });
    expect(seen?.url).toBe('https://formspree.test/f/abc');
    expect(seen?.init?.method).toBe('POST');
    const headers = new Headers(seen?.init?.headers);
    expect(headers.get('accept')).toBe('application/json');
    expect(headers.get('formspree-client')).toBe('@formspree/react@3.0.0');
    expect(JSON.parse(atob(headers.get('formspree-session-data') ?? ''))).toEqual({ loadedAt: expect.any(Number), webdriver: expect.any(Boolean) });
    expect(seen?.init?.body).toBe(data);
    expect(seen?.init?.credentials).toBe('omit');
  });

  test('each HTTP answer and each network failure is told apart', async () => {
    const reason = async (fetcher: typeof fetch, timeoutMs?: number) => {
      const result = await send(fetcher, timeoutMs);
      return result instanceof TransportFailure ? result.reason : result.kind;
    };
    expect(await reason(answer(429, '{"error":"Too many requests"}'))).toBe('rate-limited');
    expect(await reason(answer(502, '<html>Bad gateway</html>', 'text/html'))).toBe('server');
    expect(await reason(answer(500, '{"error":"Internal"}'))).toBe('server');
    expect(await reason(answer(503, ''))).toBe('server');
    expect(await reason(answer(413, '<html>Request Entity Too Large</html>', 'text/html'))).toBe('too-long');
    // Accepted is accepted: an unreadable body must never make the visitor send it twice.
    expect(await reason(answer(200, 'not json', 'text/plain'))).toBe('success');
    expect(await reason(answer(200, '{"ok": tr'))).toBe('success');
    expect(await reason(answer(400, 'not json', 'text/plain'))).toBe('unknown');
    expect(await reason(answer(400, '{"something":"else"}'))).toBe('unknown');
    // A request that fails under way may have arrived: lost, never "not sent".
    expect(
      await reason(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toBe('lost');
    expect(mayHaveArrived.has('lost') && mayHaveArrived.has('timeout') && !mayHaveArrived.has('network')).toBe(true);
    const hangs: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await reason(hangs, 20)).toBe('timeout');
    // A browser that knows it is offline does not even try.
    let tried = false;
    const offline = await sendToFormspree('https://formspree.test/f/abc', new FormData(), {
      online: () => false,
      fetch: async () => {
        tried = true;
        return new Response('{}');
      },
    });
    expect(offline instanceof TransportFailure && offline.reason).toBe('network');
    expect(tried).toBe(false);
  });

  test('Formspree’s errors keep their codes and fields', async () => {
    const result = await send(
      answer(422, JSON.stringify({ error: 'Validation errors', errors: [{ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' }] })),
    );
    expect(outcomeOf(result)).toEqual({ kind: 'fields', fieldErrors: { email: 'form.error.emailInvalid' } });
    const missing = await send(answer(404, JSON.stringify({ error: 'Form not found', errors: [{ code: 'FORM_NOT_FOUND', message: 'Form not found' }] })));
    expect(outcomeOf(missing)).toEqual({ kind: 'form-not-found', fieldErrors: {} });
    const plain = await send(answer(400, JSON.stringify({ error: 'Something' })));
    expect(outcomeOf(plain)).toEqual({ kind: 'unknown', fieldErrors: {} });
  });
});

/** A sessionStorage stand-in. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('the draft', () => {
  test('keeps what was typed, drops empty fields and anything that is not a field', () => {
    const store = memoryStorage();
    writeDraft({ name: 'Amal', message: 'Hallo', phone: '' }, store);
    expect(JSON.parse(store.getItem(draftKey) ?? '')).toEqual({ name: 'Amal', message: 'Hallo' });
    store.setItem(draftKey, JSON.stringify({ name: 'Amal', _gotcha: 'spam', topic: 3 }));
    expect(readDraft(store)).toEqual({ name: 'Amal' });
  });

  test('an empty form or a successful send leaves nothing behind', () => {
    const store = memoryStorage();
    writeDraft({ name: 'Amal' }, store);
    writeDraft({ name: '' }, store);
    expect(store.getItem(draftKey)).toBeNull();
    writeDraft({ name: 'Amal' }, store);
    clearDraft(store);
    expect(store.getItem(draftKey)).toBeNull();
  });

  test('a broken or refusing storage never breaks the form', () => {
    const store = memoryStorage();
    store.setItem(draftKey, '{not json');
    expect(readDraft(store)).toEqual({});
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      getItem: () => {
        throw new DOMException('no', 'SecurityError');
      },
    } as Storage;
    expect(() => writeDraft({ name: 'Amal' }, refusing)).not.toThrow();
    expect(readDraft(refusing)).toEqual({});
    expect(readDraft(undefined)).toEqual({});
  });

  test('a write that fails removes the older draft, so it can never come back over newer text', () => {
    const store = memoryStorage();
    writeDraft({ message: 'old' }, store);
    const full = {
      ...store,
      getItem: store.getItem,
      removeItem: store.removeItem,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as Storage;
    writeDraft({ message: 'old and much newer' }, full);
    expect(store.getItem(draftKey)).toBeNull();
  });
});

describe('the topics', () => {
  test('the service left out of the topics exists in the German original (a renamed file must not bring it back)', () => {
    // The topics are the original's services; a translation only gives one its words.
    for (const slug of servicesNotAsTopic) {
      expect(existsSync(`content/services/${defaultLocale}/${slug}.md`), `content/services/${defaultLocale}/${slug}.md`).toBe(true);
    }
  });
});

describe('where the form posts', () => {
  test('formspree.io with the id from the settings, unless the environment says otherwise', () => {
    expect(resolveFormspree('xqkrvbnw', {})).toMatchObject({
      action: 'https://formspree.io/f/xqkrvbnw',
      isPlaceholder: false,
      isLocalOverride: false,
      idSource: 'content/settings/site.md',
    });
    expect(resolveFormspree('xqkrvbnw', { PUBLIC_FORMSPREE_FORM_ID: 'mzzabcde', PUBLIC_FORMSPREE_ENDPOINT: 'http://127.0.0.1:4502/' })).toMatchObject({
      action: 'http://127.0.0.1:4502/f/mzzabcde',
      origin: 'http://127.0.0.1:4502',
      idSource: 'PUBLIC_FORMSPREE_FORM_ID',
      isLocalOverride: true,
    });
    // CI systems often set variables to an empty string: that means "not set".
    expect(resolveFormspree('xqkrvbnw', { PUBLIC_FORMSPREE_FORM_ID: '', PUBLIC_FORMSPREE_ENDPOINT: ' ' }).action).toBe('https://formspree.io/f/xqkrvbnw');
  });

  test('the placeholder and a local endpoint are warned about, naming where to set the real id', () => {
    const warnings = formspreeWarnings(resolveFormspree(formspreePlaceholderId, { PUBLIC_FORMSPREE_ENDPOINT: 'http://127.0.0.1:4502' }));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('content/settings/site.md');
    expect(warnings[0]).toContain('PUBLIC_FORMSPREE_FORM_ID');
    expect(warnings[1]).toContain('do not publish');
    expect(formspreeWarnings(resolveFormspree('xqkrvbnw', {}))).toEqual([]);
  });

  test('malformed overrides stop the build with a plain message', () => {
    expect(() => resolveFormspree('xqkrvbnw', { PUBLIC_FORMSPREE_FORM_ID: 'https://formspree.io/f/xqkrvbnw' })).toThrow(
      /PUBLIC_FORMSPREE_FORM_ID must be only the Formspree form id/,
    );
    expect(() => resolveFormspree('xqkrvbnw', { PUBLIC_FORMSPREE_ENDPOINT: 'formspree.io' })).toThrow(/PUBLIC_FORMSPREE_ENDPOINT must be an address/);
    expect(() => resolveFormspree('xqkrvbnw', { PUBLIC_FORMSPREE_ENDPOINT: 'https://formspree.io/f/x' })).toThrow(/without a path/);
    expect(() => resolveFormspree('xqkrvbnw', { PUBLIC_FORMSPREE_ENDPOINT: 'ftp://example.com' })).toThrow(/only an origin/);
  });

  test('the settings file is checked like all content', () => {
    const settings = (id: string): ContentFile => ({ path: 'content/settings/site.md', text: `---\nformspreeFormId: "${id}"\n---\n` });
    const others: ContentFile[] = [];
    const problems = (files: ContentFile[]) => checkContent([...others, ...files]).filter((line) => line.includes('settings'));
    expect(problems([settings('xqkrvbnw')])).toEqual([]);
    expect(problems([settings(formspreePlaceholderId)])).toEqual([]);
    expect(problems([settings('https://formspree.io/f/xqkrvbnw')])).toEqual([
      'content/settings/site.md: line 2: "formspreeFormId" must be only the Formspree form id, like "xqkrvbnw": the letters and digits after /f/ in https://formspree.io/f/xqkrvbnw (found "https://formspree.io/f/xqkrvbnw")',
    ]);
    expect(problems([{ path: 'content/settings/site.md', text: '---\nformspreeFormId: "xqkrvbnw"\nformId: "x"\n---\n' }])).toEqual([
      `content/settings/site.md: line 3: has unknown field "formId" (check the spelling; known fields: ${Object.keys(model.settings.fields).join(', ')})`,
    ]);
    expect(problems([])).toEqual(['content/settings/site.md: is missing; the site needs this file']);
  });
});
