/** RFC 4180 quoting of one cell, kept apart from write.ts so row builders need no PapaParse. */

const specials = new Map<string, RegExp>();

// A character class with no anchors: one pass over the cell; edge spaces are checked apart.
function specialFor(delimiter: string): RegExp {
	let re = specials.get(delimiter);
	if (!re) {
		re =
			delimiter.length === 1
				? new RegExp(`[${delimiter.replace(/[\\\]^-]/g, '\\$&')}"\\r\\n]`)
				: new RegExp(`${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|["\\r\\n]`);
		specials.set(delimiter, re);
	}
	return re;
}

function quote(cell: string, special: RegExp): string {
	const last = cell.length - 1;
	if (last < 0) return cell;
	if (cell.charCodeAt(0) === 32 || cell.charCodeAt(last) === 32 || special.test(cell)) {
		return `"${cell.replace(/"/g, '""')}"`;
	}
	return cell;
}

/** The quoting function for a delimiter: quotes a cell holding it, a quote, a line break or edge spaces. */
export function cellQuoter(delimiter: string): (cell: string) => string {
	const special = specialFor(delimiter);
	return (cell) => quote(cell, special);
}
