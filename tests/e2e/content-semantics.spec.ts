import { expect, test, type Locator } from '@playwright/test';
import { sourceName } from '../../src/story/source-name.ts';
import { statusText } from '../../src/story/status-text.ts';
import { describeWhen } from '../../src/story/when.ts';
import { content } from './sites.ts';
import { quotedNotes } from '../../src/story/update-log.ts';

const [article] = content.article;
if (!article) throw new Error('no article');

/** What a status shows, note included: "Status: confirmed: that the council said so". */
const shown = (event: (typeof content.events)[number]) =>
  `Status: ${event.data.status}${event.data.statusNote ? `: ${event.data.statusNote}` : ''}`;

async function expectStatus(scope: Locator, event: (typeof content.events)[number]) {
  await expect(scope.locator('.status'), event.id).toHaveText(shown(event));
}

test('every status shows with its note on the front page brief, section pages and event pages', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  const brief = page.getByRole('region', { name: 'The timeline in brief' });
  // The front page lists only the latest events; each of them shows its note.
  const listed = new Set(
    await brief
      .locator('.brief li a[href^="/timeline/#"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  );
  expect(listed.size).toBeGreaterThan(0);
  for (const event of content.events.filter((e) => listed.has(`/timeline/#${e.id}`))) {
    const item = brief.locator('.brief li').filter({ has: page.locator(`a[href="/timeline/#${event.id}"]`) });
    await expectStatus(item, event);
    await expect(item.locator('time')).toHaveText(describeWhen(event.data).date);
  }
  for (const section of content.sections) {
    await page.goto(`/timeline/${section.id}/`);
    for (const event of content.events.filter((e) => e.data.section === section.id)) {
      const item = page.getByRole('listitem').filter({ has: page.locator(`a[href="/timeline/${event.id}/"]`) });
      await expectStatus(item, event);
    }
  }
  for (const event of content.events) {
    await page.goto(`/timeline/${event.id}/`);
    // The status under the event page's title, not one quoted in its text.
    await expectStatus(page.locator('.event-page > .event-status'), event);
  }
});

test('the feed and the preview alt text carry each status with its note', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const descriptions = await page.evaluate(async () => {
    const xml = new DOMParser().parseFromString(await (await fetch('/rss.xml')).text(), 'application/xml');
    return Object.fromEntries(
      [...xml.querySelectorAll('item')].map((item) => [
        item.querySelector('link')?.textContent ?? '',
        item.querySelector('description')?.textContent ?? '',
      ]),
    );
  });
  for (const event of content.events) {
    const note = statusText(event.data.status, event.data.statusNote);
    expect(descriptions[`http://localhost:4321/timeline/${event.id}/`], event.id).toContain(`(Status: ${note}.)`);
    await page.goto(`/timeline/${event.id}/`);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', new RegExp(escape(note)));
  }
});

test('the front page opens with where the story stands, dated', async ({ page }) => {
  await page.goto('/');
  const stands = page.getByRole('region', { name: 'Where it stands' });
  await expect(stands).toContainText(`Updated 9 December 2025: ${article.data.standing?.text ?? ''}`);
  // It comes right after the headline and the standfirst.
  const order = await page.evaluate(() => {
    const h1 = document.querySelector('h1');
    const box = document.querySelector('#where-it-stands')?.closest('section');
    const facts = document.querySelector('#key-facts');
    const story = document.querySelector('#the-story');
    const before = (a: Node | null | undefined, b: Node | null | undefined) =>
      Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return before(h1, box) && before(box, facts) && before(box, story);
  });
  expect(order).toBe(true);
});

test('every note has a visible marker at its words in the article, and the two link to each other', async ({
  page,
}) => {
  await page.goto('/');
  const story = page.getByRole('region', { name: /The story as first published/ });
  const notes = quotedNotes(article.data.log);
  for (const [index] of notes.entries()) {
    const n = index + 1;
    const marker = story.locator(`a[href="#correction-${n}"]`);
    await expect(marker).toHaveCount(1);
    await expect(marker).toBeVisible();
    await expect(marker).toHaveAccessibleName(
      `${notes[index]?.kind === 'correction' ? 'Correction' : 'Clarification'} ${n}`,
    );
    await expect(page.locator(`#correction-${n} a[href="#note-ref-${n}"]`)).toHaveCount(1);
  }
  // The marker sits right after the quoted words.
  const first = notes[0];
  const paragraph = await story.locator('p', { has: page.locator('#note-ref-1') }).textContent();
  expect(paragraph).toContain(`${first?.quote ?? ''}[1]`);
  await page.locator('#note-ref-8').click();
  await expect(page).toHaveURL(/#correction-8$/);
  await expect(page.locator('#correction-8')).toContainText('25 March 2025.');
});

test('every citation names a copy "Original, via Host", short or long', async ({ page }) => {
  await page.goto('/sources/');
  for (const source of content.sources.filter((s) => s.data.originalPublisher)) {
    await expect(page.locator(`#${source.id} .publisher`)).toHaveText(sourceName(source.data));
  }
  await page.goto('/timeline/');
  const ambush = page.locator('article#ambush-officer-missing');
  await expect(ambush.locator('a[href="/sources/#bbc-missing"]')).toContainText('BBC Africa, via tvl.network');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
