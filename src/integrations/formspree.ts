/**
 * Says, at every build and dev start, where the contact form sends its messages, and warns while
 * the placeholder form id is in use (or while it posts to a local fake), naming where to set the
 * real one. It never stops a build: a fresh clone must build; `npm run deploy:check` refuses to
 * publish instead.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadEnv } from 'vite';
import { formspreeWarnings, resolveFormspree, type FormspreeTarget } from '../contact/formspree.ts';
import { readSettings } from './settings.ts';

/** The form id written in content/settings/site.md; throws a plain message when it is broken. */
export function readSettingsFormId(root: URL | string): string {
  return readSettings(root).formspreeFormId;
}

/**
 * The target as a build in `mode` sees it: the settings file, overridden by the environment.
 * Vite's own loader, so `.env` files count exactly as they do for the page (process.env wins).
 */
export function formspreeTargetFor(root: URL | string, mode = 'production'): FormspreeTarget {
  return resolveFormspree(readSettingsFormId(root), loadEnv(mode, fileURLToPath(root), 'PUBLIC_FORMSPREE_'));
}

export function formspreeNotice(): AstroIntegration {
  let root: URL | undefined;
  let mode = 'production';
  const report = (logger: { info(message: string): void; warn(message: string): void }) => {
    if (!root) return;
    const target = formspreeTargetFor(root, mode);
    logger.info(`Contact form posts to ${target.action} (form id from ${target.idSource}).`);
    for (const warning of formspreeWarnings(target)) logger.warn(warning);
  };
  return {
    name: 'lisko-formspree',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        root = config.root;
        mode = command === 'dev' ? 'development' : 'production';
      },
      'astro:build:start': ({ logger }) => report(logger),
      'astro:server:start': ({ logger }) => report(logger),
    },
  };
}
