/**
 * The order page on a landscape tablet and a laptop: lines, totals and statuses in one column,
 * customer, shipping and history beside them, all from 1024 px; a 390 px phone keeps one column
 * and never scrolls sideways. Measured from the boxes the browser lays out.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { findOrderIds } from './page-models/order-page';

test.describe.configure({ timeout: 180_000 });

const left = {
	status: 'section[aria-labelledby="order-status-title"]',
	lines: 'section[aria-labelledby="order-lines-title"]',
	totals: '[data-testid="order-totals"]'
};
const right = {
	customer: 'section[aria-labelledby="order-parties-title"]',
	shipping: 'section[aria-labelledby="order-shipping-title"]',
	history: 'section[aria-labelledby="order-activity-title"]'
};

type Box = { x: number; y: number; width: number; height: number };

async function boxes(page: Page, selectors: Record<string, string>) {
	const out: Record<string, Box> = {};
	for (const [name, selector] of Object.entries(selectors)) {
		const box = await page.locator(selector).boundingBox();
		expect(box, `${name} is laid out`).not.toBeNull();
		out[name] = box!;
	}
	return out;
}

async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the order page is two columns from 1024 px and one column on a 390 px phone', async ({
	page
}, testInfo) => {
	await fillWithDemoData(page, 100);
	const [id] = await findOrderIds(page, { withEmail: true });
	expect(id, 'the demo data has an order with a customer').toBeTruthy();

	for (const [width, height] of [
		[1024, 768],
		[1280, 800]
	] as const) {
		await page.setViewportSize({ width, height });
		await page.goto(`/orders/${id}`);
		await expect(page.locator(right.history)).toBeVisible();
		const l = await boxes(page, left);
		const r = await boxes(page, right);
		await page.screenshot({ path: testInfo.outputPath(`order-${width}.png`) });
		const leftEdge = Math.max(...Object.values(l).map((b) => b.x + b.width));
		const rightStart = Math.min(...Object.values(r).map((b) => b.x));
		console.log(
			`${width}×${height}: left column ends at ${Math.round(leftEdge)} px, right starts at ${Math.round(rightStart)} px`
		);
		// Side by side: every left box ends before every right box starts...
		expect(leftEdge).toBeLessThanOrEqual(rightStart);
		// ...the two columns start level (statuses beside the customer), nothing overflows the window,
		// and each column is wide enough to read (a line table needs room).
		expect(Math.abs(l.status!.y - r.customer!.y)).toBeLessThan(40);
		for (const b of [...Object.values(l), ...Object.values(r)]) {
			expect(b.x + b.width).toBeLessThanOrEqual(width);
			expect(b.width).toBeGreaterThan(250);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			width
		);
		expect(await seriousViolations(page)).toEqual([]);
	}

	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`/orders/${id}`);
	await expect(page.locator(right.history)).toBeVisible();
	const all = await boxes(page, { ...left, ...right });
	await page.screenshot({ path: testInfo.outputPath('order-390.png'), fullPage: true });
	// One column: each panel sits below the one before it, in reading order.
	const order = ['status', 'lines', 'customer', 'shipping', 'history'];
	for (let i = 1; i < order.length; i++) {
		expect(all[order[i]!]!.y).toBeGreaterThan(
			all[order[i - 1]!]!.y + all[order[i - 1]!]!.height - 1
		);
	}
	for (const b of Object.values(all)) expect(b.x + b.width).toBeLessThanOrEqual(390);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	expect(await seriousViolations(page)).toEqual([]);
});
