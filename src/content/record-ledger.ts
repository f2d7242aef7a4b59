/**
 * Writing published-ids.json: recording the ids a build published (only once
 * that build is in dist/, so a failed build never changes the ledger), and
 * retiring one on purpose when it should never have been published.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentIndex } from './content-index.ts';
import { LEDGER_FILE, LEDGER_SPACES, recordIds, type Ledger } from './published-ids.ts';

function currentText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The ledger's text once every live id of `<root>/content` is added (from the content index). */
export function nextLedgerText(root: string): string {
  const index = contentIndex(root);
  return recordIds(index.ledger?.ledger ?? { timeline: [], facts: [], sources: [] }, index.content);
}

/** Writes `text` as the ledger under `root` unless it already says that; true when the file changed. */
export function writeLedger(root: string, text: string): boolean {
  const file = join(root, LEDGER_FILE);
  if (text === currentText(file)) return false;
  writeFileSync(file, text);
  return true;
}

/** Adds every live id of `<root>/content` to the ledger; true when the file changed. */
export function recordLedger(root: string): boolean {
  return writeLedger(root, nextLedgerText(root));
}

/** What retiring "<space>:<id>" would do: the ledger without it, or why it cannot be retired. */
export function retireId(
  ledger: Ledger,
  key: string,
  liveIds: ReadonlySet<string>,
): { ok: true; ledger: Ledger } | { ok: false; reason: string } {
  const [space, id, extra] = key.split(':');
  if (!LEDGER_SPACES.includes(space as (typeof LEDGER_SPACES)[number]) || !id || extra !== undefined) {
    return { ok: false, reason: `write it as <list>:<id>, where <list> is ${LEDGER_SPACES.join(', ')}` };
  }
  const name = space as keyof Ledger;
  if (!ledger[name].includes(id)) return { ok: false, reason: `${LEDGER_FILE} does not list "${id}" under ${name}` };
  if (liveIds.has(key)) {
    return { ok: false, reason: `"${id}" is still an entry's id or alias; delete the entry (or the alias) first` };
  }
  return { ok: true, ledger: { ...ledger, [name]: ledger[name].filter((other) => other !== id) } };
}
