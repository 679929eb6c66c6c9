/**
 * Where the contact form sends its messages. The Formspree form id lives in one place,
 * content/settings/site.md (`formspreeFormId`); two environment variables, read at build time,
 * override it for a deployment, for tests and for local development:
 *
 * - `PUBLIC_FORMSPREE_FORM_ID`: another form id (e.g. set by the deploy workflow);
 * - `PUBLIC_FORMSPREE_ENDPOINT`: another origin than https://formspree.io, e.g. the local fake
 *   (tests/support/fake-formspree.ts) at http://127.0.0.1:4502.
 *
 * Pure: the build, the deploy check and the unit tests all use it.
 */
import { formspreeFormIdSchema } from '../model/schema.ts';
import { formspreePlaceholderId } from '../model/model.ts';

export const formspreeOrigin = 'https://formspree.io';

/** Where an editor or a deployer sets the real form id; printed by warnings and the deploy check. */
export const whereToSetFormId = 'set formspreeFormId in content/settings/site.md (or the environment variable PUBLIC_FORMSPREE_FORM_ID at build time)';

export interface FormspreeTarget {
  formId: string;
  /** `https://formspree.io`, or the override. */
  origin: string;
  /** The form's `action`: `${origin}/f/${formId}`. */
  action: string;
  /** Where the id came from, for messages. */
  idSource: 'content/settings/site.md' | 'PUBLIC_FORMSPREE_FORM_ID';
  /** True while the shipped placeholder is in use: messages cannot reach LISKO. */
  isPlaceholder: boolean;
  /** True when the form posts somewhere other than https://formspree.io (tests, development). */
  isLocalOverride: boolean;
}

/** Empty strings count as unset (CI systems often define variables as empty). */
function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Resolves the target; throws with a plain message when an override is malformed. */
export function resolveFormspree(
  settingsFormId: string,
  env: { PUBLIC_FORMSPREE_FORM_ID?: string | undefined; PUBLIC_FORMSPREE_ENDPOINT?: string | undefined },
): FormspreeTarget {
  const envId = given(env.PUBLIC_FORMSPREE_FORM_ID);
  const idSource = envId ? 'PUBLIC_FORMSPREE_FORM_ID' : 'content/settings/site.md';
  const parsed = formspreeFormIdSchema.safeParse(envId ?? settingsFormId);
  if (!parsed.success) {
    const where = envId ? 'PUBLIC_FORMSPREE_FORM_ID' : 'content/settings/site.md: "formspreeFormId"';
    throw new Error(`${where} ${parsed.error.issues[0]?.message ?? 'is not a valid Formspree form id'} (found ${JSON.stringify(envId ?? settingsFormId)})`);
  }
  const origin = endpointOrigin(given(env.PUBLIC_FORMSPREE_ENDPOINT));
  const formId = parsed.data;
  return {
    formId,
    origin,
    action: `${origin}/f/${encodeURIComponent(formId)}`,
    idSource,
    isPlaceholder: formId === formspreePlaceholderId,
    isLocalOverride: origin !== formspreeOrigin,
  };
}

/** `http://127.0.0.1:4502/` → `http://127.0.0.1:4502`; only http(s) origins, no path. */
function endpointOrigin(value: string | undefined): string {
  if (!value) return formspreeOrigin;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_FORMSPREE_ENDPOINT must be an address like https://formspree.io or http://127.0.0.1:4502 (found ${JSON.stringify(value)})`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash) {
    throw new Error(
      `PUBLIC_FORMSPREE_ENDPOINT must be only an origin like https://formspree.io or http://127.0.0.1:4502, without a path (found ${JSON.stringify(value)})`,
    );
  }
  return url.origin;
}

/** The warnings a build prints for this target; empty when it is ready to publish. */
export function formspreeWarnings(target: FormspreeTarget): string[] {
  const warnings: string[] = [];
  if (target.isPlaceholder) {
    warnings.push(
      `The contact form uses the placeholder Formspree form id "${formspreePlaceholderId}": messages cannot reach LISKO. To fix it, ${whereToSetFormId}.`,
    );
  }
  if (target.isLocalOverride) {
    warnings.push(
      `The contact form posts to ${target.origin} (PUBLIC_FORMSPREE_ENDPOINT), not ${formspreeOrigin}: this build is for tests or local development; do not publish it.`,
    );
  }
  return warnings;
}
