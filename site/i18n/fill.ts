/**
 * Fills {name} placeholders; a missing value leaves the placeholder visible (a bug, not silence).
 * The one filler of the site's messages, on the server and in the gallery's script alike (apart
 * from the catalogues, so the script does not bundle them).
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
