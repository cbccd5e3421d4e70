/**
 * Spreadsheet formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return may run as a formula when the file is opened. PapaParse's `escapeFormulae` only looks at
 * the start of the cell, but spreadsheet programs also evaluate each line of a multi-line cell,
 * so every line start is checked here and gets a leading apostrophe (the usual neutral prefix).
 */

const dangerous = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The cell with an apostrophe before each line that a spreadsheet would read as a formula. */
export function neutralise(cell: string): string {
	// Fast path for the usual one-line cell: only its first character matters.
	if (cell === '' || (!dangerous.has(cell[0]!) && !/[\r\n]/.test(cell))) return cell;
	let out = '';
	let from = 0;
	for (let i = 0; i < cell.length; i++) {
		const lineStart = i === 0 || cell[i - 1] === '\n' || (cell[i - 1] === '\r' && cell[i] !== '\n');
		if (lineStart && dangerous.has(cell[i]!)) {
			out += cell.slice(from, i) + "'";
			from = i;
		}
	}
	return from === 0 && out === '' ? cell : out + cell.slice(from);
}
