// The edtf package ships no types; Casetrail uses only its default parser.
declare module 'edtf' {
  /** Parse an EDTF string into a date, interval, set or list object (throws on invalid input). */
  export default function edtf(input: string): unknown;
}
