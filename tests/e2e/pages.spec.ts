import { expect, test } from '@playwright/test';
import { formatFactValue } from '../../src/story/fact-value.ts';
import { headlineFacts } from '../../src/story/key-facts.ts';
import { buildStory } from '../../src/story/story.ts';
import { FRONT_PAGE_EVENTS, headingDate, latestEvents } from '../../src/story/timeline-view.ts';
import { describeWhen } from '../../src/story/when.ts';
import { STATUS_MEANINGS } from '../../src/schemas/fields/status.ts';
import { content, sitemapPaths, SITE } from './sites.ts';
import { quotedNotes } from '../../src/story/update-log.ts';

const storyEvents = () => buildStory(content).events;

test('the sitemap lists every page of the URL contract', async () => {
  const paths = await sitemapPaths(SITE);
  expect(paths).toEqual(expect.arrayContaining(['/', '/timeline/', '/facts/', '/sources/', '/about/']));
  for (const event of content.events) expect(paths).toContain(`/timeline/${event.id}/`);
});

test('every page in the sitemap has one h1, a title, a description and a canonical URL', async ({ page }) => {
  // One visit per page: time for a long timeline on a busy machine.
  test.setTimeout(120_000);
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
  const story = page.getByRole('region', { name: /The story as first published/ });
  await expect(story.getByRole('heading', { level: 2 }).first()).toHaveText(
    `The story as first published: “${article.data.publishedTitle}”`,
  );
  await expect(story.getByText(article.data.credit)).toBeVisible();
  await expect(story.getByText('First published about 26 March 2025')).toBeVisible();
  await expect(story).toContainText('Kenya has deployed');
  for (const list of ['What we know', 'What we don’t know']) {
    await expect(page.getByRole('heading', { name: list })).toBeVisible();
  }
  for (const [box, lines] of [
    ['What we know', article.data.known],
    ['What we don’t know', article.data.unknown],
  ] as const) {
    const region = page.getByRole('region', { name: box });
    for (const line of lines) await expect(region.getByText(line.text, { exact: false })).toBeVisible();
  }
  const corrections = page.getByRole('region', { name: 'Corrections and clarifications' }).getByRole('listitem');
  await expect(corrections).toHaveCount(quotedNotes(article.data.log).length);
  const figures = page.getByRole('region', { name: 'Key figures' }).getByRole('listitem');
  const cards = headlineFacts(content.facts);
  await expect(figures).toHaveCount(cards.length);
  for (const [index, { fact }] of cards.entries()) {
    await expect(figures.nth(index)).toContainText(fact.data.label);
    const shown = (await figures.nth(index).locator('.value').innerText()).replace(/\s+/g, ' ');
    expect(shown).toBe(formatFactValue(fact.data));
  }
  const brief = page.getByRole('region', { name: 'The timeline in brief' });
  const latest = latestEvents(storyEvents(), FRONT_PAGE_EVENTS);
  await expect(brief.locator('.brief > ol > li')).toHaveCount(latest.length);
  for (const event of latest) {
    await expect(brief.getByRole('link', { name: event.data.title, exact: true })).toHaveAttribute(
      'href',
      `/timeline/#${event.id}`,
    );
  }
  await expect(
    brief.getByRole('link', { name: `All ${content.events.length} events in the full timeline` }),
  ).toHaveAttribute('href', '/timeline/');
  const sources = page.getByRole('region', { name: 'Where this text comes from' });
  await expect(sources.getByRole('listitem')).toHaveCount(article.data.sources.length);
  await expect(sources.getByRole('heading', { name: 'Reporting used to check it' })).toBeVisible();
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
    await expect(item.locator('.status')).toHaveText(
      `Status: ${event.data.status}${event.data.statusNote ? `: ${event.data.statusNote}` : ''}`,
    );
    for (const source of event.data.sources) await expect(item.locator(`a[href="/sources/#${source}"]`)).toHaveCount(1);
  }
  // A month-precise event never shows a day.
  await expect(page.locator('article#kaetuai-buried .head time')).toHaveText('March 2025:');
  await expect(page.locator('article#kaetuai-buried .head time')).toHaveAttribute('datetime', '2025-03');
  // An approximate month keeps its "about".
  await expect(page.locator('article#family-sues-government .head time')).toHaveText('about June 2025:');
});

test('each event has its own page with its title, description and a way back to the timeline', async ({ page }) => {
  // One visit per page: time for a long timeline on a busy machine.
  test.setTimeout(120_000);
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
    const item = page.locator(`#${source.id}`);
    await expect(item.getByRole('link').first()).toHaveAttribute('href', source.data.url);
    await expect(item.getByRole('link').first()).toHaveText(
      source.data.title === undefined
        ? 'No headline recorded'
        : source.data.titleFromUrl
          ? source.data.title
          : `“${source.data.title}”`,
    );
  }
  await page.goto('/about/');
  const main = page.getByRole('main');
  for (const [status, meaning] of Object.entries(STATUS_MEANINGS)) {
    await expect(main.getByRole('listitem').filter({ hasText: `${status}: ${meaning}` })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Corrections and clarifications', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Glossary', level: 2 })).toBeVisible();
  await expect(main.getByText('No contact address for reporting errors has been configured')).toBeVisible();
});

test('an unknown address gets a useful 404 page', async ({ page }) => {
  const response = await page.goto('/timeline/no-such-event/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /The timeline of all/ })).toBeVisible();
});
