import { expect, test } from '@playwright/test';
import { formatFactValue } from '../../src/lib/fact-value.ts';
import { headlineFacts } from '../../src/lib/key-facts.ts';
import { buildStory } from '../../src/lib/story.ts';
import { headingDate, latestEvents } from '../../src/lib/timeline-view.ts';
import { describeWhen } from '../../src/lib/when.ts';
import { content, sitemapPaths, SITE } from './sites.ts';

const storyEvents = () => buildStory(content).events;

test('the sitemap lists every page of the URL contract', async () => {
  const paths = await sitemapPaths(SITE);
  expect(paths).toEqual(expect.arrayContaining(['/', '/timeline/', '/facts/', '/sources/', '/about/']));
  for (const event of content.events) expect(paths).toContain(`/timeline/${event.id}/`);
});

test('every page in the sitemap has one h1, a title, a description and a canonical URL', async ({ page }) => {
  for (const path of await sitemapPaths(SITE)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    expect(await page.title(), path).not.toBe('');
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /\S/);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute('href', new RegExp(`${path}$`));
  }
});

test('the front page carries the headline, the article, corrections, both boxes and the timeline in brief', async ({
  page,
}) => {
  const [article] = content.article;
  if (!article) throw new Error('no article');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.data.title);
  await expect(page.getByText(article.data.dek)).toBeVisible();
  await expect(page.getByText(`By ${article.data.byline}`)).toBeVisible();
  await expect(page.locator('time[datetime="2025-03-26"]').first()).toHaveText('26 March 2025');
  await expect(page.getByRole('region', { name: 'The story as first published' })).toContainText('Kenya has deployed');
  for (const list of ['What we know', 'What we don’t know']) {
    await expect(page.getByRole('heading', { name: list })).toBeVisible();
  }
  for (const line of [...article.data.known, ...article.data.unknown]) {
    await expect(page.getByText(line.text, { exact: false })).toBeVisible();
  }
  const corrections = page.getByRole('region', { name: 'Corrections and clarifications' }).getByRole('listitem');
  await expect(corrections).toHaveCount(article.data.corrections.length);
  const figures = page.getByRole('region', { name: 'Key figures' }).getByRole('listitem');
  const cards = headlineFacts(content.facts);
  await expect(figures).toHaveCount(cards.length);
  for (const [index, { fact }] of cards.entries()) {
    await expect(figures.nth(index)).toContainText(fact.data.label);
    const shown = (await figures.nth(index).locator('.value').innerText()).replace(/\s+/g, ' ');
    expect(shown).toBe(formatFactValue(fact.data));
  }
  const brief = page.getByRole('region', { name: 'The timeline in brief' });
  const latest = latestEvents(storyEvents(), 6);
  await expect(brief.getByRole('listitem')).toHaveCount(latest.length);
  for (const event of latest) {
    await expect(brief.getByRole('link', { name: event.data.title, exact: true })).toHaveAttribute(
      'href',
      `/timeline/#${event.id}`,
    );
  }
  await expect(
    brief.getByRole('link', { name: `All ${content.events.length} events in the full timeline` }),
  ).toHaveAttribute('href', '/timeline/');
});

test('the timeline shows every section and every event with its date at true precision', async ({ page }) => {
  await page.goto('/timeline/');
  for (const section of content.sections) {
    await expect(page.locator(`section#${section.id}`).getByRole('heading', { level: 2 })).toHaveText(
      section.data.title,
    );
  }
  for (const event of content.events) {
    const item = page.locator(`article#${event.id}`);
    const when = describeWhen(event.data);
    const date = headingDate(when);
    // The heading carries the date, so moving heading to heading hears when each thing happened.
    // (The date column is its own box, so the name may have a space before the colon.)
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(item.getByRole('heading', { level: 3 })).toHaveAccessibleName(
      new RegExp(`^${escape(date.date)} ?: ${escape(event.data.title)}$`),
    );
    await expect(item.locator(`h3 time[datetime="${when.datetime}"]`)).toHaveText(`${date.date}:`);
    if (date.detail) await expect(item).toContainText(date.detail);
    await expect(item.getByText(event.data.summary, { exact: true })).toBeVisible();
    await expect(item.getByText(`Status: ${event.data.status}`, { exact: true })).toBeVisible();
    for (const source of event.data.sources) await expect(item.locator(`a[href="/sources/#${source}"]`)).toHaveCount(1);
  }
  // A month-precise event never shows a day.
  await expect(page.locator('article#kaetuai-buried time')).toHaveText('March 2025:');
  await expect(page.locator('article#kaetuai-buried time')).toHaveAttribute('datetime', '2025-03');
});

test('each event has its own page with its title, description and a way back to the timeline', async ({ page }) => {
  for (const event of content.events) {
    await page.goto(`/timeline/${event.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.data.title);
    expect(await page.title()).toContain(event.data.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', event.data.summary);
    await expect(page.getByRole('link', { name: 'See this event in the timeline' })).toHaveAttribute(
      'href',
      `/timeline/#${event.id}`,
    );
  }
  await page.goto('/timeline/kaetuai-killed/');
  const neighbours = page.getByRole('navigation', { name: 'Neighbouring events' });
  await expect(neighbours.getByRole('link', { name: /Previous event/ })).toHaveAttribute(
    'href',
    '/timeline/contingent-144-arrives/',
  );
  await expect(neighbours.getByRole('link', { name: /Next event/ })).toHaveAttribute(
    'href',
    '/timeline/kaetuai-body-returns/',
  );
});

test('facts, sources and about pages list every entry with its id', async ({ page }) => {
  await page.goto('/facts/');
  for (const fact of content.facts) await expect(page.locator(`#${fact.id}`)).toContainText(fact.data.label);
  await page.goto('/sources/');
  for (const source of content.sources) {
    await expect(page.locator(`#${source.id}`).getByRole('link', { name: source.data.title })).toHaveAttribute(
      'href',
      source.data.url,
    );
  }
  await page.goto('/about/');
  for (const status of ['confirmed', 'reported', 'unconfirmed', 'disputed']) {
    await expect(page.getByRole('main').getByText(`Status: ${status}`, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Corrections and clarifications', level: 2 })).toBeVisible();
});

test('an unknown address gets a useful 404 page', async ({ page }) => {
  const response = await page.goto('/timeline/no-such-event/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /The timeline of all/ })).toBeVisible();
});
