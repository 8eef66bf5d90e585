/**
 * The JSON of a spec for `<script type="application/json">`: `<`, `>` and `&` become \u escapes
 * (and U+2028/2029, which older parsers treat as line ends), so no label such as
 * "</script><script>…" can close the element. JSON.parse gives the same object back.
 */
export function specJsonForHtml(spec: unknown): string {
  return JSON.stringify(spec).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
