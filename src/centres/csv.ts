// A small CSV reader (RFC 4180 quoting, a BOM, CRLF, ';' or ',' as the delimiter). Pure.

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
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; cell += c; }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) { cells.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = []; cell = ''; line++; rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) { cells.push(cell); rows.push({ line: rowLine, cells }); }
  return rows;
}

/** Collapses runs of white space (the official files wrap cells over lines). */
export const tidy = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
