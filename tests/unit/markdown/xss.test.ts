import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { formatProblem } from '../../../src/content/problem.ts';
import { remarkCrossRefs } from '../../../src/markdown/remark-cross-refs.ts';
import { sanitizeSchema } from '../../../src/markdown/sanitize-schema.ts';
import { MARKDOWN_PAYLOADS, XSS_PAYLOADS } from '../../fixtures/xss-payloads.ts';
import { UNSAFE } from './unsafe-markup.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'xss-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The site's own markdown pipeline, as astro.config.mjs sets it up. */
const processor = await createMarkdownProcessor({
  remarkPlugins: [[remarkCrossRefs, { resolve: () => undefined }]],
  rehypePlugins: [
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
    [rehypeSanitize, sanitizeSchema],
  ],
});

describe('the markdown pipeline, as a second line of defence', () => {
  it.each([...XSS_PAYLOADS, ...MARKDOWN_PAYLOADS])('never outputs runnable markup for %j', async (payload) => {
    const html = await processor
      .render(`Text before.\n\n${payload}\n\nText after.`, { fileURL: new URL('file:///site/content/events/x.md') })
      .then((result) => result.code)
      // A refused link fails the file outright, naming it: nothing is rendered at all.
      .catch((error: Error) => {
        expect(error.message).toContain('content/events/x.md: body: found a link to');
        return '';
      });
    for (const pattern of UNSAFE) expect(html).not.toMatch(pattern);
  });
});

describe('the content check, as the first line', () => {
  it.each([...XSS_PAYLOADS, ...MARKDOWN_PAYLOADS])('refuses a body holding %j, naming the file and line', (payload) => {
    const root = join(scratch, String(Math.random()).slice(2));
    cpSync(join(fixtures, 'valid'), root, { recursive: true });
    const file = join(root, 'content/events/second-event.md');
    writeFileSync(
      file,
      `---\ntitle: The second event\nsummary: Something else happened.\ndate: "2025-03"\nplace: a-town\nsection: opening\nstatus: reported\nsources: [second-report]\n---\n\nFine text.\n\n${payload}\n`,
    );
    const lines = checkContent(root).problems.map(formatProblem);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.startsWith('content/events/second-event.md: body: found '))).toBe(true);
    expect(lines[0]).toMatch(/\(line 1[2-9]\)$/);
  });

  it('accepts the small allowlist of plain inline tags', () => {
    const root = join(scratch, 'allowed');
    cpSync(join(fixtures, 'valid'), root, { recursive: true });
    writeFileSync(
      join(root, 'content/facts/a-figure.md'),
      `---\nlabel: Things counted\nvalue: 750\nunit: things\nasOf: "2025"\nsources: [first-report]\n---\n\nThe <abbr title="Multinational Security Support">MSS</abbr> counted 10<sup>3</sup> things,<br>H<sub>2</sub>O.\n`,
    );
    expect(checkContent(root).problems).toEqual([]);
  });
});
