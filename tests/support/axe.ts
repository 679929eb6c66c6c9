/**
 * axe-core in a loaded page, injected once per document and run as often as a test needs.
 * @axe-core/playwright's AxeBuilder injects its 500 KB script again on every analyze() (about a
 * third of a run's time), and the every-page sweep runs axe twice on 129 pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** The axe-core that @axe-core/playwright itself uses (resolved from it, not hoisted by chance). */
const require = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The rules whose result depends on colours. A change of colour scheme changes only colours
 * (the `prefers-color-scheme` blocks in src/styles/global.css set colours and nothing else), so
 * after a full run in one scheme these are all that can give another answer in the other.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

/**
 * axe's violations in the page (WCAG 2.2 AA), one line each. `rules` limits the run to those
 * rules; `include` to those parts of the page.
 */
export async function axeViolations(page: Page, { rules, include }: { rules?: string[]; include?: string[] } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({ tags, rules, include }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
      const context = include ? { include: include.map((selector) => [selector]) } : document;
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const result = await axe.run(context, { runOnly, resultTypes: ['violations'] });
      return result.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) }));
    },
    { tags: wcagTags, rules, include },
  );
  return violations.map(summary);
}

function summary(violation: Violation): string {
  const targets = violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target));
  return `${violation.id}: ${violation.help} — ${violation.nodes.length} element(s): ${targets.join(' ')}`;
}
