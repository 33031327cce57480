/** A run of excerpt text, marked when it matched the searched words. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Split a Pagefind excerpt (entity-encoded text with `<mark>` around matches) into plain-text
 * parts, so the page can show it with textContent and never parse it as HTML.
 */
export function excerptToParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pieces = excerpt.split(/(<mark>[\s\S]*?<\/mark>)/);
  for (const piece of pieces) {
    if (piece === '') continue;
    const marked = piece.startsWith('<mark>') && piece.endsWith('</mark>');
    const text = decodeEntities((marked ? piece.slice(6, -7) : piece).replace(/<[^>]*>/g, ''));
    if (text !== '') parts.push({ text, marked });
  }
  return parts;
}
