/** How a delimited (CSV-like) file is read. */
export interface DelimitedFormat {
  /** Field separator, one character (default ","). */
  delimiter: string;
  /** Quote character, one character (default '"'); a doubled quote inside a quoted field is a literal quote. */
  quote: string;
}

/** One record of a delimited file with the line it starts on (1-based). */
export interface DelimitedRecord {
  line: number;
  fields: string[];
}

/**
 * Parses delimited text (RFC 4180 with a configurable delimiter and quote):
 * quoted fields may hold delimiters, quotes (doubled) and line breaks. Blank
 * lines are skipped. A quote inside an unquoted field is kept as text.
 * A field is cut from the input in runs (`slice`) and joined once: built up a
 * character at a time (`field += ch`), each field would be a rope of one node
 * per character, some 30 bytes each, for as long as it is kept.
 */
export function* parseDelimited(text: string, format: DelimitedFormat): Generator<DelimitedRecord> {
  const { delimiter, quote } = format;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let fields: string[] = [];
  /** The current field's runs so far, and where its open run starts. */
  let pieces: string[] = [];
  let from = 0;
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let recordLine = 1;
  /** Ends the open run at `to` (exclusive); the next run starts at `next`. */
  const cut = (to: number, next: number): void => {
    if (to > from) pieces.push(input.slice(from, to));
    from = next;
  };
  const endField = (): void => {
    fields.push(pieces.length === 1 ? pieces[0]! : pieces.join(''));
    pieces = [];
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === quote) {
        if (input[i + 1] === quote) { cut(i + 1, i + 2); i++; } else { cut(i, i + 1); quoted = false; }
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === quote && !fieldStarted) { quoted = true; fieldStarted = true; from = i + 1; continue; }
    if (ch === delimiter) { cut(i, i + 1); endField(); fieldStarted = false; continue; }
    if (ch === '\n' || ch === '\r') {
      const next = ch === '\r' && input[i + 1] === '\n' ? i + 2 : i + 1;
      cut(i, next);
      i = next - 1;
      endField();
      if (fields.length > 1 || fields[0] !== '') yield { line: recordLine, fields };
      fields = []; fieldStarted = false;
      line++;
      recordLine = line;
      continue;
    }
    fieldStarted = true;
  }
  cut(input.length, input.length);
  if (fieldStarted || fields.length > 0 || pieces.length > 0) {
    endField();
    if (fields.length > 1 || fields[0] !== '') yield { line: recordLine, fields };
  }
}
