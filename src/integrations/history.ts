/**
 * Stops a production `astro build` in a shallow git clone, with a plain message: its "Last
 * updated" dates and outdated-translation notices would be wrong (src/editorial/gitHistory.ts).
 * A test build (`npm run build:test`, which posts the form to the local fake Formspree) may
 * run anywhere: its dates are never published, and `npm run deploy:check` refuses it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { historyProblem } from '../editorial/gitHistory.ts';

/** A production build: `astro build` that is not the test build. */
export function isProductionBuild(command: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return command === 'build' && !env['PUBLIC_FORMSPREE_ENDPOINT'];
}

export default function fullHistory(): AstroIntegration {
  return {
    name: 'lisko:full-history',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (!isProductionBuild(command)) return;
        const problem = historyProblem(fileURLToPath(config.root).replace(/\/$/, ''));
        if (!problem) return;
        console.error(`\n${problem}\n\nNothing was built.\n`);
        // Exit rather than throw: a stack trace would bury the message.
        process.exit(1);
      },
    },
  };
}
