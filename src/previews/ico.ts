/** A Windows icon (.ico) file holding PNG images, which every browser that still asks for /favicon.ico reads. */

/** One square PNG image and its side in pixels (1–256). */
export interface IcoImage {
  size: number;
  png: Uint8Array;
}

/** The .ico bytes: a 6-byte header, a 16-byte directory entry per image, then the PNGs as they are. */
export function icoFromPngs(images: readonly IcoImage[]): Uint8Array<ArrayBuffer> {
  const header = 6 + 16 * images.length;
  const out = new Uint8Array(header + images.reduce((sum, image) => sum + image.png.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type 1: icon
  view.setUint16(4, images.length, true);
  let offset = header;
  images.forEach(({ size, png }, index) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`icon size ${size} is not 1–256`);
    const entry = 6 + 16 * index;
    view.setUint8(entry, size % 256); // 0 means 256
    view.setUint8(entry + 1, size % 256);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}
