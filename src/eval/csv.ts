/**
 * A small RFC 4180 CSV reader: quoted fields with commas, doubled quotes and line breaks, CRLF or LF
 * rows. Hand-written because no CSV library is installed and one function of ~50 lines is all the gold
 * files need; it reads a whole file in one pass over its characters (no regex per field).
 */

/** Parses CSV text into rows of fields. A trailing line break does not make an empty last row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      // copy a run of ordinary characters at once
      const next = text.indexOf('"', i);
      const stop = next < 0 ? n : next;
      field += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      row.push(field); field = '';
      rows.push(row); row = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    // copy a run of unquoted characters up to the next delimiter
    let j = i + 1;
    while (j < n) { const d = text.charCodeAt(j); if (d === 44 || d === 10 || d === 13) break; j++; }
    field += text.slice(i, j);
    i = j;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Rows as objects keyed by the header row; `skipRows` drops rows after the header (UCDP's HXL row). */
export function csvRecords(text: string, skipRows = 0): Record<string, string>[] {
  const rows = parseCsv(text);
  const header = rows[0] ?? [];
  const out: Record<string, string>[] = [];
  for (const r of rows.slice(1 + skipRows)) {
    if (r.length === 1 && r[0] === '') continue; // blank line
    const rec: Record<string, string> = {};
    header.forEach((h, k) => { rec[h] = r[k] ?? ''; });
    out.push(rec);
  }
  return out;
}
