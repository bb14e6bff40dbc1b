// CSV for spreadsheets (Excel, Microsoft Planner imports): RFC 4180 quoting, CRLF rows, a UTF-8 BOM so
// Excel reads umlauts correctly, and no cell a spreadsheet would run as a formula.

/** Excel and LibreOffice evaluate a cell starting with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a leading formula character is neutralised with "'", then quoted when it holds , " CR or LF. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file: BOM, one CRLF-terminated line per row. */
export function buildCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("")}`;
}
