/** Return a PNG's width and height from its IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b))
    throw new Error('not a PNG: the signature is wrong');
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR')
    throw new Error('not a PNG: the first chunk is not IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
