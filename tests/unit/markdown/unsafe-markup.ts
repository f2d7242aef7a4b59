/** Markup that would run code or load something in a reader's browser, for the XSS and property tests. */
export const UNSAFE = [
  /<\s*(script|iframe|object|embed|style|base|form|meta|link|svg|math|template|input|video|body|details|marquee)\b/i,
  /\son[a-z]+\s*=/i,
  /\sstyle\s*=/i,
  /(href|src|action|data)\s*=\s*["']?\s*(javascript|vbscript|data):/i,
];
