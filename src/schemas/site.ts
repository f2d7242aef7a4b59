import { z } from 'astro/zod';
import { documented } from './field-doc.ts';
import { plainText } from './text.ts';

const CONTACT_EXPECTED = 'an e-mail address ("corrections@example.org") or a full https:// address of a form';

/** Whether a contact is something a reader can use: an e-mail address or an https page. */
function isContact(text: string): boolean {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return true;
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The story's settings, in `content/site.yaml`: one file, fields only. */
export const SiteSchema = z.strictObject({
  name: documented(plainText('the site name', 80), {
    description: "The site's name, in the header, browser titles and link previews.",
    example: 'MSS Haiti explainer',
  }),
  correctionsContact: documented(
    plainText('a contact', 200).refine(isContact, { error: CONTACT_EXPECTED }).optional(),
    {
      description:
        'Where readers report errors: an e-mail address or an https:// form. There is no default: until it is set, the About page says that no contact address has been configured, and npm run check warns. Never put in an address nobody reads.',
      example: '"corrections@example.org"',
    },
  ),
});

/** The site settings as stored after validation. */
export type Site = z.output<typeof SiteSchema>;
/** The site settings as an editor writes them. */
export type SiteInput = z.input<typeof SiteSchema>;
