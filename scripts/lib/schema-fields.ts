/**
 * The fields of an entry schema as editors meet them: name, whether required,
 * what sort of value, allowed words, and the documentation attached with
 * `documented`. Read by the EDITING.md generator and by `npm run new`.
 */
import type { z } from 'astro/zod';
import { fieldDoc, type FieldDoc } from '../../src/schemas/fields/field-doc.ts';
import { unwrapSchema } from '../../src/content/zod-problems.ts';

/** What sort of value a field holds, as an editor writes it. */
export type FieldKind = 'text' | 'number' | 'boolean' | 'choice' | 'list' | 'groups';

/** One field of an entry schema. */
export interface FieldInfo {
  name: string;
  required: boolean;
  /** The value used when the field is left out, if any. */
  defaultValue?: unknown;
  kind: FieldKind;
  /** The allowed words of a choice field. */
  choices?: string[];
  doc: FieldDoc | undefined;
  schema: z.ZodType;
  /** The fields of each item of a list of groups (such as corrections), or of a single group. */
  fields?: FieldInfo[];
}

interface Def {
  type?: string;
  shape?: Record<string, z.ZodType>;
  element?: unknown;
  entries?: Record<string, string>;
  defaultValue?: unknown;
}

const defOf = (schema: unknown): Def => (schema as { def?: Def }).def ?? {};

/** The fields of an object schema (refinements and wrappers looked through), in the order they are declared. */
export function fieldsOf(schema: z.ZodType): FieldInfo[] {
  const shape = defOf(unwrapSchema(schema)).shape ?? {};
  return Object.entries(shape).map(([name, field]) => {
    const outer = defOf(field);
    const inner = defOf(unwrapSchema(field));
    const element = inner.type === 'array' ? defOf(unwrapSchema(inner.element)) : undefined;
    const info: FieldInfo = {
      name,
      required: outer.type !== 'optional' && outer.type !== 'default',
      kind: 'text',
      doc: fieldDoc(field),
      schema: field,
    };
    if (outer.type === 'default') info.defaultValue = outer.defaultValue;
    if (inner.type === 'number') info.kind = 'number';
    else if (inner.type === 'boolean') info.kind = 'boolean';
    else if (inner.type === 'enum') {
      info.kind = 'choice';
      info.choices = Object.values(inner.entries ?? {});
    } else if (element?.type === 'object') {
      info.kind = 'groups';
      info.fields = fieldsOf(inner.element as z.ZodType);
    } else if (inner.type === 'object') {
      // A single group of fields (the article's standing note) is documented like one item of a list.
      info.kind = 'groups';
      info.fields = fieldsOf(field);
    } else if (inner.type === 'array') info.kind = 'list';
    return info;
  });
}
