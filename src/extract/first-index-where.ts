/**
 * Index of the first item for which `reached` holds, by binary search, or
 * `items.length` when none does. `reached` must be monotone over `items`:
 * false for a prefix, true from some index on (items sorted by the key it tests).
 */
export function firstIndexWhere<T>(items: readonly T[], reached: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
