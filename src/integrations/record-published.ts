/**
 * After a successful build, records every live id in published-ids.json:
 * once built, an id may be out in shared links, and the content check then
 * refuses to let it disappear without an alias.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, readLedger } from '../lib/check-content.ts';
import { LEDGER_FILE, recordIds } from '../lib/published-ids.ts';

/** The integration; `root` holds content/ and the ledger. */
export function recordPublished(root: string): AstroIntegration {
  return {
    name: 'record-published',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const file = join(root, LEDGER_FILE);
        const ledger = readLedger(root)?.ledger ?? { timeline: [], facts: [], sources: [] };
        const next = recordIds(ledger, checkContent(root).content);
        const before = (() => {
          try {
            return readFileSync(file, 'utf8');
          } catch {
            return '';
          }
        })();
        if (next === before) return;
        writeFileSync(file, next);
        logger.info(`${LEDGER_FILE} now records the new ids; commit it with the content.`);
      },
    },
  };
}
