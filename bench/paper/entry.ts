/**
 * Paper figures, measured in Node on orders from the domain's demo generator: PDF rendering
 * (jsPDF, fonts embedded) and CSV building (PapaParse) are pure CPU work, so Node gives the same
 * order of magnitude as a browser tab without IndexedDB in the way.
 */
import { readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { demoData } from '../../src/lib/domain/demo-data';
import { newId, seededRandom } from '../../src/lib/domain/id';
import type { Order } from '../../src/lib/domain/order';
import { checkOrderContent } from '../../src/lib/domain/order-input';
import { unwrap } from '../../src/lib/domain/result';
import { defaultSettings } from '../../src/lib/domain/settings';
import type { VatRate } from '../../src/lib/domain/vat';
import { exportOrders, pagesOf } from '../../src/lib/paper/csv/export';
import { invoiceData, type PaperOrder } from '../../src/lib/paper/documents';
import { availableColumns } from '../../src/lib/paper/order-columns';
import { fontFiles } from '../../src/lib/paper/pdf/fonts';
import { renderA4 } from '../../src/lib/paper/pdf/render';
import { paperText } from '../../src/lib/paper/text';

/** Orders built from the demo generator, as the store would read them back. */
export function demoOrders(count: number): PaperOrder[] {
	const random = seededRandom(7);
	const data = demoData({ seed: 42, orders: count });
	return data.orders.map((d, i) => {
		const content = unwrap(
			checkOrderContent(d.input, { newId: () => newId(random), defaultVatRate: 2000 as VatRate })
		);
		const order: Order = {
			...content,
			id: `o${i}`,
			schema: 1,
			number: { series: 'A', n: i + 1, deviceId: 'bench' },
			createdAt: d.createdAt,
			updatedAt: d.createdAt,
			deviceId: 'bench',
			draft: false,
			pricesIncludeVat: true,
			feeVatRate: 2000 as VatRate,
			basePaymentStatus: d.payment === 'awaiting_payment' ? 'awaiting_payment' : 'paid',
			paymentStatus: d.payment,
			fulfilmentStatus: d.fulfilment,
			tracking: null,
			tags: d.tags,
			archived: d.archived,
			notes: [],
			messages: [],
			refunds: { lines: {}, shipping: false },
			cancelled: null
		};
		return { order, displayNumber: `A-${i + 1}` };
	});
}

const settings = {
	...defaultSettings,
	identity: { ...defaultSettings.identity, name: 'Atelier Łódź', vatNumber: 'FR12345678901' }
};

/** Wall-clock and CPU time of a function, in ms. */
async function timed(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	await fn();
	const wall = performance.now() - t0;
	const c = process.cpuUsage(c0);
	return { wall, cpu: (c.user + c.system) / 1000 };
}

/** Runs every measure and returns the figures in ms (median of several runs). */
export async function measure(o: { fontRoot: string }): Promise<Record<string, number>> {
	const read = (f: string) => readFileSync(o.fontRoot + f).toString('base64');
	const fonts = { regular: read(fontFiles.regular), bold: read(fontFiles.bold) };
	const text = paperText({ language: 'fr', currency: 'EUR' });
	const hundred = demoOrders(100).map((p) => invoiceData({ ...p, settings }));
	const pdf = (docs: typeof hundred) =>
		renderA4({ JsPdf: jsPDF, fonts, text, documents: docs, yieldEvery: 0 });
	await pdf(hundred.slice(0, 1)); // warm-up
	const single: { wall: number; cpu: number }[] = [];
	for (let i = 0; i < 7; i++) single.push(await timed(() => pdf([hundred[i]!])));
	const batch: { wall: number; cpu: number }[] = [];
	for (let i = 0; i < 3; i++) batch.push(await timed(() => pdf(hundred)));
	// 10k generated orders repeated ten times (with their own ids and numbers): generating 100k
	// through the input validator takes longer than the export being measured.
	const base = demoOrders(10_000);
	const orders = Array.from({ length: 100_000 }, (_, i) => {
		const p = base[i % base.length]!;
		return { order: { ...p.order, id: `c${i}` }, displayNumber: `A-${i + 1}` };
	});
	const columns = availableColumns(false);
	const csv: { wall: number; cpu: number }[] = [];
	let bytes = 0;
	const sources = orders.map((p) => ({ order: p.order, number: p.displayNumber }));
	for (let i = 0; i < 3; i++) {
		let parts: string[] = [];
		csv.push(
			await timed(async () => {
				parts = await exportOrders({
					pages: pagesOf(sources, 5000),
					columns,
					header: columns.map((c) => c.id),
					perLine: false,
					format: { decimal: ',' },
					options: { delimiter: ';', bom: true }
				});
			})
		);
		bytes = parts.reduce((a, p) => a + p.length, 0);
	}
	const median = (xs: { wall: number; cpu: number }[], k: 'wall' | 'cpu') =>
		xs.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
	return {
		invoice: median(single, 'wall'),
		invoiceCpu: median(single, 'cpu'),
		batch: median(batch, 'wall'),
		batchCpu: median(batch, 'cpu'),
		csv: median(csv, 'wall'),
		csvCpu: median(csv, 'cpu'),
		csvMB: bytes / 1e6
	};
}
