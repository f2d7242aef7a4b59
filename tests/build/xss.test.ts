import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';

const project = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'xss-build-'));
const out = join(scratch, 'dist');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const yaml = (text: string) => JSON.stringify(text);
const cut = (text: string, max: number) => text.slice(0, max);

/** The valid fixture with every payload placed in every kind of text field that reaches a page. */
function hostileContent(root: string): void {
  cpSync(join(project, 'tests/fixtures/valid'), root, { recursive: true });
  XSS_PAYLOADS.forEach((payload, i) => {
    writeFileSync(
      join(root, `content/places/xss-place-${i}.yaml`),
      `name: ${yaml(cut(payload, 80))}\nkind: town\ncountry: ${yaml(cut(payload, 60))}\nnote: ${yaml(payload)}\n`,
    );
    writeFileSync(
      join(root, `content/sources/xss-source-${i}.yaml`),
      `publisher: ${yaml(payload)}\noriginalPublisher: ${yaml(payload)}\ntitle: ${yaml(payload)}\nurl: "https://example.org/x?q=${encodeURIComponent(payload)}"\npublished: "2025-03-0${(i % 9) + 1}"\nkind: news-report\n`,
    );
    writeFileSync(
      join(root, `content/events/xss-event-${i}.md`),
      `---\ntitle: ${yaml(payload)}\nsummary: ${yaml(payload)}\ndate: "2025-04-${String((i % 28) + 1).padStart(2, '0')}"\nplace: xss-place-${i}\nsection: opening\nstatus: reported\nstatusNote: ${yaml(cut(payload, 120))}\nsources: [xss-source-${i}]\n---\n\nPlain text.\n`,
    );
  });
  writeFileSync(
    join(root, 'content/sections/xss-section.md'),
    `---\ntitle: ${yaml(XSS_PAYLOADS[0])}\norder: 2\nsummary: ${yaml(XSS_PAYLOADS[4])}\n---\n`,
  );
  writeFileSync(
    join(root, 'content/facts/xss-fact.md'),
    `---\nlabel: ${yaml(XSS_PAYLOADS[1])}\nvalue: 1\nunit: ${yaml(cut(XSS_PAYLOADS[5], 40))}\nasOf: "2025"\nsources: [first-report]\n---\n`,
  );
  const article = readFileSync(join(root, 'content/article/story.md'), 'utf8')
    .replace(/^title: .*$/m, `title: ${yaml(XSS_PAYLOADS[2])}`)
    .replace(/^dek: .*$/m, `dek: ${yaml(XSS_PAYLOADS[3])}`)
    .replace(/^credit: .*$/m, `credit: ${yaml(XSS_PAYLOADS[6])}`)
    .replace(/^ {4}text: .*$/m, `    text: ${yaml(XSS_PAYLOADS[7])}`)
    .replace(/^ {2}- text: Something is known\.$/m, `  - text: ${yaml(XSS_PAYLOADS[8])}`);
  writeFileSync(join(root, 'content/article/story.md'), article);
}

let build: { status: number | null; output: string };
beforeAll(() => {
  const root = join(scratch, 'root');
  hostileContent(root);
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_ROOT: root };
  delete env['BASE_URL'];
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', out], {
    cwd: project,
    env,
    encoding: 'utf8',
  });
  build = { status: result.status, output: result.stdout + result.stderr };
}, 180_000);

const pages = () =>
  readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

describe(`${XSS_PAYLOADS.length} XSS payloads in every text field`, () => {
  it('pass the check as plain text and build', () => {
    expect(build.status, build.output).toBe(0);
    expect(pages().length).toBeGreaterThan(XSS_PAYLOADS.length);
  });

  it('never reach dist/ as markup: no foreign scripts, handlers, styles, frames or script URLs', () => {
    for (const file of pages()) {
      visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
        const where = `${file} <${node.tagName}>`;
        expect(
          [
            'iframe',
            'object',
            'embed',
            'base',
            'form',
            // No 'svg': the site draws its own map inline; handlers and script URLs in it are caught below.
            'math',
            'template',
            'input',
            'video',
            'marquee',
            'details',
          ],
          where,
        ).not.toContain(node.tagName);
        for (const [name, value] of Object.entries(node.properties)) {
          expect(name.toLowerCase().startsWith('on'), `${where} ${name}`).toBe(false);
          expect(name, where).not.toBe('style');
          if (['href', 'src', 'action', 'formAction', 'data'].includes(name)) {
            expect(String(value).trim(), `${where} ${name}`).not.toMatch(/^(javascript|vbscript|data):/i);
          }
        }
        if (node.tagName === 'script') {
          const type = String(node.properties['type'] ?? '');
          expect(['module', 'application/ld+json'], where).toContain(type);
          const body = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
          if (type === 'application/ld+json') expect(() => JSON.parse(body), where).not.toThrow();
          else expect(body, where).not.toContain('alert(1)');
        }
      });
    }
  });

  it('show every payload to readers as the text it is', () => {
    const event = readFileSync(join(out, 'timeline/xss-event-0/index.html'), 'utf8');
    const h1 = (() => {
      let text = '';
      visit(fromHtml(event), 'element', (node: Element) => {
        if (node.tagName === 'h1') text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      });
      return text;
    })();
    expect(h1).toBe(XSS_PAYLOADS[0]);
    expect(event).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('leave the feed well-formed, with the payloads escaped', () => {
    const feed = readFileSync(join(out, 'rss.xml'), 'utf8');
    expect(feed).not.toContain('<script>');
    expect(feed).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
