/**
 * Writes dist/_headers and dist/_redirects by hand, for a build made without them:
 * `node scripts/host-files.ts [dist]` (BASE_PATH from the environment). Every `astro build`
 * already does this (src/integrations/hostFiles.ts); the work is in src/deploy/hostFiles.ts.
 */
import { pathToFileURL } from 'node:url';
import { writeHostFiles } from '../src/deploy/hostFiles.ts';
import { formspreeTargetFor } from '../src/integrations/formspree.ts';

const dir = process.argv[2] ?? 'dist';
const counts = writeHostFiles(dir, 'public', process.env['BASE_PATH'] ?? '/', formspreeTargetFor(pathToFileURL(`${process.cwd()}/`)).action);
console.log(`${dir}/_headers: ${counts.scripts} inline script hash(es), ${counts.styles} style hash(es)`);
