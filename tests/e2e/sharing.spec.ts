import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { content, FIXTURE_SITE, sitemapPaths, SITE } from './sites.ts';

const dist = join(import.meta.dirname, '../../dist');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (page: Page, property: string) =>
  page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');

async function expectPreview(page: Page, path: string, title: string): Promise<string> {
  await page.goto(path);
  expect(await meta(page, 'og:title'), path).toBe(await page.title());
  expect(await page.title(), path).toContain(title);
  expect(await meta(page, 'og:description'), path).toBeTruthy();
  expect(await meta(page, 'og:url'), path).toBe(`http://localhost:4321${path}`);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toBe(`http://localhost:4321${path}`);
  expect(await meta(page, 'twitter:card'), path).toBe('summary_large_image');
  const image = (await meta(page, 'og:image')) ?? '';
  expect(image, path).toMatch(/^https?:\/\/[^/]+\/previews\/.+\.png$/);
  expect(await meta(page, 'og:image:width')).toBe('1200');
  expect(await meta(page, 'og:image:height')).toBe('630');
  expect(await meta(page, 'og:image:alt'), path).toContain(title);
  expect(pngSize(join(dist, new URL(image).pathname)), image).toEqual({ width: 1200, height: 630 });
  return image;
}

test('every event page has its own title, description, canonical URL and preview image', async ({ page }) => {
  // One visit per page: time for a long timeline on a busy machine.
  test.setTimeout(120_000);
  const images = new Set<string>();
  for (const event of content.events) {
    images.add(await expectPreview(page, `/timeline/${event.id}/`, event.data.title));
    expect(await meta(page, 'og:type')).toBe('article');
    expect(await meta(page, 'og:description')).toBe(event.data.summary);
  }
  expect(images.size).toBe(content.events.length);
});

test('every section has a shareable page with its own preview listing its events', async ({ page }) => {
  for (const section of content.sections) {
    await expectPreview(page, `/timeline/${section.id}/`, section.data.title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.data.title);
    for (const event of content.events.filter((e) => e.data.section === section.id)) {
      await expect(page.getByRole('link', { name: event.data.title, exact: true })).toHaveAttribute(
        'href',
        `/timeline/${event.id}/`,
      );
    }
    await expect(page.getByRole('link', { name: 'Read this part in the full timeline' })).toHaveAttribute(
      'href',
      `/timeline/#${section.id}`,
    );
  }
});

test('every other page has a preview too', async ({ page }) => {
  for (const path of ['/', '/timeline/', '/facts/', '/sources/', '/about/']) {
    await page.goto(path);
    expect(await meta(page, 'og:image'), path).toMatch(/\/previews\/home\.png$/);
    expect(await meta(page, 'og:site_name'), path).toBeTruthy();
  }
});

test('an old event address redirects to the renamed event', async ({ page }) => {
  await page.goto(`${FIXTURE_SITE}/timeline/old-first-event/`);
  await page.waitForURL(`${FIXTURE_SITE}/timeline/first-event/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The first event');
  // astro preview answers 404 for a path without a trailing slash, so read the file the build wrote.
  const redirects = readFileSync(join(dist, '../dist-fixture/_redirects'), 'utf8');
  expect(redirects).toContain('/timeline/old-first-event/ /timeline/first-event/ 301');
  expect(await sitemapPaths(FIXTURE_SITE)).not.toContain('/timeline/old-first-event/');
});

test('the feed is valid XML listing every event and correction, newest first, with absolute links', async ({
  page,
}) => {
  await page.goto('/');
  const items = await page.evaluate(async () => {
    const xml = new DOMParser().parseFromString(await (await fetch('/rss.xml')).text(), 'application/xml');
    if (xml.querySelector('parsererror')) throw new Error('feed is not well-formed XML');
    return [...xml.querySelectorAll('item')].map((item) => ({
      title: item.querySelector('title')?.textContent ?? '',
      link: item.querySelector('link')?.textContent ?? '',
      date: item.querySelector('pubDate')?.textContent ?? '',
    }));
  });
  // One item per event, and one per log entry of anything: events, facts, sections and the article.
  const logs = [...content.events, ...content.facts, ...content.sections, ...content.article].reduce(
    (sum, entry) => sum + entry.data.log.length,
    0,
  );
  expect(items).toHaveLength(content.events.length + logs);
  expect(new Set(items.map((item) => item.link)).size).toBe(items.length);
  for (const event of content.events) {
    expect(items).toContainEqual(
      expect.objectContaining({ title: event.data.title, link: `http://localhost:4321/timeline/${event.id}/` }),
    );
  }
  const dated = items.filter((item) => item.date).map((item) => Date.parse(item.date));
  expect(dated).toEqual([...dated].sort((a, b) => b - a));
  // The burial is known only to the month: its item carries no invented day.
  expect(items.find((item) => item.link.endsWith('/timeline/kaetuai-buried/'))?.date).toBe('');
});

test('structured data describes the article and the timeline', async ({ page }) => {
  const jsonLd = async (path: string) => {
    await page.goto(path);
    const text = await page.locator('script[type="application/ld+json"]').textContent();
    return JSON.parse(text ?? '') as Record<string, unknown>;
  };
  const article = await jsonLd('/');
  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: content.article[0]?.data.title,
    datePublished: '2025-03-26',
    creditText: content.article[0]?.data.credit,
  });
  expect(article['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect((article['citation'] as unknown[]).length).toBe(content.article[0]?.data.sources.length);
  const list = await jsonLd('/timeline/');
  expect(list).toMatchObject({ '@type': 'ItemList', numberOfItems: content.events.length });
  expect((list['itemListElement'] as { url: string }[])[0]?.url).toMatch(
    /^http:\/\/localhost:4321\/timeline\/[a-z0-9-]+\/$/,
  );
});

test('robots.txt points at the sitemap, which lists the section and event pages', async () => {
  const robots = await (await fetch(`${SITE}/robots.txt`)).text();
  expect(robots).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
  const paths = await sitemapPaths(SITE);
  for (const section of content.sections) expect(paths).toContain(`/timeline/${section.id}/`);
});
