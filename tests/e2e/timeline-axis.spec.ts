import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { describeWhen } from '../../src/story/when.ts';
import { content } from './sites.ts';

// The time axis ("The timeline at a glance") on the front page (compact) and the timeline page (full).
const PAGES = ['/', '/timeline/'];
const WIDTHS = [320, 375, 1280];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The date a mark must say, read from the content: an estimated date says "about", an estimated time does not. */
function dateText(event: (typeof content.events)[number]): string {
  const date = describeWhen(event.data).date;
  // describeWhen's date already says "about" for an estimated date, and not for an estimated time.
  return date;
}

/** The drawing a reader sees at the current width (the other one is not displayed). */
const axis = (page: Page) => page.getByRole('group', { name: /^Time axis, / });

for (const path of PAGES) {
  test.describe(`the time axis on ${path}`, () => {
    test('shows one drawing at each width, never drawn smaller than its natural size, text at 12 px or more', async ({
      page,
    }) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await expect(axis(page)).toHaveCount(1);
        const sizes = await axis(page).evaluate((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return {
            scale,
            texts: [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
            key: [...(svg.closest('section')?.querySelectorAll('.key li, .key b') ?? [])].map((el) =>
              parseFloat(getComputedStyle(el).fontSize),
            ),
          };
        });
        expect(sizes.scale, `${width} px`).toBeGreaterThanOrEqual(0.999);
        expect(sizes.texts.length).toBeGreaterThan(0);
        expect(Math.min(...sizes.texts), `smallest text in the drawing at ${width} px`).toBeGreaterThanOrEqual(12);
        expect(Math.min(...sizes.key), `smallest text in the key at ${width} px`).toBeGreaterThanOrEqual(12);
      }
    });

    test('has exactly one mark per event, named by its date and title', async ({ page }) => {
      // On a phone /timeline/'s drawing is vertical, long enough (24 px a month) for one mark per event.
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const links = axis(page).getByRole('link');
        await expect(links).toHaveCount(content.events.length);
        for (const event of content.events) {
          const mark = axis(page).locator(`a[href="/timeline/#${event.id}"]`);
          await expect(mark, event.id).toHaveCount(1);
          await expect(mark).toHaveAccessibleName(
            new RegExp(`^${escape(dateText(event))}: ${escape(event.data.title)}`),
          );
        }
      }
    });

    test('draws no two marks over each other, each at least 24 × 24 px, and nothing overflows at 320 px', async ({
      page,
    }) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const boxes = await axis(page)
          .locator('a')
          .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
        for (const [i, a] of boxes.entries()) {
          expect(a.width).toBeGreaterThanOrEqual(23.9);
          expect(a.height).toBeGreaterThanOrEqual(23.9);
          for (const b of boxes.slice(i + 1)) {
            const apart =
              a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
            expect(apart, `marks at ${JSON.stringify(a)} and ${JSON.stringify(b)}, ${width} px`).toBe(true);
          }
        }
        if (width === 320) {
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
        }
      }
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds nothing (${colorScheme}, 375 and 1280 px)`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.emulateMedia({ colorScheme });
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        }
      });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a mark on the front page is a plain link to its event on the timeline', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    const id = content.events[0]?.id ?? '';
    await page.goto('/');
    await axis(page).locator(`a[href="/timeline/#${id}"]`).filter({ visible: true }).click();
    await expect(page).toHaveURL(new RegExp(`/timeline/#${id}$`));
    await expect(page.locator(`article#${id}`)).toBeInViewport();
  });
});
