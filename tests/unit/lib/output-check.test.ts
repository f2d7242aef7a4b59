import { describe, expect, it } from 'vitest';
import { checkOutput, servedPath } from '../../../scripts/lib/output-check.ts';

const ORIGIN = 'https://example.org';

/** A page that passes every check, with `body` inside <main>. */
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>T</title><link rel="canonical" href="${ORIGIN}/">${head}</head>` +
  `<body><main><h1>Heading</h1>${body}</main></body></html>`;

const check = (pages: Record<string, string>, extra: string[] = [], base = '/') =>
  checkOutput(
    Object.entries(pages).map(([file, html]) => ({ file, html })),
    new Set([...Object.keys(pages), ...extra]),
    base,
    ORIGIN,
  ).map((p) => `${p.file}: ${p.message}`);

describe('checkOutput', () => {
  it('passes a site whose links, fragments and assets all resolve', () => {
    expect(
      check(
        {
          'index.html': page('<a href="/timeline/#kaetuai-killed">event</a><img src="/previews/home.png" alt="card">'),
          'timeline/index.html': page('<article id="kaetuai-killed"><a href="/">home</a></article>'),
        },
        ['previews/home.png'],
      ),
    ).toEqual([]);
  });

  it('names a link to a page that was not built, and a fragment the target page lacks', () => {
    expect(
      check({
        'index.html': page('<a href="/nowhere/">x</a><a href="/timeline/#gone">y</a>'),
        'timeline/index.html': page('<p id="here">z</p>'),
      }),
    ).toEqual([
      'index.html: a href="/nowhere/" leads to nothing in the build',
      'index.html: a href="/timeline/#gone" names #gone, which timeline/index.html does not have',
    ]);
  });

  it('finds duplicate ids, a missing or extra h1, a missing lang, title or canonical, and images without alt', () => {
    const bad =
      '<!doctype html><html><head></head><body><h1>a</h1><h1>b</h1><p id="x"></p><p id="x"></p>' +
      '<img src="/a.png"></body></html>';
    expect(check({ 'index.html': bad }, ['a.png'])).toEqual([
      'index.html: the id "x" is used more than once',
      'index.html: has 2 h1 elements, expected exactly one',
      'index.html: has no lang on <html>',
      'index.html: has no <title>',
      'index.html: has no absolute canonical URL (found null)',
      'index.html: has 1 <img> without alt text',
    ]);
  });

  it('lets a page kept out of search results (the 404 page) go without a canonical URL, and no other', () => {
    const head = (extra: string) => `<!doctype html><html lang="en"><head><title>T</title>${extra}</head>`;
    const body = '<body><main><h1>Not found</h1></main></body></html>';
    expect(
      check({
        '404.html': head('<meta name="robots" content="noindex">') + body,
        'index.html': head('<meta name="robots" content="nofollow">') + body,
      }),
    ).toEqual(['index.html: has no absolute canonical URL (found null)']);
  });

  it('flags external links that pass on the reader and anything loaded from another site', () => {
    expect(
      check({
        'index.html': page(
          '<a href="https://news.example/a">a</a><a href="https://news.example/b" rel="noopener noreferrer">b</a>',
          '<script src="https://cdn.example/x.js"></script>',
        ),
      }),
    ).toEqual([
      'index.html: loads https://cdn.example/x.js from another site',
      'index.html: external link https://news.example/a lacks rel="noopener noreferrer"',
    ]);
  });

  it('under a base path, a link that leaves it leads to nothing', () => {
    const home = page('<a href="/timeline/">root</a><a href="/explainer/timeline/">base</a>');
    expect(check({ 'index.html': home, 'timeline/index.html': page('') }, [], '/explainer/')).toEqual([
      'index.html: a href="/timeline/" leads to nothing in the build',
    ]);
  });

  it('serves index.html files at their folder', () => {
    expect(servedPath('timeline/index.html', '/')).toBe('/timeline/');
    expect(servedPath('404.html', '/explainer/')).toBe('/explainer/404.html');
  });
});
