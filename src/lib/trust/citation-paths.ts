import { createPaths } from '../paths';

/** The citation files a page offers, by extension, with their media types and names. */
export const CITATION_FORMATS = [
  { ext: 'json', key: 'csl', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
  { ext: 'bib', key: 'bibtex', label: 'BibTeX', type: 'application/x-bibtex' },
  { ext: 'ris', key: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
] as const;

export type CitationExt = (typeof CITATION_FORMATS)[number]['ext'];

/** Return the site path of a page's citation file: `/events/<id>/citation.bib`. */
export function citationPath(
  base: string,
  kind: 'events' | 'cases',
  id: string,
  ext: CitationExt,
): string {
  return createPaths(base).to(`${kind}/${id}/citation.${ext}`);
}
