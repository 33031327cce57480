// @citation-js/core ships no types; Casetrail builds a Cite from CSL-JSON and formats it.
declare module '@citation-js/core' {
  /** A set of bibliographic items in CSL-JSON, convertible to other formats by plugins. */
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    /** The items as CSL-JSON. */
    data: Record<string, unknown>[];
    /** Return the items in a format: 'data' (CSL-JSON), 'bibtex', 'ris'… */
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
