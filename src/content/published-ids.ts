/**
 * The ledger of published ids. Every section, event, fact and source id that
 * has ever been built is recorded in `published-ids.json`; the check fails when
 * one disappears without being listed in some entry's `aliases`, because links
 * to it are out in chats and posts and must keep working.
 */
import type { Problem } from './problem.ts';
import type { ValidContent } from './validate-content.ts';

/** Where the ledger lives, beside content/. */
export const LEDGER_FILE = 'published-ids.json';

/** The ledger's namespaces: ids are unique within each one. */
export const LEDGER_SPACES = ['timeline', 'facts', 'sources'] as const;

/** Published ids per namespace. */
export type Ledger = Record<(typeof LEDGER_SPACES)[number], string[]>;

const NOTE =
  'Every id ever published, recorded by each build. Never remove one: rename an entry by listing its old id under aliases.';

function entriesOf(content: ValidContent) {
  return {
    timeline: [...content.sections, ...content.events],
    facts: content.facts,
    sources: content.sources,
  } satisfies Record<keyof Ledger, unknown>;
}

/** Reads the ledger's text; problems name what is wrong with it. */
export function parseLedger(text: string): { ledger: Ledger; problems: Problem[] } {
  const ledger: Ledger = { timeline: [], facts: [], sources: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const found = `JSON it cannot read (${error instanceof Error ? error.message : String(error)})`;
    return {
      ledger,
      problems: [
        { file: LEDGER_FILE, field: 'file', found, expected: 'the file as the build writes it; restore it from git' },
      ],
    };
  }
  const problems: Problem[] = [];
  for (const space of LEDGER_SPACES) {
    const ids = (data as Record<string, unknown> | null)?.[space];
    if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) ledger[space] = ids;
    else
      problems.push({
        file: LEDGER_FILE,
        field: space,
        found: JSON.stringify(ids) ?? 'nothing',
        expected: 'a list of ids; restore the file from git',
      });
  }
  return { ledger, problems };
}

/** A problem for each published id that no entry has now, live or as an alias. */
export function missingPublishedIds(ledger: Ledger, content: ValidContent, presentIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const groups = entriesOf(content);
  for (const space of LEDGER_SPACES) {
    const known = new Set(groups[space].flatMap((entry) => [entry.id, ...entry.data.aliases]));
    for (const id of ledger[space]) {
      // An entry that exists but failed its schema is reported on its own; it has not disappeared.
      if (known.has(id) || presentIds.has(`${space}:${id}`)) continue;
      problems.push({
        file: LEDGER_FILE,
        field: space,
        found: `"${id}", a published id that no entry has any more`,
        expected: `an entry with that id, or "${id}" listed under aliases: in the entry that replaced it, so its old links redirect there (only if it was published by mistake: npm run ids:retire -- ${space}:${id})`,
      });
    }
  }
  return problems;
}

/** The ledger with every live id added (never removed), sorted, as the file's text. */
export function recordIds(ledger: Ledger, content: ValidContent): string {
  const groups = entriesOf(content);
  const next: Record<string, unknown> = { note: NOTE };
  for (const space of LEDGER_SPACES) {
    next[space] = [...new Set([...ledger[space], ...groups[space].map((entry) => entry.id)])].sort();
  }
  return `${JSON.stringify(next, null, 2)}\n`;
}
