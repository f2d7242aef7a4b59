/**
 * What rendered markdown may contain: GitHub's sanitising schema, plus the few
 * things this project adds itself. Second line of defence behind the content
 * check, which already refuses raw HTML beyond a small allowlist.
 */
import { defaultSchema } from 'rehype-sanitize';

type Schema = typeof defaultSchema;

/** The schema for rehype-sanitize. */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Our anchors are entry ids; the default prefix would break every /timeline/#<id> link.
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    // rel comes from rehype-external-links; the hidden date hint from the cross-reference plugin.
    a: [...(defaultSchema.attributes?.['a'] ?? []), 'rel'],
    span: [...(defaultSchema.attributes?.['span'] ?? []), ['className', 'visually-hidden']],
    abbr: ['title'],
    // The note markers at the words a correction quotes.
    sup: [['className', 'note-marker']],
  },
};
