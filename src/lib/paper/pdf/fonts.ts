/**
 * The fonts embedded in every PDF: DejaVu Sans cut down to Latin script (static/fonts/README.md),
 * because jsPDF's built-in fonts only know WinAnsi and print Ł, ř, ğ or ő as garbage.
 */
import type { jsPDF } from 'jspdf';

/** The two font files, base64-encoded. */
export interface PdfFonts {
	regular: string;
	bold: string;
}

/** Font family name used by every renderer. */
export const family = 'DejaVuSans';

/** File names under static/fonts/. */
export const fontFiles = {
	regular: 'DejaVuSans-latin.ttf',
	bold: 'DejaVuSans-Bold-latin.ttf'
} as const;

/** Registers the fonts in a new document and selects the regular one. */
export function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
	doc.addFileToVFS(fontFiles.regular, fonts.regular);
	doc.addFont(fontFiles.regular, family, 'normal');
	doc.addFileToVFS(fontFiles.bold, fonts.bold);
	doc.addFont(fontFiles.bold, family, 'bold');
	doc.setFont(family, 'normal');
}

/** Base64 of binary data, in chunks so large files do not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

let cached: Promise<PdfFonts> | null = null;

/** Fetches the two font files once; later calls reuse them. */
export function fetchFonts(urls: { regular: string; bold: string }): Promise<PdfFonts> {
	cached ??= (async () => {
		const load = async (url: string) => {
			const res = await fetch(url);
			if (!res.ok) throw new Error(`font ${url}: HTTP ${res.status}`);
			return toBase64(new Uint8Array(await res.arrayBuffer()));
		};
		const [regular, bold] = await Promise.all([load(urls.regular), load(urls.bold)]);
		return { regular, bold };
	})();
	cached.catch(() => (cached = null));
	return cached;
}
