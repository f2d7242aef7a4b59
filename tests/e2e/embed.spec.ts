/** A section and an event embedded in another origin's page: loading, height, links, axe, framing rules. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { EMBEDDED, FRAMED_SITE, NEWSROOM } from './embed-host.ts';
import { content } from './sites.ts';

const { section: SECTION, event: EVENT } = EMBEDDED;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Whatever the embeds do inside another site's page must not trip their own CSP (or the headers' one).
let violations: string[] = [];
test.beforeEach(({ page }) => {
  violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
});
test.afterEach(() => expect(violations).toEqual([]));

const frameOf = (page: Page, id: string): FrameLocator =>
  page.frameLocator(`iframe[src^="${FRAMED_SITE}/embed/timeline/${id}/"]`);

/** The iframe's height and its content's, once the parent has applied the embed's last message. */
async function settledHeights(page: Page, id: string) {
  const iframe = page.locator(`iframe[src^="${FRAMED_SITE}/embed/timeline/${id}/"]`);
  const inner = () =>
    frameOf(page, id)
      .locator('html')
      .evaluate((html) => ({
        content: Math.ceil(html.getBoundingClientRect().height),
        scroll: html.scrollHeight,
        client: html.clientHeight,
      }));
  await expect
    .poll(async () => Math.abs((await iframe.evaluate((f) => f.clientHeight)) - (await inner()).content))
    .toBeLessThanOrEqual(1);
  return { frame: await iframe.evaluate((f) => f.clientHeight), ...(await inner()) };
}

for (const parent of ['pym.html', 'plain.html'] as const) {
  test(`embedded from another origin (${parent}), a section and an event fit their content at 800 and 320 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(`${NEWSROOM}/${parent}`);
    for (const id of [SECTION, EVENT]) {
      await expect(frameOf(page, id).getByRole('heading', { level: 1 })).toBeVisible();
    }
    const wide = await settledHeights(page, SECTION);
    await page.setViewportSize({ width: 320, height: 900 });
    for (const id of [SECTION, EVENT]) {
      // Browsers pause a frame out of view until it is scrolled to; pym.js's width message wakes it without that.
      if (parent === 'plain.html')
        await page.locator(`iframe[src^="${FRAMED_SITE}/embed/timeline/${id}/"]`).scrollIntoViewIfNeeded();
      const heights = await settledHeights(page, id);
      // No scrollbar inside the frame: the frame is as tall as what it shows.
      expect(heights.scroll, id).toBeLessThanOrEqual(heights.client);
      const overflow = await frameOf(page, id)
        .locator('html')
        .evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
    // Narrower means taller: the height followed the width.
    expect((await settledHeights(page, SECTION)).frame).toBeGreaterThan(wide.frame);
  });
}

test('without any script on the parent page, the embed keeps its fixed height and scrolls inside', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`${NEWSROOM}/bare.html`);
  const frame = frameOf(page, SECTION);
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  const iframe = page.locator(`iframe[src^="${FRAMED_SITE}/embed/timeline/${SECTION}/"]`);
  await expect(iframe).toHaveAttribute('height', '720');
  const { scroll, client } = await frame
    .locator('html')
    .evaluate((h) => ({ scroll: h.scrollHeight, client: h.clientHeight }));
  expect(client).toBe(720);
  expect(scroll).toBeGreaterThan(client);
});

test("an embed's links open the site's own pages in the top window and sources in a new tab", async ({
  page,
  context,
}) => {
  // Sources are on other sites, which this machine cannot reach: answer for them.
  await context.route(/^https:\/\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>source</title>' }),
  );
  await page.goto(`${NEWSROOM}/pym.html`);
  const event = frameOf(page, EVENT);
  const source = event.locator('cite a').first();
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(source).toHaveAttribute('rel', /noopener/);
  await expect(source).toHaveAttribute('rel', /noreferrer/);
  const [popup] = await Promise.all([context.waitForEvent('page'), source.click()]);
  expect(popup.url()).toMatch(/^https:\/\//);
  await popup.close();
  const title = content.events.find((e) => e.id === EVENT)?.data.title ?? '';
  const section = frameOf(page, SECTION);
  await section.getByRole('link', { name: title, exact: true }).click();
  await page.waitForURL(`${FRAMED_SITE}/timeline/${EVENT}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('the embed attribution links to the full page, in the top window', async ({ page }) => {
  await page.goto(`${NEWSROOM}/pym.html`);
  await frameOf(page, SECTION).getByRole('link', { name: 'Open the full section' }).click();
  await page.waitForURL(`${FRAMED_SITE}/timeline/${SECTION}/`);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a page with embeds, inside the frames too (${colorScheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    for (const width of [320, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${NEWSROOM}/pym.html`);
      await settledHeights(page, SECTION);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `${colorScheme}, ${width} px`).toEqual([]);
    }
  });
}

test('under the site headers, another origin may frame an embed but not a real page', async ({ page }) => {
  for (const [path, framable] of [
    [`/embed/timeline/${EVENT}/`, true],
    [`/timeline/${EVENT}/`, false],
    ['/timeline/', false],
    ['/', false],
  ] as const) {
    await page.goto(`${NEWSROOM}/frame${path}`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await page.waitForLoadState('load');
    if (framable) {
      expect(frame?.url(), path).toBe(`${FRAMED_SITE}${path}`);
      await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 }), path).toBeVisible();
      await expect(page.frameLocator('iframe').locator('link[rel="canonical"]'), path).toHaveCount(1);
    } else {
      // Chromium leaves a refused frame without the page (an error page or nothing), and says why.
      expect(['', 'chrome-error://chromewebdata/'], path).toContain(frame?.url());
      // Every page of the site has a canonical link; Chromium's error page has none.
      await expect(page.frameLocator('iframe').locator('link[rel="canonical"]'), path).toHaveCount(0);
    }
  }
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
  // The refusals are the point here, not a fault.
  const refused = violations.splice(0);
  expect(
    refused.every((message) => message.includes("frame-ancestors 'none'")),
    refused.join('\n'),
  ).toBe(true);
});
