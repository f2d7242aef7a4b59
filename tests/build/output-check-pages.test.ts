import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resultKey } from '../../scripts/output-check/check-page.ts';
import { balance, checkPages } from '../../scripts/output-check/check-pages.ts';

const scratch = mkdtempSync(join(tmpdir(), 'output-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const valid = '<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><main><h1>H</h1></main></body></html>';
const invalid = valid.replace('<h1>H</h1>', '<h1>H</h2>');

describe('checkPages', () => {
  it("reports html-validate's messages with line and rule, and none for a valid page", async () => {
    const [good, bad] = await checkPages(
      [
        { file: 'a.html', html: valid },
        { file: 'b.html', html: invalid },
      ],
      undefined,
    );
    expect(good?.messages).toEqual([]);
    expect(good?.facts.h1s).toBe(1);
    expect(bad?.messages.join('\n')).toMatch(/^1:\d+: .+\((close-order|no-implicit-close)\)/m);
  });

  it('keeps each result under a hash of the page, and reuses it while the bytes are unchanged', async () => {
    const cache = join(scratch, 'pages.json');
    await checkPages([{ file: 'a.html', html: valid }], cache);
    const stored = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, { messages: string[] }>;
    expect(Object.keys(stored)).toEqual([resultKey(valid)]);
    // A planted result proves the cache is read: the same bytes are not validated again…
    stored[resultKey(valid)] = { ...stored[resultKey(valid)], messages: ['planted'] } as never;
    writeFileSync(cache, JSON.stringify(stored));
    expect((await checkPages([{ file: 'a.html', html: valid }], cache))[0]?.messages).toEqual(['planted']);
    // …while a one-byte change is.
    expect((await checkPages([{ file: 'a.html', html: `${valid} ` }], cache))[0]?.messages).toEqual([]);
  });

  it('spreads pages over workers by size, the largest first, and checks them all', async () => {
    const groups = balance(
      [
        { file: 'big', html: 'x'.repeat(100) },
        { file: 'a', html: 'x'.repeat(40) },
        { file: 'b', html: 'x'.repeat(40) },
        { file: 'c', html: 'x'.repeat(30) },
      ],
      2,
    );
    expect(groups.map((g) => g.map((p) => p.file))).toEqual([['big'], ['a', 'b', 'c']]);
    // Over 1 MB of HTML in all, so the workers do the checking.
    const padded = (html: string) => html.replace('</main>', `</main><p>${'word '.repeat(5000)}</p>`);
    const many = Array.from({ length: 45 }, (_, i) => ({
      file: `p${i}.html`,
      html: padded(i === 7 ? invalid : valid),
    }));
    expect(many.reduce((sum, page) => sum + page.html.length, 0)).toBeGreaterThan(1_000_000);
    const results = await checkPages(many, undefined);
    expect(results).toHaveLength(45);
    expect(results.map((r, i) => (r.messages.length > 0 ? i : -1)).filter((i) => i >= 0)).toEqual([7]);
  }, 60_000);
});
