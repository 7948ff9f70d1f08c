/** Anything anchored to the text by `[start, end)` offsets. */
export interface Anchored {
  start: number;
  end: number;
}

/** One step of a nested rendering: open an element, print text, close an element. */
export type NestToken<S extends Anchored> =
  | { kind: 'open'; span: S; first: boolean }
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'close'; span: S; last: boolean };

interface Piece<S> {
  span: S;
  start: number;
  end: number;
  first: boolean;
}

/**
 * Turns `text.slice(from, to)` and spans over it into a well-nested sequence
 * of open/text/close tokens, so each span becomes one element around its
 * words, with inner spans (a relayed claim inside the relaying claim, a cue
 * inside a claim) nested inside it. A span that crosses the end of an
 * enclosing one is cut there and continued after it (`first`/`last` tell the
 * pieces apart). At equal ranges, spans earlier in `spans` enclose later ones.
 */
export function nestSpans<S extends Anchored>(text: string, from: number, to: number, spans: S[]): NestToken<S>[] {
  const order = new Map(spans.map((span, index) => [span, index]));
  const byPosition = (a: Piece<S>, b: Piece<S>) => a.start - b.start || b.end - a.end || (order.get(a.span) ?? 0) - (order.get(b.span) ?? 0);
  const queue: Piece<S>[] = spans
    .map((span) => ({ span, start: Math.max(from, span.start), end: Math.min(to, span.end), first: span.start >= from }))
    .filter((piece) => piece.end > piece.start)
    .sort(byPosition);
  const tokens: NestToken<S>[] = [];
  const stack: Piece<S>[] = [];
  let at = from;
  const printTo = (end: number) => {
    if (end > at) tokens.push({ kind: 'text', text: text.slice(at, end), start: at, end });
    at = Math.max(at, end);
  };
  const closeTop = () => {
    const top = stack.pop() as Piece<S>;
    printTo(top.end);
    tokens.push({ kind: 'close', span: top.span, last: top.end >= Math.min(to, top.span.end) });
  };
  while (queue.length > 0) {
    const piece = queue.shift() as Piece<S>;
    while (stack.length > 0 && (stack[stack.length - 1] as Piece<S>).end <= piece.start) closeTop();
    const parent = stack[stack.length - 1];
    if (parent && piece.end > parent.end) {
      queue.push({ span: piece.span, start: parent.end, end: piece.end, first: false });
      queue.sort(byPosition);
      piece.end = parent.end;
    }
    printTo(piece.start);
    tokens.push({ kind: 'open', span: piece.span, first: piece.first });
    stack.push(piece);
  }
  while (stack.length > 0) closeTop();
  printTo(to);
  return tokens;
}
