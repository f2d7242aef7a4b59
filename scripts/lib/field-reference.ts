/**
 * The field reference in EDITING.md, generated from the schemas so it cannot
 * drift from what the check enforces. `npm run docs` writes it between the
 * markers; a unit test fails when the file is out of date.
 */
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/schemas/collections.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { STATUS_MEANINGS } from '../../src/schemas/fields/status.ts';
import { fieldsOf, type FieldInfo } from './schema-fields.ts';

/** The line before the generated part of EDITING.md. */
export const GUIDE_START =
  '<!-- fields:start: generated from src/schemas by `npm run docs`; edit the schemas, not this part -->';
/** The line after it. */
export const GUIDE_END = '<!-- fields:end -->';

const HEADINGS: Record<(typeof COLLECTION_NAMES)[number], string> = {
  article: 'The article',
  sections: 'Sections',
  events: 'Events',
  facts: 'Facts',
  sources: 'Sources',
  places: 'Places',
  pages: 'Pages',
};

function need(field: FieldInfo): string {
  if (field.required) return '**required**';
  if (field.defaultValue === undefined) return 'optional';
  const shown = Array.isArray(field.defaultValue) ? 'empty' : `\`${String(field.defaultValue)}\``;
  return `optional, ${shown} when left out`;
}

function fieldLines(field: FieldInfo, indent: string, listed: Set<unknown>): string[] {
  const description = field.doc?.description ?? '';
  const choices = field.choices ? ` One of: ${field.choices.map((c) => `\`${c}\``).join(', ')}.` : '';
  const lines = [`${indent}- \`${field.name}\` (${need(field)}): ${description}${choices}`];
  if (field.doc?.example !== undefined) lines.push(`${indent}  Example: \`${field.name}: ${field.doc.example}\``);
  // Lists sharing one item schema (known and unknown) list its fields once; the description says so.
  const [first] = field.fields ?? [];
  if (first && listed.has(first.schema)) return lines;
  if (first) listed.add(first.schema);
  for (const inner of field.fields ?? []) lines.push(...fieldLines(inner, `${indent}  `, listed));
  return lines;
}

/** The generated markdown: one part per collection, one item per field, in schema order. */
export function fieldReference(): string {
  const parts = COLLECTION_NAMES.map((name) => {
    const { folder, extension, schema, about } = COLLECTIONS[name];
    const listed = new Set<unknown>();
    const lines = [
      `### ${HEADINGS[name]}: \`content/${folder}/<id>${extension}\``,
      '',
      about,
      '',
      ...fieldsOf(schema).flatMap((field) => fieldLines(field, '', listed)),
    ];
    if (name === 'events') {
      lines.push('', 'What each `status` means (readers see the same words):', '');
      for (const [status, meaning] of Object.entries(STATUS_MEANINGS)) lines.push(`- \`${status}\`: ${meaning}`);
    }
    return lines.join('\n');
  });
  const listed = new Set<unknown>();
  const site = [
    '### Site settings: `content/site.yaml`',
    '',
    "The story's settings, one file, fields only. The corrections contact has no default: until it is set, the About page says that no contact address has been configured, and `npm run check` warns.",
    '',
    ...fieldsOf(SiteSchema).flatMap((field) => fieldLines(field, '', listed)),
  ].join('\n');
  return [...parts, site].join('\n\n');
}

/** EDITING.md with its generated part replaced; throws when the markers are missing. */
export function updateGuide(guide: string, generated = fieldReference()): string {
  const start = guide.indexOf(GUIDE_START);
  const end = guide.indexOf(GUIDE_END);
  if (start < 0 || end < start) throw new Error(`EDITING.md needs the lines ${GUIDE_START} and ${GUIDE_END}`);
  return `${guide.slice(0, start + GUIDE_START.length)}\n\n${generated}\n\n${guide.slice(end)}`;
}
