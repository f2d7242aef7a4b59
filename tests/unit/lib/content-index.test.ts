import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyParses } from '../../../src/content/body-tree.ts';
import { checkContent } from '../../../src/check/check-content.ts';
import { contentIndex, contentIndexBuilds } from '../../../src/content/content-index.ts';
import { formatProblem } from '../../../src/content/problem.ts';
import { idsMismatch, type IdsByCollection } from '../../../src/content/same-ids.ts';

const project = join(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'content-index-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function copyOf(name: string, from = join(project, 'tests/fixtures/valid')): string {
  const root = join(scratch, name);
  cpSync(join(from, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

describe('the content index', () => {
  it('reads and validates a tree once, however many callers ask, and parses each body once', () => {
    const root = copyOf('once');
    const builds = contentIndexBuilds();
    checkContent(root, '2026-06-01');
    const parses = bodyParses();
    checkContent(root, '2026-06-01');
    checkContent(root, '2026-07-01');
    expect(contentIndex(root).content.events.length).toBeGreaterThan(0);
    expect(contentIndexBuilds() - builds).toBe(1);
    expect(bodyParses()).toBe(parses);
  });

  it('reads the tree again after a file under content/ changes, and sees the change', () => {
    const root = copyOf('edited');
    const before = contentIndex(root);
    const file = join(root, 'content/events/first-event.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^status: .*$/m, 'status: likely'));
    const after = contentIndex(root);
    expect(after).not.toBe(before);
    expect(after.content.events.map((e) => e.id)).not.toContain('first-event');
    expect(checkContent(root, '2026-06-01').problems.map(formatProblem)).toContainEqual(
      expect.stringContaining('content/events/first-event.md: status: found "likely"'),
    );
  });

  it('reads bodies with GFM, as the renderer does: a correction may quote struck-through words as they read', () => {
    const root = copyOf('gfm');
    const file = join(root, 'content/article/story.md');
    const text = readFileSync(file, 'utf8').replace('[on Tuesday](event:first-event)', 'on ~~Tuesday~~');
    writeFileSync(file, text);
    const problems = checkContent(root, '2026-06-01').problems;
    expect(problems.filter((p) => p.file === 'content/article/story.md').map(formatProblem)).toEqual([]);
    // Read without GFM, "~~" stayed part of the text and this quote was refused; other words still are.
    writeFileSync(file, text.replace('on ~~Tuesday~~', 'on ~~Wednesday~~'));
    expect(checkContent(root, '2026-06-01').problems.map((p) => p.field)).toContain('log.0.quote');
  });
});

describe('line numbers of nested list items', () => {
  it('points at the real line of log.6.settledBy.0 in the article', () => {
    const root = copyOf('nested', project);
    const file = join(root, 'content/article/explainer.md');
    const lines = readFileSync(file, 'utf8').split('\n');
    // The seventh log entry, then its first settledBy item, found by reading the text line by line.
    const starts = lines.flatMap((line, i) => (/^ {2}- date:/.test(line) && i > lines.indexOf('log:') ? [i] : []));
    const start = starts[6] ?? -1;
    const item = lines.findIndex((line, i) => i > start && /^ {4}settledBy:/.test(line)) + 1;
    expect(start).toBeGreaterThan(0);
    lines[item] = lines[item]?.replace(/- \w+:[\w-]+/, '- event:no-such-event') ?? '';
    writeFileSync(file, lines.join('\n'));
    const problem = checkContent(root).problems.find((p) => p.field === 'log.6.settledBy.0');
    expect(problem?.line).toBe(item + 1);
    expect(problem?.line).toBeGreaterThan(40);
  });
});

describe('idsMismatch', () => {
  const none: IdsByCollection = {
    article: [],
    sections: [],
    events: [],
    facts: [],
    sources: [],
    places: [],
    pages: [],
  };

  it('is silent when both readers hold the same ids, in any order', () => {
    expect(idsMismatch({ ...none, events: ['a', 'b'] }, { ...none, events: ['b', 'a'] })).toBeUndefined();
  });

  it('names each collection that differs and the ids only one side has', () => {
    const message = idsMismatch({ ...none, events: ['a', 'stale'] }, { ...none, events: ['a', 'new'], facts: ['f'] });
    expect(message).toContain("events: only Astro's collection has stale; only the content index has new");
    expect(message).toContain('facts: only the content index has f');
    expect(message).not.toContain('places');
  });
});
