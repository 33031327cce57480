// The JSON API's schema says every URL is `format: uri` (RFC 3986): ASCII only, and no spaces,
// quotes, angle brackets, braces, pipes, carets or backslashes. A URL the API would fail on is
// refused where the editor writes it.

const URI_CHARACTERS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

/** Return whether every character of a URL is one RFC 3986 allows (percent escapes included). */
export function hasOnlyUriCharacters(url: string): boolean {
  return URI_CHARACTERS.test(url);
}

/** Return the URL with what RFC 3986 forbids percent-encoded, or undefined if it does not parse. */
export function encodeUri(url: string): string | undefined {
  if (!URL.canParse(url.trim())) return undefined;
  const href = new URL(url.trim()).href.replace(
    /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return hasOnlyUriCharacters(href) ? href : undefined;
}
