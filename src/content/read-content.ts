/**
 * Reads content/ from disk into raw entries, the same way Astro's loaders
 * read it (Astro's own parseFrontmatter for markdown, js-yaml for data files),
 * and reports files that cannot be read at all: stray files, empty files,
 * broken YAML, bad bytes. Positions come from the `yaml` package (yaml-lines.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/collections.ts';
import { ID_EXPECTED, ID_PATTERN, kebabId } from '../schemas/fields/id.ts';
import type { Problem } from './problem.ts';
import { specialFileProblem } from './special-files.ts';
import { yamlCharacterProblems } from './yaml-characters.ts';
import { visible } from './visible.ts';
import { yamlLineFinder, type LineOf } from './yaml-lines.ts';

/** One content file, parsed but not yet validated. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path from the project root, with forward slashes. */
  file: string;
  data: unknown;
  /** Markdown body ('' for data files). */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  lineOf: LineOf;
}

/** What reading content/ gives: the entries that parsed, and problems with the rest. */
export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
}

const WHERE = COLLECTION_NAMES.map((name) => {
  const { folder, extension } = COLLECTIONS[name];
  return `content/${folder}/<id>${extension}`;
})
  .concat('content/site.yaml')
  .join(', ');

function yamlProblem(file: string, error: unknown, firstLine: number): Problem {
  const mark = error instanceof yaml.YAMLException ? error.mark : undefined;
  const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
  return {
    file,
    field: 'file',
    found: `YAML it cannot read (${reason})`,
    expected: 'valid YAML: "field: value" lines, text with a colon in double quotes, lists indented evenly',
    line: mark ? firstLine + mark.line : undefined,
  };
}

function startFrom(collection: CollectionName): string {
  const { scaffold, singular } = COLLECTIONS[collection];
  return scaffold
    ? `delete it and run npm run new -- ${singular}, or copy a neighbouring file`
    : 'copy a neighbouring file to start';
}

function renameTo(id: string, name: string): string {
  const suggested = kebabId(id);
  if (suggested === '') return 'rename the file';
  return `rename the file to ${JSON.stringify(suggested + name.slice(id.length))}`;
}

/** Parses one file's text into a raw entry, or a problem saying why it cannot be read. */
export function parseContentFile(collection: CollectionName, file: string, text: string): RawEntry | Problem {
  const name = file.split('/').at(-1) ?? file;
  const id = name.slice(0, name.length - COLLECTIONS[collection].extension.length);
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') {
    return {
      file,
      field: 'file',
      found: 'an empty file',
      expected: `the fields of this kind of entry (${startFrom(collection)})`,
    };
  }
  if (!ID_PATTERN.test(id)) {
    const found = visible(JSON.stringify(id));
    return { file, field: 'file name', found, expected: `${ID_EXPECTED}; ${renameTo(id, name)}` };
  }
  let source = clean;
  let firstLine = 1;
  let body = '';
  let bodyLine = 1;
  let data: unknown;
  try {
    if (COLLECTIONS[collection].extension === '.md') {
      const raw = extractFrontmatter(clean);
      if (raw === undefined) {
        return {
          file,
          field: 'file',
          found: 'no front matter',
          expected: 'the fields between two lines of three dashes (---) at the top',
          line: 1,
        };
      }
      // Only blank lines may come before the opening dashes; the raw front matter starts just after them.
      const open = clean.search(/---|\+\+\+/);
      firstLine = clean.slice(0, open).split('\n').length;
      source = raw;
      bodyLine = firstLine + raw.split('\n').length;
      body = clean.slice(open + 3 + raw.length + 3).replace(/^\r?\n/, '');
      // Astro's own front matter reader, so the check and the pages see the same fields.
      data = parseFrontmatter(clean, { frontmatter: 'preserve' }).frontmatter;
    } else {
      data = yaml.load(source);
    }
  } catch (error) {
    return yamlProblem(file, error, firstLine);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      file,
      field: 'file',
      found: 'YAML that is not a set of fields',
      expected: '"field: value" lines',
      line: firstLine,
    };
  }
  return { collection, id, file, data, body, bodyLine, lineOf: yamlLineFinder(source, firstLine) };
}

function decode(file: string, bytes: Uint8Array): string | Problem {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      file,
      field: 'file',
      found: 'bytes that are not UTF-8 text',
      expected: 'a file saved as UTF-8 (choose UTF-8 in your editor\'s "Save as")',
    };
  }
}

/** Reads every file under `<root>/content`, reporting all problems rather than the first. */
export function readContent(root: string): ReadResult {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const contentDir = join(root, 'content');
  const folders = new Map<string, CollectionName>(COLLECTION_NAMES.map((name) => [COLLECTIONS[name].folder, name]));
  for (const item of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    const relative = join(item.parentPath, item.name)
      .slice(contentDir.length + 1)
      .replaceAll('\\', '/');
    const file = `content/${relative}`;
    const special = specialFileProblem(item, file);
    if (special) problems.push(special);
    if (special || !item.isFile() || item.name.startsWith('.')) continue;
    // The story's settings are one file of their own, checked by checkSite.
    if (relative === 'site.yaml') continue;
    const [folder, ...rest] = relative.split('/');
    const collection = folder === undefined ? undefined : folders.get(folder);
    if (!collection || rest.length !== 1 || !item.name.endsWith(COLLECTIONS[collection].extension)) {
      problems.push({
        file,
        field: 'file',
        found: 'a file in a place no collection reads',
        expected: `one of ${WHERE}; move or rename it`,
      });
      continue;
    }
    const text = decode(file, readFileSync(join(contentDir, relative)));
    // Invisible and look-alike characters are named first: YAML's own message for them misleads.
    const characters =
      typeof text === 'string' ? yamlCharacterProblems(file, text, COLLECTIONS[collection].extension === '.md') : [];
    if (characters.length > 0) {
      problems.push(...characters);
      continue;
    }
    const parsed = typeof text === 'string' ? parseContentFile(collection, file, text) : text;
    if ('collection' in parsed) entries.push(parsed);
    else problems.push(parsed);
  }
  entries.sort((a, b) => a.file.localeCompare(b.file));
  return { entries, problems };
}
