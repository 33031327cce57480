/**
 * Spellings readers type for a name written with letters their keyboard may lack: "Köln" is
 * typed "Koeln" (the German way to write an umlaut without one) or "Koln". Pagefind already
 * matches a word without its diacritics ("Koln" finds "Köln"); the transliterated forms it
 * cannot guess, so the index carries them as hidden search terms.
 */

// Letters whose usual transliteration is not "the letter without its mark".
const TRANSLITERATIONS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  ø: 'oe',
  Ø: 'Oe',
  å: 'aa',
  Å: 'Aa',
  œ: 'oe',
  Œ: 'Oe',
};

// Letters Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  œ: 'oe',
  Œ: 'Oe',
};

/** Return a text without its diacritics: "Köln" → "Koln", "Łódź" → "Lodz". */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæÆøØłŁđĐœŒ]/g, (c) => UNDECOMPOSED[c] ?? c);
}

/** Return a text with umlauts and ligatures written out: "Köln" → "Koeln", "Straße" → "Strasse". */
export function transliterate(text: string): string {
  return stripDiacritics(
    text.normalize('NFC').replace(/[äöüÄÖÜßæÆøØåÅœŒ]/g, (c) => TRANSLITERATIONS[c] ?? c),
  );
}

/**
 * Return the other spellings of some names a reader may type, without the names themselves and
 * without duplicates: ["Gericht in Köln"] → ["Gericht in Koeln", "Gericht in Koln"].
 */
export function spellingVariants(names: readonly string[]): string[] {
  const own = new Set(names);
  const variants = new Set<string>();
  for (const name of names) {
    for (const variant of [transliterate(name), stripDiacritics(name)]) {
      if (!own.has(variant)) variants.add(variant);
    }
  }
  return [...variants];
}
