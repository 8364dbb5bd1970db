// A small, strict CSV reader (RFC 4180 quoting, a BOM, CRLF, ';' or ',' as the delimiter). Pure.
// Strict because a lenient reader lets one stray quote swallow the rest of the file silently: a quote
// that is never closed, or text right after a closing quote, is an error with the line it started on.

export class CsvError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

/** Rows of cells with their 1-based line numbers in the file. */
export interface CsvRow { line: number; cells: string[] }

/** Guesses the delimiter from the first non-empty line: ';' if it has more of them than ','. */
export function sniffDelimiter(text: string): ';' | ',' {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim()) ?? '';
  return (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export function parseCsv(text: string, delimiter: string = sniffDelimiter(text)): CsvRow[] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') {
        quoted = false;
        const after = s[i + 1];
        if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r')
          throw new CsvError(quoteLine, `text after the closing quote of a cell that starts with a quote (a stray quote?)`);
      }
      else { if (c === '\n') line++; cell += c; }
    } else if (c === '"' && cell === '') { quoted = true; quoteLine = line; }
    else if (c === delimiter) { cells.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = []; cell = ''; line++; rowLine = line;
    } else cell += c;
  }
  if (quoted) throw new CsvError(quoteLine, 'a quote opened here is never closed (a stray quote?)');
  if (cell !== '' || cells.length) { cells.push(cell); rows.push({ line: rowLine, cells }); }
  return rows;
}

/** Collapses runs of white space (the official files wrap cells over lines). */
export const tidy = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
