/**
 * The glossary page explains the French abbreviations visitors meet in Luxembourg (BPI, DPI, ONA).
 * Where one first appears in a page or service text, it is a link to its explanation, so nobody
 * is left with a word they do not know. The abbreviations are the German glossary's headings
 * written in capitals (`## BPI`): one added there is checked like the others.
 */
import { pagePaths } from '../routing/pages.ts';
import { firstMention } from './markdown.ts';

/** `## BPI` → `BPI`: the headings of the glossary text that are abbreviations. */
export function glossaryTerms(glossaryText: string): string[] {
  return [...glossaryText.matchAll(/^ {0,3}##[ \t]+([A-Z]{2,8})[ \t]*$/gm)].map((match) => match[1] ?? '');
}

/** `../../glossary/#bpi`: the link to a term's explanation from the page at `address` (`/de/services/housing/`). */
export function glossaryLink(term: string, address: string): string {
  return `${'../'.repeat(address.split('/').filter(Boolean).length - 1)}${pagePaths.glossary}#${term.toLowerCase()}`;
}

/**
 * The line where `term` first appears in `text` without being a link to its explanation in the
 * glossary of `lang`, seen from the page at `address`; undefined when it is linked or not used.
 * A link to the glossary whose `#part` names none of `glossaryIds` (its headings) is left to the
 * link check, which says so: one message for one mistake.
 */
export function unlinkedTerm(text: string, term: string, address: string, lang: string, glossaryIds: readonly string[]): number | undefined {
  const mention = firstMention(text, term);
  if (!mention) return undefined;
  if (mention.target !== undefined) {
    const url = new URL(mention.target, `https://site.invalid${address}`);
    const part = decodeURIComponent(url.hash.slice(1));
    if (url.pathname === `/${lang}/${pagePaths.glossary}` && (part === term.toLowerCase() || (part !== '' && !glossaryIds.includes(part)))) return undefined;
  }
  return mention.line;
}
