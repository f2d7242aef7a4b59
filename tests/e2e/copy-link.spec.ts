import { expect, test } from '@playwright/test';
import { SITE } from './sites.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('copying an event link puts the absolute URL of its own page on the clipboard and says so', async ({ page }) => {
  await page.goto('/timeline/');
  // Located by place, not name: the button's name changes once it has copied.
  const button = page.locator('article#kaetuai-killed copy-link button');
  await button.click();
  await expect(button).toContainText('Link copied');
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await clipboard(page)).toBe(`${SITE}/timeline/kaetuai-killed/`);
});

test("copying a section link copies the section's own page", async ({ page }) => {
  await page.goto('/timeline/');
  await page
    .locator('section#the-first-casualty > .head')
    .getByRole('button', { name: /^Copy link/ })
    .click();
  expect(await clipboard(page)).toBe(`${SITE}/timeline/the-first-casualty/`);
});

test('a copied link pasted into a new tab opens that event, with a way back to its place in the timeline', async ({
  page,
  context,
}) => {
  await page.goto('/timeline/');
  await page.locator('article#cpt-says-officer-killed copy-link button').click();
  const pasted = await context.newPage();
  await pasted.goto(await clipboard(page));
  await expect(pasted.getByRole('heading', { level: 1 })).toHaveText(/Transitional Presidential Council/);
  await pasted.getByRole('link', { name: 'See this event in the timeline' }).click();
  await expect(pasted.locator('article#cpt-says-officer-killed')).toBeInViewport();
  await expect(pasted.locator('article#cpt-says-officer-killed')).toBeFocused();
});

test('each copy control names what it copies', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(
    page.getByRole('button', { name: /^Copy link\W+Kaetuai is buried at Naserian village, Kajiado East$/ }),
  ).toHaveCount(1);
});

test('the timeline works from the keyboard alone', async ({ page }) => {
  await page.goto('/timeline/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // Tab on to the first copy control and use it with the keyboard.
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.textContent?.startsWith('Copy link') ?? false);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await clipboard(page)).toBe(`${SITE}/timeline/the-mission/`);
});

test('where copying is refused, the link appears selected in a field, to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.goto('/timeline/');
  await page.locator('article#kaetuai-killed copy-link button').click();
  const field = page.locator('article#kaetuai-killed copy-link').getByRole('textbox', { name: /Copy this link/ });
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(`${SITE}/timeline/kaetuai-killed/`);
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el: HTMLInputElement) =>
    el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
  );
  expect(selected).toBe(`${SITE}/timeline/kaetuai-killed/`);
  await expect(page.getByRole('status')).toContainText('Copying is not available here');
});

test('where the device has a share sheet, the control opens it with the item’s own page', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.goto('/timeline/');
  const button = page.locator('article#kaetuai-buried copy-link button');
  await expect(button).toHaveAccessibleName(/^Share\W+Kaetuai is buried at Naserian village, Kajiado East$/);
  await button.click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared.map((data) => data.url)).toEqual([`${SITE}/timeline/kaetuai-buried/`]);
});

test('without a share sheet the control copies instead', async ({ page }) => {
  await page.goto('/timeline/');
  expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
  await expect(page.locator('article#kaetuai-buried copy-link button')).toHaveAccessibleName(/^Copy link\W/);
});
