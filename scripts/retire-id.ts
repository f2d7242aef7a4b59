/**
 * `npm run ids:retire -- timeline:<id>`: takes one id out of published-ids.json
 * on purpose, for an entry that should never have been published. Links to it
 * stop working, so this is for mistakes, never for renames (use aliases).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, readLedger } from '../src/check/check-content.ts';
import { LEDGER_FILE, recordIds } from '../src/content/published-ids.ts';
import { retireId } from '../src/content/record-ledger.ts';

const root = process.cwd();
const keys = process.argv.slice(2);
const read = readLedger(root);
if (keys.length === 0 || !read) {
  console.error(
    read
      ? 'Name the id to retire: npm run ids:retire -- timeline:<id> (or facts:<id>, sources:<id>).'
      : `No ${LEDGER_FILE} here.`,
  );
  process.exit(1);
}
const { content } = checkContent(root);
const live = new Set([
  ...[...content.sections, ...content.events].flatMap((e) => [e.id, ...e.data.aliases].map((id) => `timeline:${id}`)),
  ...content.facts.flatMap((e) => [e.id, ...e.data.aliases].map((id) => `facts:${id}`)),
  ...content.sources.flatMap((e) => [e.id, ...e.data.aliases].map((id) => `sources:${id}`)),
]);
let ledger = read.ledger;
for (const key of keys) {
  const result = retireId(ledger, key, live);
  if (!result.ok) {
    console.error(`Cannot retire ${key}: ${result.reason}. Nothing was changed.`);
    process.exit(1);
  }
  ledger = result.ledger;
}
// Written with no content added, so retiring never records anything new.
writeFileSync(
  join(root, LEDGER_FILE),
  recordIds(ledger, { ...content, sections: [], events: [], facts: [], sources: [] }),
);
console.log(`Retired ${keys.join(', ')} from ${LEDGER_FILE}; commit it with the content change.`);
