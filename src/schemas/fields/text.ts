import { z } from 'astro/zod';

// C0/C1 control characters and the bidi overrides that can disguise text; tabs and
// newlines are allowed only where a field says so. Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

// A markdown link or image, [words](address); square brackets alone are ordinary text.
const MARKDOWN_LINK = /\[[^\]]*\]\([^)]*\)/u;

/** One line of plain text for readers: trimmed, not empty, no control characters, bounded. */
export function plainText(what: string, max: number) {
  return (
    z
      .string({ error: `${what} as text` })
      .trim()
      .min(1, { error: `${what} (it is empty)` })
      .max(max, { error: `${what} of at most ${max} characters` })
      .refine((s) => !CONTROL.test(s), {
        error: `${what} without control or direction-override characters`,
      })
      .refine((s) => !/[\r\n]/.test(s), { error: `${what} on one line` })
      // Fields are shown as they are written: a link here would reach readers as "[words](event:…)".
      .refine((s) => !MARKDOWN_LINK.test(s), {
        error: `${what} without links: [words](…) links work only in the text below the fields (the markdown body); fields show plain text`,
      })
  );
}
