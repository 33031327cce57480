/**
 * Return the JSON at a URL, or reject naming the URL and the HTTP status it answered. Parsed, not
 * checked: every caller checks the shape of what it reads.
 */
export async function getJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}
