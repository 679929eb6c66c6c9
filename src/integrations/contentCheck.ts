/**
 * Runs the content check inside Astro, before Astro reads the content, so that `astro build`
 * run directly (not through `npm run build`) also stops with the plain list of problems
 * instead of Astro's own message, which names only the first problem, without the value found.
 * In `astro dev` the problems are printed as warnings, again after every change in content/.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from '../check/check.ts';
import { formatProblems, publicFileProblems, readCheckOptions, readContentFiles } from '../check/files.ts';

function problemsIn(root: string): string[] {
  return [...checkContent(readContentFiles(root), readCheckOptions(root)), ...publicFileProblems(root)];
}

function warn(logger: AstroIntegrationLogger, problems: readonly string[]): void {
  if (!problems.length) return;
  logger.warn(`The content has ${problems.length} problem${problems.length > 1 ? 's' : ''} (EDITING.md explains every message):`);
  for (const problem of problems) logger.warn(`  ✗ ${problem}`);
}

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'lisko:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const problems = problemsIn(root);
        if (command === 'dev') return warn(logger, problems);
        if (command === 'preview' || !problems.length) return;
        console.error(formatProblems(problems));
        // Exit rather than throw: a thrown error would bury the list under a stack trace.
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(`${root.replace(/\/$/, '')}/content/`)) warn(logger, problemsIn(root));
        });
      },
    },
  };
}
