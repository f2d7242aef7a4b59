import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { MAX_DEPTH, treeDepth } from '../../../src/check/markdown-depth.ts';
import { parsePartialDate, formatPartialDate } from '../../../src/dates/partial-date.ts';
import { parseContentFile } from '../../../src/content/read-content.ts';
import { remarkCrossRefs } from '../../../src/markdown/remark-cross-refs.ts';
import { sanitizeSchema } from '../../../src/markdown/sanitize-schema.ts';
import { EventSchema } from '../../../src/schemas/event.ts';
import { SourceSchema } from '../../../src/schemas/source.ts';
import { UNSAFE } from '../markdown/unsafe-markup.ts';

// Strings with the characters that break naive code: controls, bidi overrides, BOM, CR, NUL, astral planes.
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u202e',
      '\u2066',
      '\ufeff',
      '\r',
      '\n',
      '\r\n',
      '<',
      '>',
      '"',
      "'",
      '&',
      '`',
      '[',
      ']',
      '(',
      ')',
      ':',
      '-',
      '#',
      '*',
      '\\',
      'a',
      'é',
      '😀',
    ),
    maxLength: 300,
  }),
  fc.string({ maxLength: 20_000 }),
);

const EVENT = { summary: 's', date: '2025-03-25', place: 'p', section: 's', status: 'confirmed', sources: ['x'] };

describe('schemas under hostile input', () => {
  it('either accept a title as clean single-line text or reject it with a message; never throw', () => {
    fc.assert(
      fc.property(nasty, (title) => {
        const result = EventSchema.safeParse({ ...EVENT, title });
        if (result.success) {
          // Matching control characters is the point of this assertion.
          // eslint-disable-next-line no-control-regex
          expect(result.data.title).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
          expect(result.data.title.length).toBeGreaterThan(0);
          expect(result.data.title.length).toBeLessThanOrEqual(140);
        } else {
          expect(result.error.issues[0]?.message).toMatch(/\S/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('accept only http(s) source URLs, whatever the string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nasty,
          fc.webUrl(),
          fc.constantFrom(
            'javascript:alert(1)',
            ' JaVaScRiPt:alert(1)',
            'data:text/html,x',
            'vbscript:x',
            '//evil.example',
          ),
        ),
        (url) => {
          const result = SourceSchema.safeParse({
            publisher: 'p',
            title: 't',
            url,
            published: '2025',
            kind: 'news-report',
            httpOnly: true,
          });
          if (result.success) expect(new URL(result.data.url).protocol).toMatch(/^https?:$/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('read any date string to its own precision or say what was expected', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nasty,
          // Four-digit years only: toISOString writes others as "+010000-…" or "0005-…", which are not the dates in question.
          fc
            .date({ noInvalidDate: true, min: new Date('1000-01-01'), max: new Date('9999-12-31') })
            .map((d) => d.toISOString().slice(0, 10)),
        ),
        (text) => {
          const result = parsePartialDate(text);
          if (result.ok)
            expect(formatPartialDate(result.value)).toMatch(/^(\d{1,2} [A-Z][a-z]+ )?([A-Z][a-z]+ )?\d{4}$/);
          else expect(result.expected).toMatch(/\S/);
        },
      ),
    );
  });
});

describe('reading files under hostile input', () => {
  it('turns any text into an entry or a problem naming the file; never throws', () => {
    const frontMatter = fc.tuple(nasty, nasty).map(([a, b]) => `---\n${a}\n---\n${b}`);
    fc.assert(
      fc.property(
        fc.oneof(
          nasty,
          frontMatter,
          nasty.map((s) => `\ufeff---\r\ntitle: ${s}\r\n---\r\n`),
        ),
        (text) => {
          const result = parseContentFile('events', 'content/events/x.md', text);
          if ('field' in result) expect(result.file).toBe('content/events/x.md');
          else expect(result.id).toBe('x');
        },
      ),
      { numRuns: 300 },
    );
  });
});

const processor = await createMarkdownProcessor({
  remarkPlugins: [[remarkCrossRefs, { resolve: () => ({ href: '/timeline/#x' }) }]],
  rehypePlugins: [
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
    [rehypeSanitize, sanitizeSchema],
  ],
});

describe('the markdown pipeline under hostile input', () => {
  const deep = fc
    .tuple(fc.constantFrom('> ', '* ', '[', '*', '_', '1. ', '<div>', '`'), fc.integer({ min: 1, max: 3000 }))
    .map(([s, n]) => `${s.repeat(n)}x`);

  it('renders everything the content check lets through quickly, refuses the rest by name, and never outputs runnable markup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(nasty, deep), async (markdown) => {
        // Bodies nested past MAX_DEPTH never reach the renderer: the check refuses them first.
        fc.pre(treeDepth(fromMarkdown(markdown)) <= MAX_DEPTH);
        const started = performance.now();
        const html = await processor
          .render(markdown, { fileURL: new URL('file:///site/content/events/x.md') })
          .then((r) => r.code)
          .catch((error: Error) => {
            expect(error.message).toContain('content/events/x.md: body: found a link to');
            return '';
          });
        expect(performance.now() - started).toBeLessThan(5_000);
        for (const pattern of UNSAFE) expect(html).not.toMatch(pattern);
      }),
      // Each run renders through the whole pipeline (about 0.6 s on this 2-core machine under load): 80 runs keep
      // the file within its time limit in a clean CI run, where 150 ran past 120 s.
      { numRuns: 80 },
    );
  }, 300_000);

  it('measures depth without recursion, so the deepest input cannot crash the check', () => {
    expect(treeDepth(fromMarkdown(`${'> '.repeat(20_000)}x`))).toBeGreaterThan(MAX_DEPTH);
  });
});
