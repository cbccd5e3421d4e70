/**
 * Browser side of the paper module: loads jsPDF and the fonts on first use (they stay out of
 * the main bundle), reads orders page by page from the store, and hands files to the seller.
 */
import { asset } from '$app/paths';
import { session } from '$lib/app/session.svelte';
import type { OrderQuery } from '$lib/data';
import type { PaperOrder } from '$lib/paper/documents';
import { fetchFonts, type PdfFonts } from '$lib/paper/pdf/fonts';
import { storeDocumentText, type PaperText } from '$lib/paper/text';
import type { jsPDF } from 'jspdf';

/** jsPDF's constructor and the embedded fonts, loaded once. */
export async function loadPdfKit(): Promise<{ JsPdf: typeof jsPDF; fonts: PdfFonts }> {
	const [{ jsPDF: JsPdf }, fonts] = await Promise.all([
		import('jspdf'),
		fetchFonts({
			regular: asset('/fonts/DejaVuSans-latin.ttf'),
			bold: asset('/fonts/DejaVuSans-Bold-latin.ttf')
		})
	]);
	return { JsPdf, fonts };
}

/** Words and formats of documents: the store's document language and currency (Settings). */
export function documentText(): PaperText {
	return storeDocumentText(session.settings);
}

/** One order as documents need it, or null when it no longer exists. */
export async function paperOrder(id: string): Promise<PaperOrder | null> {
	const store = session.store;
	await store.whenSynced;
	const detail = store.queries.getOrder(id);
	return detail
		? { order: detail.order, displayNumber: detail.displayNumber, activity: detail.activity }
		: null;
}

/** Orders by id, in pages (missing ones are skipped). */
export async function* ordersByIds(
	ids: readonly string[],
	size = 200
): AsyncGenerator<PaperOrder[]> {
	for (let i = 0; i < ids.length; i += size) {
		const page: PaperOrder[] = [];
		for (const id of ids.slice(i, i + size)) {
			const o = await paperOrder(id);
			if (o) page.push(o);
		}
		yield page;
	}
}

/** Orders of a list query, walking its keyset pages; never holds more than one page. */
export async function* ordersOfQuery(q: OrderQuery, size = 500): AsyncGenerator<PaperOrder[]> {
	const store = session.store;
	await store.whenSynced;
	let after = q.after ?? null;
	for (;;) {
		const page = await store.queries.listOrders({ ...q, limit: size, after });
		const orders: PaperOrder[] = [];
		for (const row of page.rows) {
			const detail = store.queries.getOrder(row.id);
			if (detail) orders.push({ order: detail.order, displayNumber: detail.displayNumber });
		}
		yield orders;
		if (!page.next) return;
		after = page.next;
	}
}

/** Saves a file through the browser's download. */
export function download(data: BlobPart[] | Blob, filename: string, type: string): void {
	const blob = data instanceof Blob ? data : new Blob(data, { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Opens the print dialog for a PDF, through a hidden frame of this page. */
export function printPdf(data: ArrayBuffer): void {
	const url = URL.createObjectURL(new Blob([data], { type: 'application/pdf' }));
	const frame = document.createElement('iframe');
	frame.style.position = 'fixed';
	frame.style.width = '0';
	frame.style.height = '0';
	frame.style.border = '0';
	frame.title = 'PDF';
	frame.src = url;
	frame.addEventListener('load', () => {
		try {
			frame.contentWindow?.focus();
			frame.contentWindow?.print();
		} catch {
			// Some browsers refuse to print a PDF frame: open it in a tab instead.
			window.open(url, '_blank');
		}
	});
	document.body.append(frame);
	setTimeout(() => {
		frame.remove();
		URL.revokeObjectURL(url);
	}, 10 * 60_000);
}
