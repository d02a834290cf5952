// axe-core run in a playwright page: the violations as "rule-id (number of nodes)", for end-to-end tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Injects axe into `page` (its context needs `bypassCSP` on strict pages) and runs it on the whole page. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { violations } = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe.run();
    return violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}
