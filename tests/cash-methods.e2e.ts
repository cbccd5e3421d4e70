/**
 * Payment methods are data: a French tablet records "Espèces", an English one "Cash", both
 * store the method `cash`, and after they sync each one's cash report shows a single row.
 */
import { expect, test, type Browser } from '@playwright/test';
import { DevicesPage } from './page-models/devices';
import { readIndex } from './page-models/editor';
import { ReportsPage } from './page-models/paper';
import { ShellPage } from './page-models/shell';
import { createProduct, StallPage } from './page-models/stall';

test.describe.configure({ timeout: 180_000 });

const honey = {
	sku: 'MIEL-500',
	name: 'Miel de lavande',
	price: '4,50',
	barcode: '4006381333931',
	stock: '20'
};

async function device(browser: Browser) {
	const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
	const page = await context.newPage();
	return { context, page, devices: new DevicesPage(page), stall: new StallPage(page) };
}

test('two devices in French and English record cash; the cash report shows one row', async ({
	browser
}) => {
	const fr = await device(browser);
	const en = await device(browser);
	await createProduct(fr.page, honey);
	await fr.devices.open();
	const link = await fr.devices.share();
	await new ShellPage(en.page).chooseLanguage('English');
	await en.devices.join(link, 'Tablet');
	await expect
		.poll(async () => (await readIndex(en.page, 'products', honey.sku)).length, {
			timeout: 30_000
		})
		.toBe(1);

	// One unit sold in "Espèces" on the French tablet, two in "Cash" on the English one.
	await fr.stall.open();
	await fr.stall.wedgeScan(honey.barcode);
	await fr.stall.pay('Espèces').click();
	await expect(fr.stall.receipt).toBeVisible();
	await en.stall.open();
	await en.stall.key(2).click();
	await en.stall.wedgeScan(honey.barcode);
	await en.page.locator('.payment').getByRole('button', { name: 'Cash', exact: true }).click();
	await expect(en.stall.receipt).toBeVisible();

	for (const d of [fr, en]) {
		await expect.poll(async () => (await readIndex(d.page, 'orders')).length).toBe(2);
		const orders = await readIndex(d.page, 'orders');
		expect(orders.map((o) => o.paymentMethod)).toEqual(['cash', 'cash']);
	}
	for (const [d, label] of [
		[fr, 'Espèces'],
		[en, 'Cash']
	] as const) {
		const reports = new ReportsPage(d.page);
		await reports.open();
		const rows = reports.methods.locator('tbody tr');
		await expect(rows).toHaveCount(1);
		await expect(rows.getByRole('rowheader')).toHaveText(label);
		await expect(rows.locator('td').first()).toHaveText('2');
		await expect(rows.locator('td').last()).toHaveText(/13[,.]50/);
	}
	await fr.context.close();
	await en.context.close();
});
