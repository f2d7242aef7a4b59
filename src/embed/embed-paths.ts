/** Whether a URL path is one of the embed pages or oEmbed files, which stay out of the sitemap. */
export function isEmbedPath(pathname: string, base: string): boolean {
  const root = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(`${root}embed/`);
}
