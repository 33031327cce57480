/** Build the site's paths under a base path: one place that knows the URL scheme. */
export function createPaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const join = (path: string) => `${root}${path.replace(/^\/+/, '')}`;
  return {
    /** Return a site path under the base. */
    to: join,
    home: () => root,
    cases: () => join('cases/'),
    case: (id: string) => join(`cases/${id}/`),
    event: (id: string) => join(`events/${id}/`),
    actors: () => join('actors/'),
    actor: (id: string) => join(`actors/${id}/`),
    search: () => join('search/'),
  };
}

export type Paths = ReturnType<typeof createPaths>;

/** Return an absolute URL for a site path, given the site's origin (and any path it has). */
export function toAbsoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
