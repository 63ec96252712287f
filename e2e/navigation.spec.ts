import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { da, expect, test } from './fixtures';
import type { DemoAccount } from '../src/modules/demo/data';

/*
 * The menu at a laptop's 1366 × 900: every entry a role has is on screen at once — none below the
 * fold, none under the person's name and the sign-out button (those sit in the header) — and the
 * menu column itself does not scroll. On a 390 px phone the menu opens from the burger with
 * finger-sized entries, the sign-out at its end. The organisation admins alone see the outbox.
 */
const ROLES: { account: DemoAccount; atLeast: number; outbox: boolean }[] = [
  { account: 'orgAdmin', atLeast: 29, outbox: true },
  { account: 'hr', atLeast: 25, outbox: false },
  { account: 'areaLeader', atLeast: 25, outbox: false },
  { account: 'institutionLeader', atLeast: 25, outbox: false },
  { account: 'employee', atLeast: 21, outbox: false },
  { account: 'resourcePerson', atLeast: 21, outbox: false },
];

const menu = (page: Page) => page.getByRole('navigation', { name: da.nav.main });

/** Entries whose box leaves the window, or whose middle another element covers. */
async function entriesOffScreen(page: Page): Promise<string[]> {
  return menu(page).evaluate((nav) => {
    const out: string[] = [];
    for (const link of nav.querySelectorAll('a')) {
      const box = link.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const inWindow = box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
      if (!inWindow || !hit || !link.contains(hit)) out.push(link.textContent ?? '');
    }
    return out;
  });
}

for (const { account, atLeast, outbox } of ROLES) {
  test(`the ${account}'s menu shows every entry at 1366 × 900 and opens on a phone`, async ({
    page,
    signIn,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(account);
    const nav = menu(page);
    await expect(nav.getByRole('link', { name: da.nav.settings })).toBeVisible();
    expect(await nav.getByRole('link').count(), `${account}'s menu entries`).toBeGreaterThanOrEqual(atLeast);
    expect(await entriesOffScreen(page), `${account}'s entries not fully on screen`).toEqual([]);
    const scrolls = await nav.evaluate((el) =>
      [...el.querySelectorAll('*')].some(
        (child) => getComputedStyle(child).overflowY === 'auto' && child.scrollHeight > child.clientHeight,
      ),
    );
    expect(scrolls, `${account}'s menu scrolls`).toBe(false);
    await expect(nav.getByRole('link', { name: da.nav.outbox })).toHaveCount(outbox ? 1 : 0);
    // The person and sign-out are in the header, not under the entries.
    const header = page.getByRole('banner');
    await expect(header.getByRole('button', { name: da.nav.signOut })).toBeVisible();
    await expectAccessible(page, `${account}'s start page at 1366 × 900`);

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(nav).not.toBeInViewport();
    await page.getByRole('button', { name: da.nav.menu }).click();
    await expect(nav.getByRole('link', { name: da.nav.home })).toBeInViewport();
    const first = await nav.getByRole('link').first().boundingBox();
    expect(first!.height, 'a phone menu entry is finger-sized').toBeGreaterThanOrEqual(40);
    // The whole menu is reachable: its last entry and the sign-out scroll into view inside it.
    const last = nav.getByRole('link', { name: da.nav.settings });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await expect(nav.getByRole('button', { name: da.nav.signOut })).toBeInViewport();
    await expectAccessible(page, `${account}'s menu open on a 390 px phone`);
    await last.click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(nav).not.toBeInViewport();
  });
}
