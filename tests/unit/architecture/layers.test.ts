/**
 * The layout is the architecture: each folder of src/ sits on a layer, and a
 * file imports only from its own folder or from folders on lower layers
 * (dates ← schemas ← content ← site ← story ← markdown, map, previews ← check,
 * embed, data ← components ← layouts ← pages ← integrations). A change that
 * imports upward, or sideways between folders of one layer, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../src');

/** Each folder's layer; a root file of src/ (content.config.ts) is on the top one. */
const LAYERS: Record<string, number> = {
  util: 0,
  dates: 0,
  schemas: 1,
  content: 2,
  site: 3,
  story: 4,
  markdown: 5,
  map: 5,
  previews: 5,
  'timeline-axis': 5,
  deploy: 5,
  check: 6,
  embed: 6,
  data: 6,
  styles: 6,
  assets: 6,
  components: 7,
  layouts: 8,
  pages: 9,
  integrations: 10,
  '.': 10,
};

const SPECIFIER = /(?:\bfrom|\bimport|\bimport\(|\bnew URL\()\s*['"](\.{1,2}\/[^'"\n]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && /\.(ts|mts|mjs|js|astro)$/.test(item.name))
    .map((item) => join(item.parentPath, item.name));
}

const folderOf = (file: string) => {
  const [top = '.', ...rest] = relative(SRC, file).split('/');
  return rest.length === 0 ? '.' : top;
};

/** What is wrong with one relative import of `file`, or undefined when it points down (or within its folder). */
function layerProblem(file: string, specifier: string): string | undefined {
  const target = resolve(dirname(file), specifier.replace(/\?.*$/, ''));
  if (relative(SRC, target).startsWith('..')) return 'outside src/';
  const from = folderOf(file);
  const to = folderOf(target);
  if (from === to) return undefined;
  const [a, b] = [LAYERS[from], LAYERS[to]];
  if (a === undefined || b === undefined) return 'folder without a layer';
  return b >= a ? `${to} is not below ${from}` : undefined;
}

/** Every relative import in src/ that points outside it, upward, or sideways: "file -> specifier (why)". */
function wrongImports(): string[] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].flatMap(([, specifier = '']) => {
      const problem = layerProblem(file, specifier);
      return problem ? [`${relative(SRC, file)} -> ${specifier} (${problem})`] : [];
    }),
  );
}

describe('the layout of src/', () => {
  it('gives every folder a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((name) => LAYERS[name] === undefined)).toEqual([]);
  });

  it('imports only downward, from folders on lower layers, and nothing from outside src/', () => {
    expect(wrongImports()).toEqual([]);
  });

  it('refuses upward, sideways and outside imports (the rule is not vacuous)', () => {
    const at = (path: string) => join(SRC, path);
    const found = (line: string) => [...line.matchAll(SPECIFIER)].map((m) => m[1]);
    expect(found("import { buildStory } from '../story/story.ts';")).toEqual(['../story/story.ts']);
    expect(layerProblem(at('content/read-content.ts'), '../story/story.ts')).toBe('story is not below content');
    expect(layerProblem(at('map/frame.ts'), '../markdown/cross-refs.ts')).toBe('markdown is not below map');
    expect(layerProblem(at('content/read-content.ts'), '../../scripts/lib/new-entry.ts')).toBe('outside src/');
    expect(layerProblem(at('story/story.ts'), '../content/problem.ts')).toBeUndefined();
  });

  it('keeps folders small enough to read: at most 16 files each, at every depth', () => {
    const folders = [
      SRC,
      ...readdirSync(SRC, { recursive: true, withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join(e.parentPath, e.name)),
    ];
    const crowded = folders
      .map(
        (dir) =>
          [
            relative(SRC, dir) || 'src',
            readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).length,
          ] as const,
      )
      .filter(([, count]) => count > 16);
    expect(crowded).toEqual([]);
  });
});
