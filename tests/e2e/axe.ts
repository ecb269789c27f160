import {createRequire} from 'node:module';
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';

const require = createRequire(__filename);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: {target: string[]}[];
}

/** The WCAG 2.1 A/AA rules that read colours: all a colour scheme can change, as it changes no element. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core in the page with the WCAG 2.1 A/AA rules (or, with `coloursOnly`, those of COLOUR_RULES: for the
 * same page in its other colour scheme); returns the violations, readable.
 */
export async function axeViolations(page: Page, options: {coloursOnly?: boolean} = {}): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the site's CSP (which the test server
  // sends) rightly refuses inline scripts it does not know.
  // Colours still changing (a theme switch starts CSS transitions, e.g. on navbar links) would be measured half-way:
  // on a busy machine axe met them mid-transition. Wait for every running transition and finite animation to end.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity).map((animation) => animation.finished.catch(() => undefined))));
  await page.evaluate(AXE_SOURCE);
  const runOnly = options.coloursOnly ? {type: 'rule', values: COLOUR_RULES} : {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']};
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: AxeViolation[]}>}}).axe;
    const result = await axe.run(document, {runOnly: only});
    return result.violations;
  }, runOnly);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
