import type { Browser, Page } from '@playwright/test';
import { DEMO_PASSWORD, signInWithPassword } from './fixtures';

/**
 * A phone-sized browser of its own (375 × 740 unless `width` says otherwise, touch, Danish,
 * Copenhagen time) beside the page a journey drives, collecting any error thrown in it; signed in
 * as `email` when one is given.
 */
export async function phone(
  browser: Browser,
  options: { baseURL?: string | undefined; email?: string; width?: number } = {},
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    viewport: { width: options.width ?? 375, height: 740 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  if (options.email) {
    await signInWithPassword(page, options.email, DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  }
  return { page, errors, close: () => context.close() };
}
