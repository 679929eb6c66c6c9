/**
 * After every build: dist/_headers (CSP with the hashes of the inline scripts actually built,
 * security and caching headers) and dist/_redirects, from the templates in public/, with `base`
 * in front of every path. src/deploy/hostFiles.ts explains why not Astro's own `security.csp`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeHostFiles } from '../deploy/hostFiles.ts';
import { formspreeTargetFor } from './formspree.ts';

/** `base` as astro.config.mjs was given it (BASE_PATH), so the paths are written exactly as before. */
export default function hostFiles(base: string): AstroIntegration {
  let publicDir: URL | undefined;
  let root: URL | undefined;
  return {
    name: 'lisko:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = config.publicDir;
        root = config.root;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!publicDir || !root) throw new Error('lisko:host-files: astro:config:done did not run');
        // The CSP allows exactly the address the contact form posts to.
        const formEndpoint = formspreeTargetFor(root).action;
        const counts = writeHostFiles(fileURLToPath(dir), fileURLToPath(publicDir), base, formEndpoint);
        logger.info(`CSP (_headers and ${counts.pages} pages): ${counts.scripts} inline script hash(es), ${counts.styles} style hash(es)`);
      },
    },
  };
}
