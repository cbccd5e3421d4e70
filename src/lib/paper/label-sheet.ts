/**
 * Where labels go on paper (all lengths in mm, origin at the page's top left): a 100 × 150 mm
 * thermal label per page, or A4 sheets of 2 columns × 4 rows of 97 × 69 mm cells. The A4 margins
 * (8 mm at the sides, 10.5 mm top and bottom) stay outside what office printers cannot reach.
 */
import type { LabelFormat } from './labels';

/** A rectangle in mm from the page's top left corner. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Font sizes (pt) of one part of a label: the largest tried and the floor. */
export interface SizeRange {
	max: number;
	min: number;
}

/** The paper of one label format. */
export interface LabelSheet {
	format: LabelFormat;
	/** Page size in mm. */
	width: number;
	height: number;
	columns: number;
	rows: number;
	/** Blank space inside each cell, in mm. */
	padding: number;
	/** Whether cut guides are drawn around each used cell. */
	guides: boolean;
	sizes: { from: SizeRange; to: SizeRange; footer: SizeRange; caption: number };
}

const sheets: Record<LabelFormat, LabelSheet> = {
	thermal: {
		format: 'thermal',
		width: 100,
		height: 150,
		columns: 1,
		rows: 1,
		padding: 5,
		guides: false,
		sizes: {
			from: { max: 9, min: 6 },
			to: { max: 18, min: 9 },
			footer: { max: 12, min: 7 },
			caption: 8
		}
	},
	a4: {
		format: 'a4',
		width: 210,
		height: 297,
		columns: 2,
		rows: 4,
		padding: 4,
		guides: true,
		sizes: {
			from: { max: 8, min: 5.5 },
			to: { max: 16, min: 8 },
			footer: { max: 10, min: 6 },
			caption: 7
		}
	}
};

const a4Cell = { width: 97, height: 69 };

/** The paper of a format. */
export function labelSheet(format: LabelFormat): LabelSheet {
	return sheets[format];
}

/** Labels per page. */
export function labelsPerPage(sheet: LabelSheet): number {
	return sheet.columns * sheet.rows;
}

/** The cell of the `index`-th label (0-based, across pages): its page and rectangle, row by row. */
export function labelCell(sheet: LabelSheet, index: number): { page: number; box: Box } {
	const perPage = labelsPerPage(sheet);
	const page = Math.floor(index / perPage);
	if (sheet.columns === 1 && sheet.rows === 1) {
		return { page, box: { x: 0, y: 0, width: sheet.width, height: sheet.height } };
	}
	const slot = index % perPage;
	const left = (sheet.width - sheet.columns * a4Cell.width) / 2;
	const top = (sheet.height - sheet.rows * a4Cell.height) / 2;
	return {
		page,
		box: {
			x: left + (slot % sheet.columns) * a4Cell.width,
			y: top + Math.floor(slot / sheet.columns) * a4Cell.height,
			width: a4Cell.width,
			height: a4Cell.height
		}
	};
}
