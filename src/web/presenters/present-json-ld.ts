/**
 * Serialises data for a `<script type="application/ld+json">` block: `<`, `>`
 * and `&` become JSON escapes, so no string in the data can close the
 * script element ("</script>") or open a comment; U+2028/2029 are escaped too.
 */
export function presentJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
