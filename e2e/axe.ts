import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
let source: string | null = null;
const axeSource = () => (source ??= fs.readFileSync(AXE, 'utf8'));

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** The violations axe-core finds that WCAG 2.1 AA makes serious or critical. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // A dialog still fading in has the colours of half its opacity: check what a person sees once it is open.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy rightly refuses
  // an injected <script>, and we test the app with its real headers.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource()}\n;true`);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations;
  });
  return (violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `      at ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`,
        )
        .join('\n');
      const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Fails with a readable list when the page has serious or critical accessibility violations. */
export async function expectAccessible(page: Page, label: string) {
  const violations = await seriousViolations(page);
  // Compared as one line per rule, so a failure reads as the list above, not as a deep diff.
  expect(
    violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`),
    `axe-core found serious or critical violations on ${label}:\n${describeViolations(violations)}`,
  ).toEqual([]);
}

/** The two widths every page must work at: a laptop and a small phone. */
export const WIDTHS = [1280, 375] as const;

/** Checks the page with axe at both widths, and leaves it at the first. */
export async function expectAccessibleAtAllWidths(page: Page, label: string) {
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // Let the layout settle (Mantine switches the navigation to a burger below 'sm').
    await page.waitForTimeout(100);
    await expectAccessible(page, `${label} at ${width}px`);
    // Polled: just after a resize the page may still hold the wider layout for a frame or two
    // (seen at 20 ms, gone at 50 ms); what must not scroll sideways is the layout it settles in.
    await expect
      .poll(
        () =>
          page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        { message: `${label} at ${width}px scrolls sideways (px)`, timeout: 5_000 },
      )
      .toBeLessThanOrEqual(0);
  }
  await page.setViewportSize(original);
}

/**
 * The page does not scroll sideways. Polled: just after a resize the page may hold the wider
 * layout for a frame or two (seen at 20 ms, gone at 50 ms); what must fit is the layout it
 * settles in.
 */
export async function expectNoSidewaysScroll(page: Page, label: string) {
  try {
    await expect
      .poll(
        () =>
          page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        { timeout: 5_000 },
      )
      .toBeLessThanOrEqual(0);
  } catch {
    const wide = await widestElements(page);
    throw new Error(`${label} scrolls sideways; what reaches past the edge:\n${wide.join('\n')}`);
  }
}

/** The innermost elements reaching past the viewport's right edge, named for a failure message. */
function widestElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll('body *')].filter(
      (e) => e.getBoundingClientRect().right > edge + 1,
    );
    const innermost = past.filter((e) => !past.some((other) => other !== e && e.contains(other)));
    return innermost.slice(0, 8).map((e) => {
      const text = (e.textContent ?? '').trim().slice(0, 60);
      const cls = typeof e.className === 'string' ? e.className.split(' ').slice(0, 2).join('.') : '';
      return `  ${e.tagName.toLowerCase()}${cls ? `.${cls}` : ''} right=${Math.round(e.getBoundingClientRect().right)} "${text}"`;
    });
  });
}
