/** Return the "Report an error" link of a page: the template with `{url}` and `{title}` URL-encoded. */
export function reportErrorHref(template: string, page: { url: string; title: string }): string {
  return template
    .replaceAll('{url}', encodeURIComponent(page.url))
    .replaceAll('{title}', encodeURIComponent(page.title));
}
