/**
 * `npm run ids:record`: adds every live section, event, fact and source id to
 * published-ids.json. Builds of the real content do this themselves; run it by
 * hand after publishing some other way.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, readLedger } from '../src/lib/check-content.ts';
import { LEDGER_FILE, recordIds } from '../src/lib/published-ids.ts';

const root = process.cwd();
const { content } = checkContent(root);
const ledger = readLedger(root)?.ledger ?? { timeline: [], facts: [], sources: [] };
writeFileSync(join(root, LEDGER_FILE), recordIds(ledger, content));
console.log(`${LEDGER_FILE} records every live id.`);
