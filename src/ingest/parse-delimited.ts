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
 */
export function* parseDelimited(text: string, format: DelimitedFormat): Generator<DelimitedRecord> {
  const { delimiter, quote } = format;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let recordLine = 1;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === quote) {
        if (input[i + 1] === quote) { field += quote; i++; } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === quote && !fieldStarted) { quoted = true; fieldStarted = true; continue; }
    if (ch === delimiter) { fields.push(field); field = ''; fieldStarted = false; continue; }
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') yield { line: recordLine, fields };
      fields = []; field = ''; fieldStarted = false;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    fieldStarted = true;
  }
  if (fieldStarted || fields.length > 0 || field !== '') {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') yield { line: recordLine, fields };
  }
}
