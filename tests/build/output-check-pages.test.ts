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
    const stored = JSON.parse(readFileSync(cache, 'utf8')) as { pages: Record<string, { messages: string[] }> };
    expect(Object.keys(stored.pages)).toEqual([resultKey(valid)]);
    // A planted result proves the cache is read: the same bytes are not validated again…
    stored.pages[resultKey(valid)] = { ...stored.pages[resultKey(valid)], messages: ['planted'] } as never;
    writeFileSync(cache, JSON.stringify(stored));
    expect((await checkPages([{ file: 'a.html', html: valid }], cache))[0]?.messages).toEqual(['planted']);
    // …while a one-byte change is.
    expect((await checkPages([{ file: 'a.html', html: `${valid} ` }], cache))[0]?.messages).toEqual([]);
  });

  // A long page of rows, like the timeline of a story of hundreds of events, with mistakes in a row and
  // in the frame around the rows.
  const entry = (i: number, title = `Event ${i}`) =>
    `<li><article id="e${i}"><h3><time datetime="2025-01-01">1 January 2025</time> <a href="/e${i}/">${title}</a></h3>` +
    `<p>${'Words of a summary. '.repeat(20)}</p></article></li>\n`;
  const longPage = (titles: Record<number, string> = {}) =>
    `<!DOCTYPE html><html lang="en"><head><title>Timeline</title></head><body><main><h1>Timeline</h1>\n` +
    `<section><h2>All events</h2><ol>\n${Array.from({ length: 300 }, (_, i) => entry(i, titles[i])).join('')}</ol>` +
    `<p><a href="#e3" id="back to top">Back</a></p></section></main></body></html>`;
  const broken = (titles: Record<number, string> = {}) => ({
    file: 'timeline/index.html',
    html: longPage(titles).replace('<article id="e150">', '<article id="e150"><span><div>block</div></span>'),
  });

  it('checks a long page row by row and reports exactly what checking it whole reports', async () => {
    const cache = join(scratch, 'rows.json');
    const whole = await checkPages([broken()], undefined, Infinity);
    expect(whole[0]?.messages.length).toBeGreaterThanOrEqual(2);
    expect(whole[0]?.messages.join('\n')).toMatch(/^153:\d+: .*\(element-permitted-content\)$/m);
    expect(whole[0]?.messages.join('\n')).toMatch(/valid-id/);
    expect(await checkPages([broken()], cache, 10_000)).toEqual(whole);
    // After an edit to one row, the other 299 come from the cache, and the result is still the whole page's.
    const edited = broken({ 7: 'Event 7, corrected' });
    const planted = JSON.parse(readFileSync(cache, 'utf8')) as { rows: Record<string, unknown> };
    expect(Object.keys(planted.rows)).toHaveLength(300);
    expect(await checkPages([edited], cache, 10_000)).toEqual(await checkPages([edited], undefined, Infinity));
    expect((await checkPages([edited], undefined, Infinity))[0]?.facts.links).toContainEqual({
      tag: 'a',
      attribute: 'href',
      value: '/e7/',
      rel: [],
    });
  });

  it("reuses a row's findings for the same bytes in the same place, and checks a changed row afresh", async () => {
    const cache = join(scratch, 'planted-rows.json');
    await checkPages([{ file: 't.html', html: longPage() }], cache, 10_000);
    const stored = JSON.parse(readFileSync(cache, 'utf8')) as {
      rows: Record<string, { messages: { at: number; text: string }[] }>;
    };
    // Every row is planted with a finding of its own: only rows read from the cache report it.
    for (const row of Object.values(stored.rows)) row.messages = [{ at: 4, text: 'planted (test)' }];
    writeFileSync(cache, JSON.stringify({ pages: {}, rows: stored.rows }));
    const [result] = await checkPages(
      [{ file: 't.html', html: longPage({ 42: 'Event 42, corrected' }) }],
      cache,
      10_000,
    );
    expect(result?.messages.filter((m) => m.endsWith('planted (test)'))).toHaveLength(299);
    const line =
      longPage()
        .split('\n')
        .findIndex((text) => text.includes('id="e42"')) + 1;
    expect(result?.messages.some((m) => m.startsWith(`${line}:`))).toBe(false);
    expect(result?.messages[0]).toBe('3:5: planted (test)');
  });

  it('checks a page with an element left open whole, so what follows it is judged as a browser reads it', async () => {
    const cache = join(scratch, 'loose.json');
    const loose = { file: 'l.html', html: longPage().replace('<article id="e150">', '<article id="e150"><span>') };
    const whole = await checkPages([loose], undefined, Infinity);
    expect(whole[0]?.messages.join('\n')).toMatch(/close-order/);
    expect(await checkPages([loose], cache, 10_000)).toEqual(whole);
    expect((JSON.parse(readFileSync(cache, 'utf8')) as { rows: object }).rows).toEqual({});
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
