import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readBackup, writeBackup } from './support/backup-file';
import { fillWithDemoData } from './page-models/demo';
import { DevicesPage } from './page-models/devices';
import { OrderListPage } from './page-models/order-list';
import { centsOf, ReportsPage } from './page-models/paper';
import type * as Y from 'yjs';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, acceptDownloads: true });
test.describe.configure({ timeout: 240_000 });

const today = new Date().toISOString().slice(0, 10);
const range = { custom: /Dates au choix/, from: /^Du$/, until: /^Au/ };

/** Rewrites an order's creation record as a buggy device could (same key, written after it). */
function spoil(doc: Y.Doc, id: string, change: (record: { lines: unknown[] }) => void) {
	const order = doc.getMap<Y.Map<unknown>>('orders').get(id);
	if (!order) throw new Error(`no order ${id} in the backup`);
	const record = JSON.parse(order.get('o') as string);
	change(record);
	order.set('o', JSON.stringify(record));
}

test('a backup holding an order with a null line and one with a price of 1.5 cents: every good order stays, the two are shown unreadable and left out of totals', async ({
	page
}) => {
	await fillWithDemoData(page, 100);
	const list = new OrderListPage(page);
	await list.open('?payment=paid');
	await expect(list.rows.first()).toBeVisible();
	// Two paid orders: their totals must leave the report once they cannot be read.
	const picked = await Promise.all(
		[0, 1].map(async (i) => {
			const row = list.rows.nth(i);
			const href = (await row.locator('a.number').getAttribute('href'))!;
			return {
				id: href.split('/').pop()!,
				number: (await row.locator('a.number').textContent())!.trim(),
				total: centsOf((await row.locator('td.total').textContent())!)
			};
		})
	);
	await list.open();
	const activeBefore = Number((await list.count.textContent())!.replace(/\D/g, ''));

	const reports = new ReportsPage(page);
	await reports.open();
	await reports.customRange('2020-01-01', today, range);
	await expect(reports.status).toContainText('commandes payées');
	const ordersBefore = Number((await reports.orders.textContent())!.replace(/\D/g, ''));
	const takingsBefore = centsOf((await reports.takings.textContent())!);

	const devices = new DevicesPage(page);
	await devices.open();
	const { header, doc } = readBackup(await readFile(await devices.exportBackup()));
	spoil(doc, picked[0]!.id, (r) => (r.lines[0] = null));
	spoil(doc, picked[1]!.id, (r) => ((r.lines[0] as { unitPrice: unknown }).unitPrice = 1.5));
	await devices.importBackup('spoiled.comptoir', writeBackup(header, doc));

	// The import says what it did: merged, with two records this version cannot read.
	await expect(devices.backupStatus).toHaveText(/importée.*2 enregistrement/);
	await expect(devices.backupError).toHaveCount(0);
	const counted = page.getByTestId('unreadable-count');
	await expect(counted).toContainText('2 enregistrement(s) illisible(s)');
	await counted.locator('summary').click();
	await expect(counted.getByRole('listitem').filter({ hasText: picked[0]!.id })).toContainText(
		/line 1/
	);
	await expect(counted.getByRole('listitem').filter({ hasText: picked[1]!.id })).toContainText(
		/unitPrice/
	);

	// Every good order is listed; the two are listed apart, marked unreadable, with a link.
	await list.open();
	await expect(list.count).toContainText(String(activeBefore - 2));
	const unreadable = page.getByTestId('unreadable-orders');
	await expect(unreadable.getByRole('listitem')).toHaveCount(2);
	await expect(list.rows.filter({ hasText: picked[0]!.number })).toHaveCount(0);
	await unreadable.getByRole('link').filter({ hasText: picked[0]!.id }).click();

	// Its page says so and what is wrong, instead of loading for ever.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commande illisible');
	await expect(page.getByTestId('unreadable-order')).toContainText(/line 1/);
	await expect(page.getByText('Chargement…')).toHaveCount(0);
	await page.goto(`/orders/${picked[1]!.id}`);
	await expect(page.getByTestId('unreadable-order')).toContainText(/unitPrice/);

	// Totals leave both out.
	await reports.open();
	await reports.customRange('2020-01-01', today, range);
	await expect(reports.orders).toHaveText(new RegExp(`^\\D*${ordersBefore - 2}\\D*$`));
	expect(centsOf((await reports.takings.textContent())!)).toBe(
		takingsBefore - picked[0]!.total - picked[1]!.total
	);

	// A reload reads the same store: nothing was lost and the index did not fail.
	await page.reload();
	await list.open();
	await expect(list.count).toContainText(String(activeBefore - 2));
	await expect(page.getByTestId('unreadable-orders').getByRole('listitem')).toHaveCount(2);
});
