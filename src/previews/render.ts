/**
 * Draws preview cards to PNG: satori lays the card out as SVG with a font
 * shipped in an npm package, sharp rasterises it. Each image is cached on
 * disk under a hash of everything that shapes it, so a rebuild only draws
 * cards whose text (or template, or font) changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { writeAtomic } from '../util/write-atomic.ts';
import { PREVIEW_SIZE, previewCard, type CardText } from './card.ts';

// Bump when the card's look changes, so cached images are drawn again.
const TEMPLATE_VERSION = 3;

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`);

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    data: readFileSync(fontFile(weight)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** The cache key of a card: its text, the template version and the font files. */
export function cardHash(text: CardText): string {
  const hash = createHash('sha256').update(JSON.stringify({ text, TEMPLATE_VERSION }));
  for (const font of loadFonts()) hash.update(font.data);
  return hash.digest('hex').slice(0, 20);
}

/** Draws one card to PNG bytes, without the cache. */
export async function drawPreview(text: CardText): Promise<Buffer> {
  // satori's types expect a React element; a plain element tree is what it reads.
  const svg = await satori(previewCard(text) as never, { ...PREVIEW_SIZE, fonts: loadFonts() });
  // A 32-colour palette keeps text edges clean at half the size of full colour. Effort 1 is about twice
  // as fast as the default, and no dithering a quarter faster again (and 4% smaller), with no visible
  // difference on these flat cards.
  return sharp(Buffer.from(svg))
    .png({ palette: true, colours: 32, effort: 1, dither: 0, compressionLevel: 6 })
    .toBuffer();
}

/** The PNG for a card, from the cache when this exact card was drawn before. */
export async function cachedPreview(text: CardText, cacheDir: string): Promise<{ png: Buffer; fromCache: boolean }> {
  const file = join(cacheDir, `${cardHash(text)}.png`);
  try {
    return { png: readFileSync(file), fromCache: true };
  } catch {
    const png = await drawPreview(text);
    writeAtomic(file, png);
    return { png, fromCache: false };
  }
}
