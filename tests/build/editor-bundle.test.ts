/**
 * The web editor's bundle leaves out the code-highlighting grammars (src/integrations/cmsGrammars.ts):
 * over 240 files the editor would load only to colour a code block. Checked on the built files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../support/testProject.ts';
import { variantDist } from '../support/variantSite.ts';
import { read } from './variant.ts';

/** How a shiki grammar module starts its JSON: every grammar names its scope. */
const grammarMarker = '\\"scopeName\\":';

test('no code-highlighting grammar is in /_astro/, and the editor page still loads its script', () => {
  const grammars = join(projectRoot, 'node_modules/@shikijs/langs/dist');
  // The marker finds a grammar where there is one.
  expect(readFileSync(join(grammars, 'yaml.mjs'), 'utf8')).toContain(grammarMarker);
  const assets = join(variantDist, '_astro');
  const withGrammar = readdirSync(assets)
    .filter((file) => /\.m?js$/.test(file))
    .filter((file) => readFileSync(join(assets, file), 'utf8').includes(grammarMarker));
  expect(withGrammar).toEqual([]);
  // The editor's page names its script, and the script names the grammar stand-in instead.
  const script = /<script type="module" src="[^"]*\/_astro\/([^"]+\.js)"/.exec(read('admin/index.html'))?.[1];
  expect(script).toBeDefined();
  expect(readFileSync(join(assets, script!), 'utf8')).toMatch(/import\(`\.\/noGrammar\.[\w-]+\.js`\)/);
});
