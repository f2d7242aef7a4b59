import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';

const valid = join(import.meta.dirname, '../../fixtures/valid');
const scratch = mkdtempSync(join(tmpdir(), 'mistakes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let runs = 0;

/** A mistake: which file it lands in, and how it changes that file's text. */
type Mistake = { file: string; edit: (text: string) => string } | { file: string; link: string };

const EVENT = 'content/events/first-event.md';
const ARTICLE = 'content/article/story.md';
const word = fc.stringMatching(/^[a-z]{3,10}$/);
const year = fc.integer({ min: 2027, max: 2999 });
const insertAfter = (anchor: string, added: string) => (text: string) => text.replace(anchor, `${anchor}${added}`);

// The kinds of issue 15, each with the values an editor might type.
const mistakes: fc.Arbitrary<Mistake>[] = [
  year.map((y) => ({
    file: EVENT,
    edit: insertAfter('status: confirmed\n', `log:\n  - date: "${y}-01-01"\n    kind: update\n    note: A report.\n`),
  })),
  fc.integer({ min: 1, max: 25 }).map((d) => ({
    file: ARTICLE,
    edit: (t: string) => t.replace('- date: "2025-03-27"', `- date: "2025-03-${String(d).padStart(2, '0')}"`),
  })),
  fc.constantFrom('“', '‘').map((q) => ({
    file: 'content/sources/first-report.yaml',
    edit: (t: string) =>
      t.replace('"Something happened: a report"', `${q}Something happened: a report${q === '“' ? '”' : '’'}`),
  })),
  fc.constantFrom('\u00a0', '\u202f', '\u2007').map((space) => ({
    file: EVENT,
    edit: (t: string) => t.replace('place: a-town', `place:${space}a-town`),
  })),
  fc
    .tuple(fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'), fc.integer({ min: 1, max: 6 }))
    .map(([char, at]) => ({
      file: EVENT,
      edit: (t: string) =>
        t.replace('section: opening', `section: ${'opening'.slice(0, at)}${char}${'opening'.slice(at)}`),
    })),
  fc.tuple(fc.constantFrom('summary: Something happened.', 'title: The first event'), word).map(([line, w]) => ({
    file: EVENT,
    edit: (t: string) => t.replace(line, `${line} See [${w}](event:second-event).`),
  })),
  word.map((w) => ({
    file: ARTICLE,
    edit: (t: string) => t.replace('text: Something is not.', `text: Something is [${w}](fact:a-figure).`),
  })),
  fc.tuple(fc.integer({ min: 1, max: 6 }), word).map(([level, w]) => ({
    file: EVENT,
    edit: (t: string) => `${t}\n${'#'.repeat(level)} ${w}\n`,
  })),
  word.map((w) => ({ file: EVENT, edit: (t: string) => `${t}\nIt did.[^${w}]\n\n[^${w}]: Said ${w}.\n` })),
  // A generated web address may hold ( ) or spaces, which end markdown's image syntax (the text then shows as
  // typed, no image): keep the address plain so every case really is an image.
  fc.domain().map((host) => ({ file: EVENT, edit: (t: string) => `${t}\n![${'x'}](https://${host}/picture.png)\n` })),
  word.map((w) => ({ file: EVENT, edit: (t: string) => `${t}\nSee [it](/timeline/${w}-${w}/).\n` })),
  fc.domain().map((host) => ({ file: EVENT, edit: (t: string) => `${t}\nSee [it](http://${host}/).\n` })),
  fc.constantFrom('haiti', 'HAITI', 'Haïti', 'Haíti').map((name) => ({
    file: 'content/places/a-town.yaml',
    edit: (t: string) => t.replace('country: Haiti', `country: ${name}`),
  })),
  fc.constantFrom('Kenya', 'United States', 'Dominican Republic').map((name) => ({
    file: 'content/places/a-town.yaml',
    edit: (t: string) => t.replace('country: Haiti', `country: ${name}`),
  })),
  fc.integer({ min: 1, max: 99 }).map((n) => ({
    file: 'content/facts/a-figure.md',
    edit: (t: string) => t.replace('value: 750\nupTo: 800', `value: ${n / 100}`).replace('unit: things', 'unit: "%"'),
  })),
  fc.constantFrom('/etc/hostname', '../elsewhere.md', 'missing.md').map((target) => ({
    file: 'content/events/linked.md',
    link: target,
  })),
];

describe('mistakes of every kind in issue 15, put into valid content', () => {
  it('are each caught by the check, naming the file', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(...mistakes), (mistake) => {
        const root = join(scratch, String(runs++));
        cpSync(valid, root, { recursive: true });
        const path = join(root, mistake.file);
        if ('link' in mistake) symlinkSync(mistake.link, path);
        else {
          const before = readFileSync(path, 'utf8');
          const after = mistake.edit(before);
          expect(after).not.toBe(before);
          writeFileSync(path, after);
        }
        const { problems } = checkContent(root, '2026-06-01');
        expect(problems.map((p) => p.file)).toContain(mistake.file);
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 80 },
    );
  });
});
