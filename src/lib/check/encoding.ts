import type { ContentProblem } from '../model/types';

/** A file's text, or why it is not UTF-8 (the file is added by the caller). */
export type Decoded = { text: string } | { problem: Omit<ContentProblem, 'file'> };

const BOMS: [number[], string][] = [
  [[0xff, 0xfe], 'UTF-16 (little-endian) text'],
  [[0xfe, 0xff], 'UTF-16 (big-endian) text'],
];

function notUtf8(
  found: string,
  line?: number,
  column?: number,
): { problem: Omit<ContentProblem, 'file'> } {
  return {
    problem: {
      ...(line === undefined ? {} : { line, column }),
      field: '(encoding)',
      found,
      expected: 'expected UTF-8 text; save the file as UTF-8 in your editor',
      severity: 'error',
    },
  };
}

/** Decode a content file as UTF-8 (a UTF-8 byte order mark is dropped); say so when it is not. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  for (const [bom, what] of BOMS)
    if (bom.every((byte, i) => bytes[i] === byte)) return notUtf8(what);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Find the first byte that is not UTF-8, to point at it; the usual cause is Latin-1 or
    // Windows-1252, where é and ü are single bytes.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const index = lossy.indexOf('\uFFFD');
    const before = lossy.slice(0, Math.max(0, index));
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    return notUtf8('bytes that are not UTF-8 (Latin-1 or Windows-1252 text?)', line, column);
  }
}
