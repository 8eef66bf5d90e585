/**
 * A file name as a source path. Sources take globs, and picomatch matches a name that equals the
 * pattern as is ("avis (réponses).csv" works unescaped), but a *, ?, [ or { would also match other
 * files: those are escaped.
 */
export function literalGlob(path: string): string {
  return path.replace(/[*?[\]{}]/g, (char) => `\\${char}`);
}
