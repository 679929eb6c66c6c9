/**
 * Vite plugin: the web editor's build leaves out the code-highlighting grammars of @shikijs/langs.
 *
 * Sveltia CMS's npm build names every grammar shiki has (over 240) as a lazy `import()`, so Vite
 * emits each as its own file: about 10 MB of /_astro/ that only a code block in the Markdown text
 * would load, to colour it (this site's texts have none, and the content check's rules are about
 * words and links). Each of these imports is answered here with one empty grammar list instead.
 * A code block still works: the editor catches a grammar that adds nothing and shows the code
 * without colours. The CMS is MIT-licensed; leaving out files it loads lazily changes none of it.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** A real file (not a virtual module), so its one small chunk in /_astro/ has a plain name. */
export const noGrammar = fileURLToPath(new URL('../admin/browser/noGrammar.ts', import.meta.url));

/** `@shikijs/langs/yaml`: one of shiki's grammars, as the CMS imports it. */
export const isGrammarImport = (source: string): boolean => /^@shikijs\/langs\/[\w.+-]+$/.test(source);

export function cmsWithoutGrammars(): Plugin {
  let entry: string | undefined;
  return {
    name: 'lisko-cms-without-grammars',
    enforce: 'pre',
    resolveId(source, importer) {
      entry ??= createRequire(import.meta.url).resolve('@sveltia/cms');
      if (!isGrammarImport(source) || importer?.split('?')[0] !== entry) return null;
      return noGrammar;
    },
  };
}
