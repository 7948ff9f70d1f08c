/** A date as shown (`label`) and as machine-readable (`iso`, for `<time datetime>`). */
export interface DateView {
  iso: string;
  label: string;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats a publication date ("28 June 2019"); null stays null. */
export function presentDate(date: Date | null): DateView | null {
  if (!date) return null;
  return { iso: date.toISOString().slice(0, 10), label: FORMAT.format(date) };
}
