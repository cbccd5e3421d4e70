/** A top-to-bottom writer over a jsPDF page: a cursor, columns, wrapping and page breaks. */
import type { jsPDF } from 'jspdf';
import { family } from './fonts';

/** One column of a table: where it starts and ends (mm) and how its text aligns. */
export interface Column {
	x: number;
	width: number;
	align?: 'left' | 'right';
}

/** Writes text downwards on pages of a jsPDF document. Units are millimetres. */
export class PdfWriter {
	readonly doc: jsPDF;
	readonly left: number;
	readonly right: number;
	readonly bottom: number;
	readonly top: number;
	y: number;
	/** Called after a page break inside a document (to repeat a heading). */
	onBreak: (() => void) | null = null;

	constructor(doc: jsPDF, o: { margin: number; top?: number }) {
		this.doc = doc;
		this.left = o.margin;
		this.right = doc.internal.pageSize.getWidth() - o.margin;
		this.bottom = doc.internal.pageSize.getHeight() - o.margin;
		this.top = o.top ?? o.margin;
		this.y = this.top;
	}

	/** Sets size (pt) and weight of the next text. */
	font(size: number, weight: 'normal' | 'bold' = 'normal'): this {
		this.doc.setFont(family, weight);
		this.doc.setFontSize(size);
		return this;
	}

	/** Height of one line of the current font, in mm. */
	get lineHeight(): number {
		return (this.doc.getFontSize() * 1.3 * 25.4) / 72;
	}

	/** Starts a new page when `height` mm do not fit any more. */
	ensure(height: number): void {
		if (this.y + height <= this.bottom) return;
		this.doc.addPage();
		this.y = this.top;
		this.onBreak?.();
	}

	/** Writes wrapped text in a box and moves the cursor below it. */
	paragraph(text: string, o: { x?: number; width?: number; align?: 'left' | 'right' } = {}): void {
		const width = o.width ?? this.right - (o.x ?? this.left);
		const lines = this.doc.splitTextToSize(text, width) as string[];
		for (const line of lines) {
			this.ensure(this.lineHeight);
			this.put(line, { x: o.x ?? this.left, width, align: o.align });
			this.y += this.lineHeight;
		}
	}

	/** Writes one row of cells (each wrapped in its column) and moves below the tallest. */
	row(cells: readonly string[], columns: readonly Column[]): void {
		const wrapped = cells.map((c, i) => this.doc.splitTextToSize(c, columns[i]!.width) as string[]);
		const height = Math.max(...wrapped.map((w) => w.length)) * this.lineHeight;
		this.ensure(height);
		wrapped.forEach((lines, i) =>
			lines.forEach((line, j) => {
				const y = this.y;
				this.y += j * this.lineHeight;
				this.put(line, columns[i]!);
				this.y = y;
			})
		);
		this.y += height;
	}

	/** A label on the left and an amount on the right of the same line. */
	pair(label: string, value: string, o: { x?: number } = {}): void {
		this.ensure(this.lineHeight);
		this.put(label, { x: o.x ?? this.left, width: this.right - (o.x ?? this.left) });
		this.put(value, { x: this.left, width: this.right - this.left, align: 'right' });
		this.y += this.lineHeight;
	}

	/** A thin horizontal rule across the page. */
	rule(): void {
		this.doc.setLineWidth(0.2);
		this.doc.line(
			this.left,
			this.y - this.lineHeight * 0.7,
			this.right,
			this.y - this.lineHeight * 0.7
		);
	}

	/** Moves the cursor down by `mm`. */
	gap(mm: number): void {
		this.y += mm;
	}

	private put(text: string, c: Column): void {
		const baseline = this.y + this.lineHeight * 0.75;
		if (c.align === 'right') this.doc.text(text, c.x + c.width, baseline, { align: 'right' });
		else this.doc.text(text, c.x, baseline);
	}
}
