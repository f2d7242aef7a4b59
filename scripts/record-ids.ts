/**
 * `npm run ids:record`: adds every live section, event, fact and source id to
 * published-ids.json. Builds of the real content do this themselves; run it by
 * hand after publishing some other way.
 */
import { recordLedger } from '../src/content/record-ledger.ts';
import { LEDGER_FILE } from '../src/content/published-ids.ts';

recordLedger(process.cwd());
console.log(`${LEDGER_FILE} records every live id.`);
