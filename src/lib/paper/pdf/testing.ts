/** Test helpers (Node only): the fonts read from static/fonts and text read back with pdf.js. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fontFiles, type PdfFonts } from './fonts';

const folder = fileURLToPath(new URL('../../../../static/fonts/', import.meta.url));

/** The embedded fonts, read from disk. */
export function nodeFonts(): PdfFonts {
	const read = (file: string) => readFileSync(folder + file).toString('base64');
	return { regular: read(fontFiles.regular), bold: read(fontFiles.bold) };
}

/** The text of every page, items joined by single spaces, in page order. */
export async function pdfPages(data: ArrayBuffer): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const pdf = await pdfjs.getDocument({ data: new Uint8Array(data.slice(0)), verbosity: 0 })
		.promise;
	const pages: string[] = [];
	for (let i = 1; i <= pdf.numPages; i++) {
		const content = await (await pdf.getPage(i)).getTextContent();
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str : ''))
				.filter((s) => s.trim() !== '')
				.join(' ')
				.replace(/ {2,}/g, ' ')
		);
	}
	await pdf.destroy();
	return pages;
}

/** One piece of text read back from a PDF, placed in mm from the page's top left corner. */
export interface PdfTextItem {
	str: string;
	x: number;
	/** Baseline. */
	y: number;
	width: number;
	/** Font size in mm. */
	height: number;
}

/** The text items of every page with their positions, for checks of where text lies. */
export async function pdfTextItems(data: ArrayBuffer): Promise<PdfTextItem[][]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const pdf = await pdfjs.getDocument({ data: new Uint8Array(data.slice(0)), verbosity: 0 })
		.promise;
	const mm = 25.4 / 72;
	const pages: PdfTextItem[][] = [];
	for (let i = 1; i <= pdf.numPages; i++) {
		const page = await pdf.getPage(i);
		const top = page.view[3]!;
		const content = await page.getTextContent();
		pages.push(
			content.items.flatMap((item) =>
				'str' in item && item.str.trim() !== ''
					? [
							{
								str: item.str,
								x: item.transform[4] * mm,
								y: (top - item.transform[5]) * mm,
								width: item.width * mm,
								height: item.height * mm
							}
						]
					: []
			)
		);
	}
	await pdf.destroy();
	return pages;
}
