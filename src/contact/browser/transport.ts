/**
 * The Formspree client the island hands to `@formspree/react`'s `useSubmit`. `useSubmit` builds
 * the submission and calls `client.submitForm(formId, data, { endpoint, clientName })`; this
 * client sends it as @formspree/core 4 does (POST `${origin}/f/${id}`, `Accept:
 * application/json`, the client name, the FormData as body) and reads Formspree's JSON errors
 * with Formspree's own `SubmissionError`, so codes are normalised exactly as Formspree does.
 *
 * Why not the library's own `submitForm`: it calls `fetch` without a signal and reads only
 * `response.json()`, so it cannot do the three things below (its code, node_modules/@formspree/
 * core/dist/index.mjs, offers no option for any of them: no `fetch`, no signal, no status):
 *
 * - a time limit: a request that hangs is aborted, so a visitor is never left waiting;
 * - the HTTP status: 429 (too many requests), 413 (too long) and 5xx (Formspree down) get their
 *   own messages, and a 2xx answer whose body cannot be read still means the message arrived
 *   (the library turns all of these into one "Unexpected response format");
 * - offline detection: a browser that knows it is offline is told so without a request
 *   (`network`: certainly not sent). A request that fails once under way is `lost`, not Formspree's
 *   English "Failed to fetch": a browser cannot tell a connection that never opened from one cut
 *   after the message left (the message may have arrived, and a resend would send it twice).
 */
import {
  createClient,
  SubmissionError,
  type Client,
  type FieldValues,
  type SubmissionData,
  type SubmissionOptions,
  type SubmissionResult,
} from '@formspree/core';

/** Failures Formspree's client cannot tell apart; carried through `useSubmit` as a SubmissionError. */
export class TransportFailure extends SubmissionError {
  readonly reason: 'too-long' | 'rate-limited' | 'server' | 'network' | 'lost' | 'timeout' | 'unknown';
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

/** Formspree's JSON error answer (`{error}` or `{error, errors: [{code, field, message}]}`), as the library reads it. */
function errorFrom<T extends FieldValues>(body: unknown): SubmissionError<T> | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { errors, error } = body as { errors?: unknown; error?: unknown };
  if (Array.isArray(errors) && errors.every((entry) => typeof (entry as { message?: unknown })?.message === 'string')) {
    return errors.length ? new SubmissionError<T>(...(errors as { message: string }[])) : undefined;
  }
  return typeof error === 'string' ? new SubmissionError<T>({ message: error }) : undefined;
}

/** Sends one submission; never throws: every outcome is a success or a SubmissionError. */
export async function sendToFormspree<T extends FieldValues>(
  url: string,
  data: SubmissionData<T>,
  options: { clientName?: string | undefined; timeoutMs?: number; fetch?: typeof fetch; online?: () => boolean } = {},
): Promise<SubmissionResult<T>> {
  if (!(options.online ?? (() => globalThis.navigator?.onLine !== false))()) return new TransportFailure('network');
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
    if (response.status === 413) return new TransportFailure('too-long');
    if (response.status === 429) return new TransportFailure('rate-limited');
    if (response.status >= 500) return new TransportFailure('server');
    const body: unknown = await response.json().catch(() => undefined);
    // Formspree accepted it: whatever the body says (or if it cannot be read), it arrived.
    // Saying "not sent" here would invite a duplicate.
    if (response.ok) return { kind: 'success', next: String((body as { next?: unknown } | undefined)?.next ?? '') };
    return errorFrom<T>(body) ?? new TransportFailure(timedOut ? 'timeout' : 'unknown');
  } catch {
    return new TransportFailure(timedOut ? 'timeout' : 'lost');
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
