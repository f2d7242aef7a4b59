/**
 * `npm run docs`: rewrites the field reference in EDITING.md from the schemas.
 * `npm run docs -- --check` only reports whether it is out of date (exit 1 if so).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { updateGuide } from './lib/field-reference.ts';

const path = join(process.cwd(), 'EDITING.md');
const current = readFileSync(path, 'utf8');
const options = { ...(await prettier.resolveConfig(path)), filepath: path };
const next = await prettier.format(updateGuide(current), options);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('EDITING.md is out of date with src/schemas: run npm run docs.');
    process.exitCode = 1;
  } else console.log('EDITING.md matches src/schemas.');
} else if (next === current) {
  console.log('EDITING.md already matches src/schemas.');
} else {
  writeFileSync(path, next);
  console.log('EDITING.md: field reference rewritten from src/schemas.');
}
