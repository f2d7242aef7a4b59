import type { APIRoute } from 'astro';
import sharp from 'sharp';
import svg from '../assets/favicon.svg?raw';
import { icoFromPngs } from '../previews/ico.ts';

/** The same icon as /favicon.ico, for browsers and tools that ask for it whatever the page says. */
export const GET: APIRoute = async () => {
  const images = await Promise.all(
    [16, 32, 48].map(async (size) => ({
      size,
      png: await sharp(Buffer.from(svg), { density: 300 }).resize(size, size).png().toBuffer(),
    })),
  );
  return new Response(icoFromPngs(images), { headers: { 'Content-Type': 'image/x-icon' } });
};
