// Screenshots the tests keep in the repository (the gallery, the README's picture) are written
// as palette PNGs: about a third of the bytes of Chromium's full-colour PNG, the same names and
// links, and text as crisp as ever (a chart has few colours; 256 hold it).
import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';

/** Write a PNG screenshot to a path, quantised to a palette of at most 256 colours. */
export async function writeSmallPng(path: string, png: Buffer): Promise<void> {
  const small = await sharp(png)
    .png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 })
    .toBuffer();
  await writeFile(path, small);
}
