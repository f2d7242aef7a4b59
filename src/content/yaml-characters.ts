/**
 * Characters in YAML that an editor cannot see or cannot tell apart: a word
 * processor's curly quotes around a value, a non-breaking space after a colon
 * or in the indentation, a zero-width space inside a word. YAML itself reports
 * them as "bad indentation" or "multiline key", or reads a wrong value without
 * a word; this names the character and where it is, before YAML is read.
 */
import type { Problem } from './problem.ts';
import { nameChar } from './visible.ts';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
// Spaces that look like U+0020 but are not YAML white space.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
const OPENING_CURLY = /[“”‘’„‚«»]/u;
const CLOSING_CURLY = /[“”‘’«»]$/u;
const SPACE_RUN = /^[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/u;
// A mapping key: "key:" followed by a space of any kind, or the end of the line.
const KEY = /^[^\s:#"'“”‘’][^:#]*?:(?=[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]|$)/u;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The top-level field a line belongs to: its own key, or the nearest unindented key above it. */
function fieldAt(lines: readonly string[], index: number): string {
  for (let i = index; i >= 0; i--) {
    const key = /^([A-Za-z][\w-]*)\s*:/u.exec(lines[i] ?? '');
    if (key?.[1]) return key[1];
  }
  return 'file';
}

function problemAt(file: string, field: string, line: number, column: number, found: string, expected: string) {
  return { file, field, found: `${found} at column ${column}`, expected, line };
}

/** Problems with one line of YAML (1-based `line` in the file). */
function lineProblems(file: string, field: string, text: string, line: number): Problem[] {
  const problems: Problem[] = [];
  for (const match of text.matchAll(ZERO_WIDTH)) {
    problems.push(
      problemAt(
        file,
        field,
        line,
        match.index + 1,
        nameChar(match[0]),
        'no invisible characters in fields: delete it (move the cursor across the spot to find it, or retype the word)',
      ),
    );
  }
  const indent = SPACE_RUN.exec(text)?.[0] ?? '';
  const odd = [...indent].findIndex((c) => ODD_SPACE.test(c) || c === '\t');
  if (odd >= 0) {
    const char = indent[odd] ?? '';
    const expected =
      char === '\t' ? 'indentation with ordinary spaces, not tabs' : 'indentation with ordinary spaces: retype them';
    problems.push(problemAt(file, field, line, odd + 1, nameChar(char), expected));
    return problems;
  }
  let at = indent.length;
  // After a list dash and after "key:", the gap before the value must be ordinary spaces.
  const gapAfter = (what: string) => {
    const gap = SPACE_RUN.exec(text.slice(at))?.[0] ?? '';
    const odd = [...gap].findIndex((c) => ODD_SPACE.test(c));
    const char = gap[odd];
    if (char)
      problems.push(problemAt(file, field, line, at + odd + 1, nameChar(char), `an ordinary space ${what}: retype it`));
    at += gap.length;
  };
  if (text[at] === '-' && SPACE_RUN.exec(text.slice(at + 1))?.[0]) {
    at += 1;
    gapAfter('after the dash');
  }
  const key = KEY.exec(text.slice(at));
  if (key) {
    at += key[0].length;
    gapAfter('after the colon');
  }
  const value = text.slice(at).trimEnd();
  const first = value.charAt(0);
  // A value opened and closed by curly quotes is a word processor's "…"; quotes inside text are the text's own.
  if (OPENING_CURLY.test(first) && CLOSING_CURLY.test(value) && value.length > 1) {
    const column = at + 1;
    const straight = '‘’‚'.includes(first) ? "'" : '"';
    problems.push(
      problemAt(
        file,
        field,
        line,
        column,
        `a curly quote ${first}`,
        `straight quotes ${straight} around the value (a word processor turned them curly; retype them in a plain-text editor)`,
      ),
    );
  }
  return problems;
}

/** Problems with the characters of a content file's YAML: its front matter, or the whole of a data file. */
export function yamlCharacterProblems(file: string, text: string, markdown: boolean): Problem[] {
  // A byte-order mark opening the file is how some editors save UTF-8; only one further in is a mistake.
  let yaml = text.replace(/^\uFEFF/, '');
  if (markdown) {
    const match = FRONT_MATTER.exec(yaml);
    if (!match) return [];
    yaml = `\n${match[1] ?? ''}`;
  }
  const lines = yaml.split(/\r?\n/);
  return lines.flatMap((text, index) => lineProblems(file, fieldAt(lines, index), text, index + 1));
}
