// Splits CSV text (RFC 4180: comma-separated, fields quoted with ", a
// quote doubled inside quotes) into records, one at a time, so an import
// reads a chunk of rows while the database stores the last one and never
// holds every row of a large file at once. Records end at CRLF, LF or CR;
// empty lines are skipped; records may have any number of fields. Broken
// quoting throws invalid_csv with the line it was found on, as soon as the
// reader gets there: the import's transaction then stores nothing.
import { AppError } from '../../errors';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export function* csvRecords(text: string): Generator<string[]> {
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const first = text.charCodeAt(at);
    if (first === LF || first === CR) {
      at += first === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
      line += 1;
      continue;
    }

    const fields: string[] = [];
    for (;;) {
      let field: string;
      if (text.charCodeAt(at) === QUOTE) {
        const startLine = line;
        field = '';
        let from = at + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) refuse(startLine);
          line += newlines(text, from, close);
          field += text.slice(from, close);
          if (text.charCodeAt(close + 1) !== QUOTE) {
            at = close + 1;
            break;
          }
          field += '"';
          from = close + 2;
        }
        const next = text.charCodeAt(at);
        if (at < text.length && next !== COMMA && next !== LF && next !== CR) {
          refuse(line);
        }
      } else {
        let end = at;
        while (end < text.length) {
          const c = text.charCodeAt(end);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) refuse(line);
          end += 1;
        }
        field = text.slice(at, end);
        at = end;
      }
      fields.push(field);
      if (text.charCodeAt(at) !== COMMA) break;
      at += 1;
    }

    const end = text.charCodeAt(at);
    if (end === CR && text.charCodeAt(at + 1) === LF) at += 2;
    else if (end === LF || end === CR) at += 1;
    line += 1;
    yield fields;
  }
}

function newlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to;) {
    count += 1;
    i = text.indexOf('\n', i + 1);
  }
  return count;
}

function refuse(line: number): never {
  throw new AppError('invalid_csv', { line });
}
