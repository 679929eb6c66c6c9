/**
 * How the island talks to Formspree. `@formspree/react`'s `useSubmit` builds the submission
 * (the form's FormData plus extra data) and hands it to a Formspree `Client`; this module gives
 * it a client that sends what Formspree's own client (@formspree/core 4) sends (POST
 * `${origin}/f/${id}`, `Accept: application/json`, its client name and session headers, the
 * FormData as body), and adds what Formspree's client lacks:
 *
 * - the HTTP status: 429 (too many requests) and 5xx (Formspree down) get their own messages;
 * - a time limit: a request that hangs is aborted, so the visitor is never left waiting;
 * - network failures are told apart from Formspree's answers.
 *
 * Formspree's JSON answers (`{ok, next}` or `{error, errors: [{code, field, message}]}`) are read
 * with Formspree's own `SubmissionError`, so codes are normalised exactly as Formspree does.
 */
import { createClient, SubmissionError, type Client, type FieldValues, type SubmissionData, type SubmissionOptions, type SubmissionResult, type SubmissionSuccess } from '@formspree/core';

/** Failures Formspree's client cannot tell apart; carried through `useSubmit` as a SubmissionError. */
export class TransportFailure extends SubmissionError {
  readonly reason: 'rate-limited' | 'server' | 'network' | 'timeout' | 'unknown';
  constructor(reason: TransportFailure['reason']) {
    super({ message: reason });
    this.reason = reason;
  }
}

/** How long a visitor waits at most before being told, and offered the telephone instead. */
export const sendTimeoutMs = 30_000;

const loadedAt = Date.now();

/** Formspree's bot signal, as @formspree/core sends it: when the page loaded, whether a robot drives the browser. */
function sessionData(): string | undefined {
  try {
    return btoa(JSON.stringify({ loadedAt, webdriver: Boolean(globalThis.navigator?.webdriver) }));
  } catch {
    return undefined;
  }
}

interface ServerError {
  code?: string;
  field?: string;
  message: string;
}

function serverErrors(body: unknown): ServerError[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { errors, error } = body as { errors?: unknown; error?: unknown };
  if (Array.isArray(errors)) {
    return errors.flatMap((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { code, field, message } = entry as Record<string, unknown>;
      return [{
        message: typeof message === 'string' ? message : '',
        ...(typeof code === 'string' ? { code } : {}),
        ...(typeof field === 'string' ? { field } : {}),
      }];
    });
  }
  return typeof error === 'string' ? [{ message: error }] : undefined;
}

function successFrom(response: Response, body: unknown): SubmissionSuccess | undefined {
  if (!response.ok || typeof body !== 'object' || body === null) return undefined;
  const { ok, next } = body as { ok?: unknown; next?: unknown };
  if (ok !== true && typeof next !== 'string') return undefined;
  return { kind: 'success', next: typeof next === 'string' ? next : '' };
}

/** Sends one submission; never throws: every outcome is a success or a SubmissionError. */
export async function sendToFormspree<T extends FieldValues>(
  url: string,
  data: SubmissionData<T>,
  options: { clientName?: string | undefined; timeoutMs?: number; fetch?: typeof fetch } = {},
): Promise<SubmissionResult<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? sendTimeoutMs);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.clientName) headers['Formspree-Client'] = options.clientName;
  const session = sessionData();
  if (session) headers['Formspree-Session-Data'] = session;
  if (!(data instanceof FormData)) headers['Content-Type'] = 'application/json';
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      mode: 'cors',
      credentials: 'omit',
      headers,
      body: data instanceof FormData ? data : JSON.stringify(data),
      signal: controller.signal,
    });
    if (response.status === 429) return new TransportFailure('rate-limited');
    if (response.status >= 500) return new TransportFailure('server');
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return new TransportFailure(timedOut ? 'timeout' : 'unknown');
    }
    const success = successFrom(response, body);
    if (success) return success;
    const errors = serverErrors(body);
    return errors?.length ? new SubmissionError<T>(...errors) : new TransportFailure('unknown');
  } catch {
    return new TransportFailure(timedOut ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
}

/** A Formspree client for `useSubmit({ client })` that sends with `sendToFormspree`. */
export function createFormspreeClient(timeoutMs = sendTimeoutMs): Client {
  const client = createClient();
  client.submitForm = <T extends FieldValues>(formKey: string, data: SubmissionData<T>, options: SubmissionOptions = {}) => {
    const origin = options.endpoint ?? 'https://formspree.io';
    return sendToFormspree<T>(`${origin}/f/${encodeURIComponent(formKey)}`, data, { clientName: options.clientName, timeoutMs });
  };
  return client;
}
