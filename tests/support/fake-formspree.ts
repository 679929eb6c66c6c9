/**
 * A local stand-in for Formspree, for the browser tests and for local development: real HTTP on
 * 127.0.0.1, answering like Formspree does.
 *
 * - `POST /f/<form id>` with `Accept: application/json` (the island): `{ok: true, next}` or
 *   `{error, errors: [{code, field?, message}]}`, with CORS so the site may call it from another port;
 *   without it (a plain HTML form post, JavaScript off): a small thank-you page, like Formspree's.
 * - Failures on demand: put a switch in the message, e.g. `[fake:rate-limit]`:
 *     field-errors    422, TYPE_EMAIL on email and REQUIRED_FIELD_EMPTY on name
 *     form-not-found  404, FORM_NOT_FOUND          inactive  403, INACTIVE
 *     blocked         403, BLOCKED                 empty     422, EMPTY
 *     rate-limit      429                          server-error  502 with an HTML page (a proxy)
 *     server-500      500 with JSON                network   the connection is cut
 *     timeout         no answer at all             slow      answers OK after 1.5 s
 *     too-large       413 with an HTML page        ok-unreadable  200 with a cut-off body
 *   Without a switch it checks like LISKO's Formspree form would: name and message required,
 *   an e-mail address or a telephone number, email must look like one.
 * - A filled-in `_gotcha` (honeypot) is answered OK and recorded as spam, as Formspree does.
 * - `GET /__submissions?contains=<text>`: what arrived (JSON), for tests to check;
 *   `GET /__health`: 200 when running.
 *
 * Usage: node tests/support/fake-formspree.ts [port]   (npm run fake-formspree; port default:
 * FAKE_FORMSPREE_PORT, else TEST_PORT + 1, else 4322, see ./ports.ts)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { fakeFormspreePort } from './ports.ts';

export interface Submission {
  formId: string;
  /** The request's Content-Type, e.g. `application/x-www-form-urlencoded` for a JavaScript-free post. */
  contentType: string;
  accept: string;
  fields: Record<string, string>;
  spam: boolean;
  /** What the fake answered: `ok`, a switch name, or `invalid`. */
  answer: string;
}

const switches = [
  'field-errors',
  'form-not-found',
  'inactive',
  'blocked',
  'empty',
  'rate-limit',
  'server-error',
  'server-500',
  'network',
  'timeout',
  'slow',
  'too-large',
  'ok-unreadable',
] as const;
type Switch = (typeof switches)[number];

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'accept, content-type, formspree-client, formspree-session-data',
  'access-control-max-age': '600',
};

interface FormspreeError {
  code: string;
  field?: string;
  message: string;
}

/** Formspree's answers for each switch: status and JSON body. */
const answers: Record<Exclude<Switch, 'network' | 'timeout' | 'slow' | 'server-error' | 'too-large' | 'ok-unreadable'>, [number, object]> = {
  'field-errors': [
    422,
    {
      error: 'Validation errors',
      errors: [
        { field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' },
        { field: 'name', code: 'REQUIRED_FIELD_EMPTY', message: 'is required' },
      ],
    },
  ],
  'form-not-found': [404, { error: 'Form not found', errors: [{ code: 'FORM_NOT_FOUND', message: 'Form not found' }] }],
  inactive: [403, { error: 'Form not active', errors: [{ code: 'INACTIVE', message: 'Form not active' }] }],
  blocked: [403, { error: 'Form has been blocked', errors: [{ code: 'BLOCKED', message: 'Form has been blocked' }] }],
  empty: [422, { error: 'Empty form', errors: [{ code: 'EMPTY', message: 'Empty form' }] }],
  'rate-limit': [429, { error: 'Too many requests, please try again later' }],
  'server-500': [500, { error: 'Internal Server Error' }],
};

async function readFields(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = request.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    const parsed: unknown = JSON.parse(body.toString('utf8') || '{}');
    return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
  }
  const form = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': type }, body }).formData();
  const fields: Record<string, string> = {};
  form.forEach((value, key) => {
    fields[key] = typeof value === 'string' ? value : value.name;
  });
  return fields;
}

function validationErrors(fields: Record<string, string>): FormspreeError[] {
  const errors: FormspreeError[] = [];
  for (const field of ['name', 'message']) {
    if (!fields[field]?.trim()) errors.push({ field, code: 'REQUIRED_FIELD_EMPTY', message: 'is required' });
  }
  // LISKO's form asks for a way to reply: an e-mail address or a telephone number.
  if (!fields['email']?.trim() && !fields['phone']?.trim()) errors.push({ field: 'email', code: 'REQUIRED_FIELD_EMPTY', message: 'is required' });
  if (fields['email']?.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields['email'].trim())) {
    errors.push({ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' });
  }
  return errors;
}

const html = (title: string) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><p>Fake Formspree (tests/support/fake-formspree.ts)</p></html>`;

export function startFakeFormspree(port: number, log = false): Promise<Server> {
  const submissions: Submission[] = [];

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && url.pathname === '/__health') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (request.method === 'GET' && url.pathname === '/__submissions') {
      const contains = url.searchParams.get('contains');
      const found = contains ? submissions.filter((s) => Object.values(s.fields).some((v) => v.includes(contains))) : submissions;
      response.writeHead(200, { 'content-type': 'application/json', ...cors }).end(JSON.stringify(found));
      return;
    }
    const match = /^\/f\/([^/]+)$/.exec(url.pathname);
    if (request.method === 'OPTIONS' && match) {
      response.writeHead(204, cors).end();
      return;
    }
    if (request.method !== 'POST' || !match) {
      response.writeHead(404, { 'content-type': 'text/plain', ...cors }).end('Not found');
      return;
    }

    const fields = await readFields(request);
    const accept = request.headers.accept ?? '';
    const wantsJson = accept.includes('application/json');
    const chosen = switches.find((name) => (fields['message'] ?? '').includes(`[fake:${name}]`));
    const spam = Boolean(fields['_gotcha']);
    const invalid = chosen ? [] : validationErrors(fields);
    const answer = chosen ?? (invalid.length ? 'invalid' : 'ok');
    submissions.push({ formId: decodeURIComponent(match[1] ?? ''), contentType: request.headers['content-type'] ?? '', accept, fields, spam, answer });
    if (submissions.length > 1000) submissions.shift();
    if (log) console.log(`${new Date().toISOString()} POST ${url.pathname} → ${answer}${spam ? ' (spam)' : ''}`);

    const reply = (status: number, body: object) => {
      if (wantsJson) response.writeHead(status, { 'content-type': 'application/json', ...cors }).end(JSON.stringify(body));
      else response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(html(status < 300 ? 'Thanks!' : `Error ${status}`));
    };

    switch (chosen) {
      case 'network':
        request.socket.destroy();
        return;
      case 'timeout': {
        const timer = setTimeout(() => reply(200, { ok: true, next: '/thanks' }), 10 * 60_000);
        response.on('close', () => clearTimeout(timer));
        return;
      }
      case 'slow':
        await new Promise((done) => setTimeout(done, 1500));
        reply(200, { ok: true, next: '/thanks' });
        return;
      case 'too-large':
        // What a proxy in front of Formspree answers to a body it will not take.
        response.writeHead(413, { 'content-type': 'text/html', ...cors }).end('<html><body><h1>413 Request Entity Too Large</h1></body></html>');
        return;
      case 'ok-unreadable':
        // Accepted, but the body is cut or not JSON (a proxy, a broken connection after the status).
        response.writeHead(200, { 'content-type': 'application/json', ...cors }).end('{"ok": tr');
        return;
      case 'server-error':
        response.writeHead(502, { 'content-type': 'text/html', ...cors }).end('<html><body><h1>502 Bad Gateway</h1></body></html>');
        return;
      case undefined:
        if (invalid.length) reply(422, { error: 'Validation errors', errors: invalid });
        else reply(200, { ok: true, next: '/thanks' });
        return;
      default:
        reply(...answers[chosen]);
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(400, { 'content-type': 'application/json', ...cors }).end(JSON.stringify({ error: String(error) }));
    });
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.argv[2] ?? fakeFormspreePort);
  await startFakeFormspree(port, true);
  console.log(`Fake Formspree at http://127.0.0.1:${port} (switches: ${switches.map((s) => `[fake:${s}]`).join(' ')})`);
  console.log(`Build the site against it: PUBLIC_FORMSPREE_ENDPOINT=http://127.0.0.1:${port} npm run build (or npm run dev)`);
}
