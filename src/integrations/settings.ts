/**
 * Reads content/settings/site.md outside Astro (the build's integrations, `npm run deploy:check`)
 * and warns, at every build and dev start, while settings still hold their placeholders.
 * It never stops a build: a fresh clone must build; `npm run deploy:check` refuses to publish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { settingsSchema, type SettingsData } from '../model/schema.ts';
import { readFrontmatter } from '../model/frontmatter.ts';
import { formatIssues } from '../check/errors.ts';
import { isTextToken, placeholderMessage, placeholdersInUse, settingsFile, type TextToken } from '../model/settingTokens.ts';

/** The settings; throws a plain message naming the file and field when one is broken. */
export function readSettings(root: URL | string): SettingsData {
  const read = readFrontmatter(readFileSync(new URL(settingsFile, root), 'utf8'));
  if ('problem' in read) throw new Error(`${settingsFile}: ${read.problem}`);
  const data = read.data;
  const result = settingsSchema.safeParse(data);
  if (!result.success) throw new Error(formatIssues(settingsFile, result.error.issues, data).join('\n'));
  return result.data;
}

/** One line per setting still holding its placeholder; empty when all are set. */
export function placeholderProblems(settings: SettingsData): string[] {
  return placeholdersInUse(settings).map((name) => placeholderMessage(name, settings[name]));
}

/** Built pages that still show a placeholder: page path (from `dist`) → the values missing there. */
export function builtPlaceholders(dist: string): Map<string, TextToken[]> {
  const found = new Map<string, TextToken[]>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const names = [...readFileSync(path, 'utf8').matchAll(/data-setting-placeholder="(\w+)"/g)].map((match) => match[1] ?? '').filter(isTextToken);
        if (names.length) found.set(path, [...new Set(names)]);
      }
    }
  };
  walk(dist);
  return found;
}

export function settingsNotice(): AstroIntegration {
  let root: URL | undefined;
  const report = (logger: { warn(message: string): void }) => {
    if (!root) return;
    // One line for the build; `npm run deploy:check` explains each setting.
    const unset = placeholdersInUse(readSettings(root));
    if (unset.length)
      logger.warn(
        `The privacy page shows placeholders for ${unset.join(', ')}: fill them in ${settingsFile} (ADMIN.md, "Privacy settings"). Publishing is refused until then.`,
      );
  };
  return {
    name: 'lisko-settings',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = config.root;
      },
      'astro:build:start': ({ logger }) => report(logger),
      'astro:server:start': ({ logger }) => report(logger),
    },
  };
}
