import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { icoFromPngs } from '../../../src/previews/ico.ts';

const png = (size: number) =>
  sharp({ create: { width: size, height: size, channels: 4, background: '#0b5394' } })
    .png()
    .toBuffer();

describe('icoFromPngs', () => {
  it('writes an icon directory that points at each PNG, as .ico readers expect', async () => {
    const images = [
      { size: 16, png: await png(16) },
      { size: 256, png: await png(256) },
    ];
    const ico = Buffer.from(icoFromPngs(images));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    images.forEach(({ size, png: bytes }, i) => {
      const entry = 6 + 16 * i;
      expect(ico.readUInt8(entry), 'width (0 means 256)').toBe(size === 256 ? 0 : size);
      expect(ico.readUInt16LE(entry + 6)).toBe(32);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(ico.subarray(offset, offset + length).equals(bytes)).toBe(true);
    });
    expect(ico.length).toBe(6 + 32 + images.reduce((sum, image) => sum + image.png.length, 0));
  });

  it('refuses a size an .ico cannot hold', async () => {
    expect(() => icoFromPngs([{ size: 512, png: new Uint8Array() }])).toThrow(/1–256/);
  });
});
