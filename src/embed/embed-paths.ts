/** Whether a URL path is one of the embed pages or oEmbed files, which stay out of the sitemap. */
import { normaliseBase } from '../site/config.ts';
export function isEmbedPath(pathname: string, base: string): boolean {
  const root = normaliseBase(base);
  return pathname.startsWith(`${root}embed/`);
}
