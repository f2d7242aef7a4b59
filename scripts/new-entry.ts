/**
 * `npm run new -- event|fact|source|place|section [--field value ...]`: writes a
 * new entry with the right file name and today's date, then runs the check.
 * Asks for what is missing when run in a terminal; takes flags otherwise.
 * Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { localDay } from '../src/dates/calendar-days.ts';
import { checkContent } from '../src/check/check-content.ts';
import { checkAnswer, isNewKind, newEntry, newEntryFields, NEW_KINDS, questionsFor } from './lib/new-entry.ts';
import { formatProblem } from '../src/content/problem.ts';
import type { FieldInfo } from './lib/schema-fields.ts';
import { closest } from '../src/content/zod-problems.ts';
import { COLLECTIONS } from '../src/schemas/collections.ts';
import { ID_EXPECTED, IdSchema } from '../src/schemas/fields/id.ts';
import { runCheck } from './run-check.ts';

const root = process.cwd();
const today = localDay(new Date());
const [kind, ...args] = process.argv.slice(2);
const kinds = Object.keys(NEW_KINDS).join('|');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!isNewKind(kind)) {
  const guess = kind && closest(kind, Object.keys(NEW_KINDS));
  fail(
    `Usage: npm run new -- ${kinds} [--id <id> --<field> <value> ...]${guess ? `\nDid you mean "${guess}"?` : ''}\n` +
      'Run it in a terminal without flags and it asks for each field. See EDITING.md.',
  );
}

const fields = newEntryFields(kind);
const names = ['id', ...fields.map((field) => field.name)];
let flags: Record<string, string | undefined>;
try {
  flags = parseArgs({
    args,
    options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
  }).values;
} catch (error) {
  const word = /'--?([^']+)'/.exec(String(error))?.[1];
  const guess = word && closest(word, names);
  fail(
    `${error instanceof Error ? error.message : String(error)}${guess ? ` Did you mean --${guess}?` : ''}\n` +
      `${kind === 'event' ? 'An' : 'A'} ${kind} takes: ${names.map((name) => `--${name}`).join(' ')}`,
  );
}

const { folder, extension } = COLLECTIONS[NEW_KINDS[kind]];
const pathOf = (id: string) => join(root, 'content', folder, `${id}${extension}`);
const { content } = checkContent(root);
const suggestions: Record<string, string> = {
  date: today,
  published: today,
  order: String(Math.max(0, ...content.sections.map((section) => section.data.order)) + 1),
};
const existing: Record<string, string[]> = {
  place: content.places.map((place) => place.id),
  section: content.sections.map((section) => section.id),
  sources: content.sources.map((source) => source.id),
};
const KIND_OF: Record<string, string> = { place: 'place', section: 'section', sources: 'source' };

/** Ids in an answer that no entry has yet, with a note saying so, or undefined when all exist. */
function unknownIds(field: FieldInfo, answer: string): string | undefined {
  const known = existing[field.name];
  if (!known) return undefined;
  const notes = answer
    .split(/[\s,]+/)
    .filter((id) => id !== '' && !known.includes(id))
    .map((id) => {
      const guess = closest(id, known, Math.max(1, Math.floor(id.length / 6)));
      return `there is no ${KIND_OF[field.name]} "${id}" yet${guess ? ` (did you mean "${guess}"?)` : ''}`;
    });
  if (notes.length === 0) return undefined;
  return `  Note: ${notes.join('; ')}.\n  Press Enter to keep it and create it afterwards with npm run new -- ${KIND_OF[field.name]}, or type again.`;
}

const answers: Record<string, string> = {};
for (const [name, value] of Object.entries(flags)) if (value !== undefined) answers[name] = value;
// A section's order is almost always "next"; filling it in saves a question.
if (kind === 'section' && answers['order'] === undefined) answers['order'] = suggestions['order'] ?? '1';

const idQuestion: FieldInfo = {
  name: 'id',
  required: true,
  kind: 'text',
  doc: { description: `The file name, which becomes its link: ${ID_EXPECTED}.`, example: 'pont-sonde' },
  schema: IdSchema,
};
const missing = [idQuestion, ...questionsFor(kind)].filter((field) => answers[field.name] === undefined);

// NEW_ENTRY_ASK=1 asks even when not in a terminal, so answers can be piped in (the tests do).
const interactive = (process.stdin.isTTY && process.stdout.isTTY) || process.env['NEW_ENTRY_ASK'] === '1';
if (missing.length > 0 && !interactive) {
  const asFlag = (example: string) =>
    example
      .replace(/^\[(.*)\]$/, '$1')
      .replace(/, /g, ',')
      .replace(/^"(.*)"$/, '$1');
  const lines = missing.map((field) => {
    const example =
      field.doc?.example === undefined ? '' : ` e.g. --${field.name} ${JSON.stringify(asFlag(field.doc.example))}`;
    return `  --${field.name}: ${field.doc?.description ?? ''}${example}`;
  });
  fail(`Missing for a new ${kind}:\n${lines.join('\n')}\n(In a terminal, npm run new -- ${kind} asks for each one.)`);
}

const lines = missing.length > 0 ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
// Lines are read through the iterator, which queues them: question() would drop answers piped in ahead of it.
const queued = lines?.[Symbol.asyncIterator]();
const prompt = queued && {
  async question(text: string): Promise<string> {
    process.stdout.write(text);
    const next = await queued.next();
    if (next.done) fail('\nNo more answers: nothing was written.');
    return String(next.value);
  },
  close: () => lines?.close(),
};

/** Asks for one field until the answer passes that field's own rules. */
async function ask(field: FieldInfo, ask: NonNullable<typeof prompt>): Promise<void> {
  const choices = field.choices ? `\n  One of: ${field.choices.join(', ')}` : '';
  const shown = field.name === 'sources' ? undefined : existing[field.name];
  const known = shown ? `\n  Existing: ${shown.join(', ')}` : '';
  const example = field.doc?.example ? `\n  e.g. ${field.doc.example.replace(/^"(.*)"$/, '$1')}` : '';
  const list = field.kind === 'list' ? ' (separate several with commas)' : '';
  let suggested = suggestions[field.name];
  console.log(`${field.name}: ${field.doc?.description ?? ''}${list}${choices}${known}${example}`);
  for (;;) {
    const typed = (await ask.question(suggested ? `> [${suggested}] ` : '> ')).trim();
    const answer = typed === '' && suggested ? suggested : typed;
    const taken = field === idQuestion && existsSync(pathOf(answer));
    const problem = taken
      ? `an id no ${kind} has yet (content/${folder}/${answer}${extension} exists)`
      : checkAnswer(field, answer);
    if (problem) {
      console.log(`  That will not do. Expected ${problem}`);
      continue;
    }
    // A new id is fine (its file can come next), but a typo is likelier: ask once more.
    const note = answer === suggested ? undefined : unknownIds(field, answer);
    if (note) {
      console.log(note);
      suggested = answer;
      continue;
    }
    answers[field.name] = answer;
    break;
  }
  console.log('');
}

if (prompt) {
  console.log(`A new ${kind}: answer each question, then press Enter. Ctrl+C stops without writing anything.\n`);
  for (const field of missing) await ask(field, prompt);
}

let entry = newEntry(kind, answers);
// A rule that spans fields (an http:// address without httpOnly) is met only now: ask again for those fields alone.
while (prompt && !entry.ok) {
  const again = missing.filter((field) => entry.ok || entry.problems.some((p) => p.field.split('.')[0] === field.name));
  if (again.length === 0) break;
  for (const problem of entry.problems)
    console.log(`  That will not do: ${problem.field}: expected ${problem.expected}`);
  for (const field of again) await ask(field, prompt);
  entry = newEntry(kind, answers);
}
prompt?.close();
if (!entry.ok) {
  fail(`Nothing was written:\n${entry.problems.map(formatProblem).join('\n')}`);
}
if (existsSync(join(root, entry.file))) {
  fail(`${entry.file} already exists, and npm run new never overwrites. Choose another --id, or edit that file.`);
}
mkdirSync(join(root, 'content', folder), { recursive: true });
writeFileSync(join(root, entry.file), entry.text, { flag: 'wx' });
console.log(`Wrote ${entry.file}:\n\n${entry.text}`);
if (extension === '.md') {
  console.log(`Now open ${entry.file} and write the text below the second "---" line.\n`);
}
console.log('Checking content/ …');
process.exitCode = runCheck(root, today);
