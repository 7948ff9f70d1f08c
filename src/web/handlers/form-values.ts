/** A positive integer (1..2^31-1) from a query or form value, or null. */
export function positiveIntParam(value: unknown): number | null {
  if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const number = Number(value);
  return number <= 2_147_483_647 ? number : null;
}

/** A trimmed string form value ('' when absent or not a string). */
export function textField(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** An optional integer form value: null when empty, NaN when not an integer. */
export function optionalInt(body: unknown, name: string): number | null {
  const value = textField(body, name);
  if (value === '') return null;
  return /^-?\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
}
