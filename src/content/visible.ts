/**
 * Text as an editor can see it: characters that print as nothing, or as an
 * ordinary space, are shown as escapes, so "kaetuai\u200b-killed" in a message
 * does not look like the id it fails to be.
 */

// Control and format characters (zero-width spaces, joiners, BOM, direction marks) and every space but U+0020.
const INVISIBLE =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u00AD\u115F\u1160\u3164\uFFA0]/gu;

/** Names of the invisible characters editors most often meet, for messages. */
export const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  '\u00A0': 'a non-breaking space',
  '\u202F': 'a narrow non-breaking space',
  '\u200B': 'a zero-width space',
  '\u200C': 'a zero-width non-joiner',
  '\u200D': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\uFEFF': 'a byte-order mark',
  '\u00AD': 'a soft hyphen',
  '\t': 'a tab',
};

/** The character's escape, such as "\u200b". */
export function escapeChar(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/** Whether the text holds any character that prints as nothing or as a plain-looking space. */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/** The text with every invisible character written as its escape ("\u200b"); newlines and tabs as \n and \t. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (char) => (char === '\n' ? '\\n' : char === '\t' ? '\\t' : escapeChar(char)));
}

/** A readable name for one character: "a zero-width space (\u200b)". */
export function nameChar(char: string): string {
  const name = CHARACTER_NAMES[char];
  return name ? `${name} (${escapeChar(char)})` : `the invisible character ${escapeChar(char)}`;
}
