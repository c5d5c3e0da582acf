/** A CSV cell: text, or a value written as itself (`null` is an empty cell). */
export type Cell = string | number | boolean | null;

/**
 * Text with RFC 4180 line ends (CRLF after every record, the last included), a header record first. A field holding
 * a comma, a double quote, CR or LF is quoted, its quotes doubled. Text cells are made inert first (`inertText`);
 * numbers and booleans are written as JavaScript writes them, which no spreadsheet reads as a formula. The text
 * starts with a UTF-8 byte-order mark, without which Excel reads UTF-8 as its local code page.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const records = [header, ...rows].map((row) => row.map(field).join(','));
  return `\uFEFF${records.map((r) => `${r}\r\n`).join('')}`;
}

/**
 * `text` with an apostrophe in front where it begins with a character a spreadsheet takes as the start of a formula
 * (`=`, `+`, `-`, `@`, tab, CR, as OWASP lists them), so it is shown as text and never run. Text that already
 * begins with an apostrophe gets one more, so that dropping the first apostrophe always gives the original back.
 */
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const FORMULA_START = /^[=+\-@\t\r']/;
const NEEDS_QUOTES = /[",\r\n]/;

function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = inertText(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
