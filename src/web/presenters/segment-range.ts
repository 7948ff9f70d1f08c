/** Anything anchored to the text by `[start, end)` offsets. */
export interface Anchored {
  start: number;
  end: number;
}

/** A run of text covered by the same innermost mark (or by none). */
export interface Segment<M extends Anchored> {
  text: string;
  start: number;
  end: number;
  /** The shortest mark covering this run, or null. */
  mark: M | null;
  /** True when `mark` begins at this run. */
  opens: boolean;
}

/**
 * Cuts `text.slice(start, end)` at every mark boundary so each run can be
 * rendered with the innermost mark covering it. Nested marks (a claim inside
 * a relayed claim) show the inner one; marks reaching outside the range are
 * clipped to it.
 */
export function segmentRange<M extends Anchored>(text: string, start: number, end: number, marks: M[]): Segment<M>[] {
  const inside = marks.filter((mark) => mark.end > start && mark.start < end && mark.end > mark.start);
  const cuts = new Set([start, end]);
  for (const mark of inside) {
    cuts.add(Math.max(start, mark.start));
    cuts.add(Math.min(end, mark.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<M>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    let mark: M | null = null;
    for (const candidate of inside) {
      if (candidate.start > from || candidate.end < to) continue;
      if (!mark || candidate.end - candidate.start < mark.end - mark.start) mark = candidate;
    }
    segments.push({ text: text.slice(from, to), start: from, end: to, mark, opens: mark !== null && mark.start === from });
  }
  return segments;
}
