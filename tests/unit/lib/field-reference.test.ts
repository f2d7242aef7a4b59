import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { fieldReference, GUIDE_END, GUIDE_START, updateGuide } from '../../../scripts/lib/field-reference.ts';
import { fieldsOf, type FieldInfo } from '../../../scripts/lib/schema-fields.ts';
import { SiteSchema } from '../../../src/schemas/site.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../../../src/schemas/collections.ts';

const guidePath = join(import.meta.dirname, '../../../EDITING.md');

/** Every field of every collection, items of lists of groups included, with a readable path. */
const allFields = COLLECTION_NAMES.flatMap((name) => {
  const walk = (fields: FieldInfo[], prefix: string): [string, FieldInfo][] =>
    fields.flatMap((field) => [
      [`${prefix}${field.name}`, field] as [string, FieldInfo],
      ...walk(field.fields ?? [], `${prefix}${field.name}[].`),
    ]);
  return walk(fieldsOf(COLLECTIONS[name].schema), `${name}.`);
}).concat(fieldsOf(SiteSchema).map((field) => [`site.${field.name}`, field] as [string, FieldInfo]));

describe('the schemas behind EDITING.md', () => {
  it.each(allFields)('document %s for editors', (_, field) => {
    expect(field.doc?.description).toMatch(/\S/);
  });

  it.each(allFields.filter(([, field]) => field.kind !== 'groups'))(
    'give %s an example its own schema accepts, written as in a file',
    (_, field) => {
      const example = field.doc?.example ?? '';
      const value = (yaml.load(`${field.name}: ${example}`) as Record<string, unknown>)[field.name];
      expect(field.schema.safeParse(value).success).toBe(true);
    },
  );
});

describe('fieldReference', () => {
  it('has a part for every collection and an item for every field', () => {
    const text = fieldReference();
    for (const name of COLLECTION_NAMES) expect(text).toContain(`content/${COLLECTIONS[name].folder}/<id>`);
    for (const [, field] of allFields) expect(text).toContain(`\`${field.name}\``);
  });
});

describe('updateGuide', () => {
  it('replaces only what lies between the markers', () => {
    const guide = `# Guide\n\nBy hand.\n\n${GUIDE_START}\nold\n${GUIDE_END}\n\nAfter.\n`;
    expect(updateGuide(guide, 'new')).toBe(`# Guide\n\nBy hand.\n\n${GUIDE_START}\n\nnew\n\n${GUIDE_END}\n\nAfter.\n`);
  });

  it('refuses a guide without markers', () => {
    expect(() => updateGuide('# Guide\n', 'new')).toThrow(/needs the lines/);
  });
});

describe('EDITING.md', () => {
  it('matches the schemas (run npm run docs after changing a schema)', async () => {
    const current = readFileSync(guidePath, 'utf8');
    const options = { ...(await prettier.resolveConfig(guidePath)), filepath: guidePath };
    expect(current).toBe(await prettier.format(updateGuide(current), options));
  });
});
