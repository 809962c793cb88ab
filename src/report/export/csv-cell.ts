/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with = + - @, a tab
 * or a carriage return as a formula. Cells holding text from articles are neutralised by a leading single
 * quote, which spreadsheets show as text; a plain number (a negative longitude) is left as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

export function neutraliseCell(value: unknown): unknown {
  if (typeof value !== 'string' || !FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}
