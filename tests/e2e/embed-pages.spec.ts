/** Embed pages on their own: their oEmbed files and discovery, their page rules, the Embed control. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { unfurl } from 'unfurl.js';
import { EMBEDDED } from './embed-host.ts';
import { content, SITE } from './sites.ts';

const { section: SECTION, event: EVENT } = EMBEDDED;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const dist = join(import.meta.dirname, '../../dist');

/** Every oEmbed file the build wrote, by the embed path it describes. */
function oembedFiles(): Map<string, Record<string, unknown>> {
  const files = new Map<string, Record<string, unknown>>();
  const read = (dir: string, path: string) =>
    files.set(path, JSON.parse(readFileSync(join(dist, dir, 'oembed.json'), 'utf8')) as Record<string, unknown>);
  read('embed/timeline', '/embed/timeline/');
  for (const entry of readdirSync(join(dist, 'embed/timeline'), { withFileTypes: true })) {
    if (entry.isDirectory() && readdirSync(join(dist, 'embed/timeline', entry.name)).includes('oembed.json')) {
      read(`embed/timeline/${entry.name}`, `/embed/timeline/${entry.name}/`);
    }
  }
  return files;
}

test('every oEmbed file is a valid oEmbed 1.0 rich response for its embed', () => {
  const files = oembedFiles();
  expect(files.size).toBe(1 + content.sections.length + content.events.length);
  for (const [path, data] of files) {
    // https://oembed.com/ §2.3.4: type and version always; html, width and height for rich.
    expect(data['type'], path).toBe('rich');
    expect(data['version'], path).toBe('1.0');
    expect(typeof data['html'], path).toBe('string');
    for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height', 'cache_age']) {
      expect(Number.isInteger(data[key]) && (data[key] as number) > 0, `${path} ${key}`).toBe(true);
    }
    // The thumbnail's three fields come together or not at all; it is the real page's preview image.
    expect(data['thumbnail_url'], path).toMatch(/^http:\/\/localhost:4321\/previews\/.+\.png$/);
    expect(data['provider_name'], path).toBe('MSS Haiti explainer');
    expect(data['provider_url'], path).toBe('http://localhost:4321/');
    expect(typeof data['title'], path).toBe('string');
    const html = String(data['html']);
    expect(html, path).toContain(`<iframe src="http://localhost:4321${path}"`);
    expect(html, path).toMatch(/ title="[^"]+" width="100%" height="\d+" loading="lazy" style="border:0"/);
    expect(html, path).toContain(`data-pym-src="http://localhost:4321${path}"`);
  }
});

test('every section and event page and the timeline advertise their oEmbed file, and a consumer library finds it', async () => {
  // The build names its default origin in absolute URLs; the test serves it elsewhere.
  const local = (url: string) => fetch(url.replace('http://localhost:4321', SITE));
  const pages = ['/timeline/', ...[...content.sections, ...content.events].map((e) => `/timeline/${e.id}/`)];
  for (const path of pages) {
    const result = await unfurl(`${SITE}${path}`, { oembed: true, fetch: local as never });
    const expected = JSON.parse(readFileSync(join(dist, 'embed', path.slice(1), 'oembed.json'), 'utf8')) as {
      html: string;
      title: string;
    };
    expect(result.oEmbed, path).toMatchObject({ type: 'rich', version: '1.0', title: expected.title });
    // unfurl.js hands back `html` with its entities decoded (&quot; as "), so compare it decoded.
    expect((result.oEmbed as { html?: string } | undefined)?.html, path).toBe(expected.html.replaceAll('&quot;', '"'));
  }
});

test('embed pages are noindex with a canonical real page, no site chrome, and out of the sitemap', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== SITE) foreign.push(request.url());
  });
  for (const [path, real] of [
    ['/embed/timeline/', '/timeline/'],
    [`/embed/timeline/${SECTION}/`, `/timeline/${SECTION}/`],
    [`/embed/timeline/${EVENT}/`, `/timeline/${EVENT}/`],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `http://localhost:4321${real}`);
    await expect(page.locator('header, footer, nav')).toHaveCount(0);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /sha256-/);
    for (const link of await page.locator('a[href]').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      await expect(link, `${path} ${href}`).toHaveAttribute('target', href.startsWith('http') ? '_blank' : '_top');
    }
  }
  expect(foreign).toEqual([]);
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/timeline/');
  expect(sitemap).not.toContain('/embed/');
  expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).not.toContain('/embed/');
});

test('an embed shows the same event text and status labels as the real page', async ({ page }) => {
  await page.goto(`/timeline/${SECTION}/`);
  const statuses = await page.locator('.badge').allTextContents();
  await page.goto(`/embed/timeline/${SECTION}/`);
  expect(await page.locator('.badge').allTextContents()).toEqual(statuses);
  await page.goto(`/timeline/${EVENT}/`);
  const text = await page.locator('.prose').innerText();
  await page.goto(`/embed/timeline/${EVENT}/`);
  expect(await page.locator('.prose').innerText()).toBe(text);
});

test.describe('the Embed control', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test("shows and copies the item's embed code, the same as its oEmbed file gives", async ({ page }) => {
    for (const [id, kind, paths] of [
      // An event's Embed control is on its own page; the timeline keeps its rows light.
      [EVENT, 'event', [`/timeline/${EVENT}/`]],
      [SECTION, 'section', ['/timeline/', `/timeline/${SECTION}/`]],
    ] as const) {
      const { html } = JSON.parse(readFileSync(join(dist, `embed/timeline/${id}/oembed.json`), 'utf8')) as {
        html: string;
      };
      const expected = html.replaceAll('http://localhost:4321', SITE);
      for (const path of paths) {
        await page.goto(path);
        const control = page.locator(`embed-code[data-id="${id}"]`);
        await control.getByText(new RegExp(`^Embed this ${kind}`)).click();
        await expect(control.getByLabel('Embed code (HTML)'), path).toHaveValue(expected);
        await control.getByRole('button', { name: 'Copy embed code' }).click();
        await expect(control.getByRole('status')).toHaveText('Embed code copied');
        expect(await page.evaluate(() => navigator.clipboard.readText()), path).toBe(expected);
      }
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Embed control is a link to the instructions, which give the timeline code', async ({ page }) => {
    await page.goto(`/timeline/${EVENT}/`);
    const link = page.getByRole('link', { name: /^Embed this event/ });
    await expect(link).toHaveAttribute('href', '/about/#embed');
    await link.click();
    await expect(page.locator('#embed')).toContainText('<iframe src="http://localhost:4321/embed/timeline/"');
  });
});

test('axe finds nothing on the timeline embed, nor around an open Embed control (light and dark)', async ({ page }) => {
  test.setTimeout(180_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const [path, width] of [
      ['/embed/timeline/', 280],
      ['/embed/timeline/', 800],
      [`/timeline/${EVENT}/`, 375],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const control = page.locator('embed-code summary');
      if ((await control.count()) > 0) await control.click();
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `${path} (${colorScheme}, ${width} px)`).toEqual([]);
    }
  }
});
