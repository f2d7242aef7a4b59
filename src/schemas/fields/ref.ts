import { z } from 'astro/zod';
import { ID_PATTERN } from './id.ts';

/** Collections an editor can point at from text, written `kind:id`. */
export const REF_KINDS = ['event', 'fact', 'source', 'section'] as const;

/** The kind part of a `kind:id` reference. */
export type RefKind = (typeof REF_KINDS)[number];

/** A parsed `kind:id` reference. */
export interface Ref {
  kind: RefKind;
  id: string;
}

const REF_EXPECTED = 'a reference such as "event:kaetuai-killed", "fact:kenyan-officers" or "source:reuters-missing"';

/** Reads "event:kaetuai-killed" into { kind, id }, or undefined when it is not a reference. */
export function parseRef(text: string): Ref | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const kind = text.slice(0, colon);
  const id = text.slice(colon + 1);
  const known = REF_KINDS.find((k) => k === kind);
  if (!known || !ID_PATTERN.test(id)) return undefined;
  return { kind: known, id };
}

/** A reference from content to another entry, written `kind:id` as in markdown links. */
export const RefSchema = z.string({ error: REF_EXPECTED }).transform((text, ctx) => {
  const ref = parseRef(text);
  if (!ref) {
    ctx.addIssue({ code: 'custom', message: REF_EXPECTED });
    return z.NEVER;
  }
  return ref;
});
