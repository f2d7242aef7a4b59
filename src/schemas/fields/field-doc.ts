import { z } from 'astro/zod';

/** What the editors' guide says about one field. */
export interface FieldDoc {
  /** What goes in the field, in plain words for editors. */
  description: string;
  /** The value exactly as written after "field: " in a real content file; left out for lists of groups, whose items carry their own. */
  example?: string;
}

/**
 * Attaches editor-facing documentation to a field. It lives on the schema, not in a
 * comment, so EDITING.md and `npm run new` read the same words the check enforces.
 */
export function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  return schema.meta(doc.example === undefined ? { description: doc.description } : { ...doc });
}

/** The documentation attached to a field with `documented`, if any. */
export function fieldDoc(schema: z.ZodType): FieldDoc | undefined {
  const meta = z.globalRegistry.get(schema);
  if (typeof meta?.description !== 'string') return undefined;
  const example = meta['example'];
  return typeof example === 'string' ? { description: meta.description, example } : { description: meta.description };
}
