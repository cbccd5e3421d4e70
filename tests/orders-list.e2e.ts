import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { EditorPage } from './page-models/editor';
import { OrderListPage } from './page-models/order-list';
import { ShellPage } from './page-models/shell';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });
test.setTimeout(240_000);

test('an empty store explains what to do (French)', async ({ page }) => {
	const list = new OrderListPage(page);
	await list.open();
	const empty = page.getByTestId('orders-empty');
	await expect(empty).toContainText('Aucune commande pour l’instant.');
	await expect(empty.getByRole('link', { name: 'Créer une commande' })).toHaveAttribute(
		'href',
		'/orders/new'
	);
	await empty.getByRole('link', { name: 'Données de démonstration (Réglages)' }).click();
	await expect(page).toHaveURL(/\/settings#demo-heading$/);
	await expect(page.locator('#demo-size')).toBeVisible();
});

test('filters combine, live in the URL, survive a reload and come off as chips (French)', async ({
	page
}) => {
	await fillWithDemoData(page, 1000);
	const list = new OrderListPage(page);
	await list.open();
	await list.waitForRows();

	await list.filter('view', 'Actives et archivées');
	await list.filter('fulfilment', 'Livrée');
	await list.filter('tag', 'VIP');
	await expect(page).toHaveURL(/view=all/);
	await expect(page).toHaveURL(/fulfilment=delivered/);
	await expect(page).toHaveURL(/tag=vip/);
	await list.waitForRows();
	await expect.poll(() => list.rowValues('fulfilment')).not.toContain('shipped');
	const fulfilment = await list.rowValues('fulfilment');
	const tags = await list.rowValues('tags');
	expect(new Set(fulfilment)).toEqual(new Set(['delivered']));
	expect(tags.every((t) => t.split(' ').includes('vip'))).toBe(true);
	// The tag shows as a coloured chip with its name.
	await expect(list.rows.first().locator('td.tags')).toContainText('VIP');
	const filteredCount = await list.rows.count();

	await page.reload();
	await list.waitForRows();
	await expect(page.locator('#filter-fulfilment')).toHaveValue('delivered');
	await expect(page.locator('#filter-tag')).toHaveValue('vip');
	await expect(list.rows).toHaveCount(filteredCount);
	await expect(list.chips).toHaveCount(3);

	await page.getByRole('button', { name: 'Retirer le filtre « Étiquette : VIP »' }).click();
	await expect(page).not.toHaveURL(/tag=/);
	await expect(list.chips).toHaveCount(2);
	await expect
		.poll(async () => (await list.rowValues('tags')).some((t) => !t.includes('vip')))
		.toBe(true);
	expect(new Set(await list.rowValues('fulfilment'))).toEqual(new Set(['delivered']));

	// On a phone the list stacks: nothing scrolls the page sideways.
	await page.setViewportSize({ width: 390, height: 844 });
	await expect(list.rows.first()).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('search, sort, in-place status, archive and bulk changes with refusals (French)', async ({
	page
}) => {
	await fillWithDemoData(page, 1000);
	const list = new OrderListPage(page);
	await list.open();
	await list.waitForRows();
	const all = await list.rows.count();

	// Search by a customer's name: every row shown is theirs.
	const name = await list.rows.first().locator('td.cust .name').innerText();
	await list.searchFor(name);
	await list.waitForRows();
	const names = await list.rows.locator('td.cust .name').allInnerTexts();
	expect(names.length).toBeGreaterThan(0);
	for (const n of names) expect(n.toLowerCase()).toContain(name.split(' ')[0]!.toLowerCase());
	await expect(list.chips.filter({ hasText: `Recherche : ${name}` })).toHaveCount(1);

	// Search by a SKU: a few orders, not the whole list.
	await list.searchFor('SKU-0001');
	await expect.poll(() => list.rows.count()).toBeLessThan(all);
	await list.search.fill('');
	await expect(page).not.toHaveURL(/q=/);
	await expect(list.rows).toHaveCount(all);

	// Sort by total, biggest first, then smallest first.
	await list.sortBy(/Total/);
	await expect(page).toHaveURL(/sort=total/);
	await expect(list.header(/Total/)).toHaveAttribute('aria-sort', 'descending');
	await expect
		.poll(async () => {
			const totals = (await list.rowValues('total')).map(Number);
			return totals.every((v, i) => i === 0 || totals[i - 1]! >= v);
		})
		.toBe(true);
	await list.sortBy(/Total/);
	await expect(list.header(/Total/)).toHaveAttribute('aria-sort', 'ascending');
	await expect
		.poll(async () => {
			const totals = (await list.rowValues('total')).map(Number);
			return totals.every((v, i) => i === 0 || totals[i - 1]! <= v);
		})
		.toBe(true);
	await list.sortBy(/Date/);
	await expect(list.header(/Date/)).toHaveAttribute('aria-sort', 'descending');

	// Change a fulfilment status in place: only moves the rules allow are offered.
	const row = list.rows.filter({ has: page.locator('td.ful select') }).first();
	const select = row.locator('td.ful select');
	const before = await select.inputValue();
	const options = await select
		.locator('option')
		.evaluateAll((o) =>
			o.map((x) => ({ value: (x as HTMLOptionElement).value, label: x.textContent ?? '' }))
		);
	expect(options[0]!.value).toBe(before);
	const target = options[1]!;
	const number = await row.locator('td.num a').innerText();
	await select.selectOption(target.value);
	await expect(list.feedback).toHaveText(`Commande ${number} : ${target.label.trim()}.`);
	await expect(
		list.rows.filter({ hasText: number }).locator('td.ful select, td.ful .status').first()
	).toContainText(target.label.trim());

	// Archive two orders; they leave the active list and show up among archived ones.
	const first = await list.select(0);
	const second = await list.select(1);
	await expect(page.getByText('2 commandes sélectionnées')).toBeVisible();
	await list.bulk('Archiver').click();
	await expect(list.bulkReport).toHaveText('2 commande(s) archivée(s).');
	await expect(list.rows.filter({ hasText: first })).toHaveCount(0);
	await list.filter('view', 'Archivées');
	await expect(page).toHaveURL(/view=archived/);
	await list.waitForRows();
	const archived = await list.numbers();
	expect(archived).toContain(first);
	expect(archived).toContain(second);

	// A bulk change: moves the rules refuse are reported order by order.
	await page.getByRole('button', { name: 'Retirer le filtre « Archivées »' }).click();
	await list.waitForRows();
	await page.getByRole('checkbox', { name: 'Sélectionner les commandes affichées' }).check();
	await expect(page.getByText(/^\d+ commandes sélectionnées$/)).toBeVisible();
	await page.locator('#bulk-fulfilment').selectOption({ label: 'Livrée' });
	await list.bulk('Appliquer').first().click();
	await expect(list.bulkReport).toContainText(
		/\d+ commande\(s\) modifiée\(s\), \d+ refusée\(s\) :/,
		{ timeout: 60_000 }
	);
	const report = await list.bulkReport.locator('p').innerText();
	const [changed, refused] = report.match(/\d+/g)!.map(Number);
	expect(changed).toBeGreaterThan(0);
	expect(refused).toBeGreaterThan(0);
	await expect(list.bulkReport.getByRole('listitem').first()).toContainText(/ : /);
	// Every order shown is now delivered, or was refused for a reason the report names.
	await expect
		.poll(async () => (await list.rowValues('fulfilment')).filter((f) => f === 'delivered').length)
		.toBeGreaterThanOrEqual(changed!);
});

test('keyboard only, a hostile customer name shown as text, no axe violation (English)', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await fillWithDemoData(page, 1000);

	// A customer whose name is markup, entered through the order editor as a seller would.
	const hostile = '<img src=x onerror=alert(1)>';
	const editor = new EditorPage(page);
	await editor.openNew();
	await editor.email.fill('hostile@example.com');
	await editor.name.fill(hostile);
	await page.getByRole('button', { name: 'Article hors catalogue' }).click();
	await editor.lineField(1, 'name').fill('Test');
	await editor.lineField(1, 'price').fill('10');
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	await editor.savedOrderId('created');

	await new ShellPage(page).chooseLanguage('English');
	const list = new OrderListPage(page);
	await list.open();
	await list.waitForRows();
	await list.searchFor('hostile');
	await expect(list.rows).toHaveCount(1);
	await expect(list.rows.first().locator('td.cust .name')).toHaveText(hostile);
	await expect(page.locator('main img[src="x"]')).toHaveCount(0);
	expect(dialogs).toEqual([]);

	// Axe on the list with data, filters open and a selection.
	await list.search.fill('');
	await expect(list.rows.nth(10)).toBeVisible();
	await list.filter('view', 'Active and archived');
	await list.select(0);
	const results = await new AxeBuilder({ page }).analyze();
	const blocking = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(blocking).toEqual([]);

	// Keyboard last: the order page it opens is another screen's.
	await list.open();
	await list.waitForRows();
	// Keyboard only: Tab to the search box, type, Tab to an order number, Enter opens it.
	const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
	for (let i = 0; i < 40 && (await focusedId()) !== 'order-search'; i++) {
		await page.keyboard.press('Tab');
	}
	expect(await focusedId()).toBe('order-search');
	await page.keyboard.type('Brown');
	await expect(page).toHaveURL(/q=Brown/);
	await expect(list.rows.first().locator('td.cust .name')).toContainText('Brown');
	const onNumber = () =>
		page.evaluate(
			() =>
				document.activeElement?.closest('td.num') !== null &&
				document.activeElement?.tagName === 'A'
		);
	for (let i = 0; i < 40 && !(await onNumber()); i++) await page.keyboard.press('Tab');
	expect(await onNumber()).toBe(true);
	const number = await page.evaluate(() => (document.activeElement as HTMLElement).innerText);
	// The order page belongs to another screen: it is enough that its address opens.
	const opened = page.waitForURL(/\/orders\/[^/?]+$/, { waitUntil: 'commit', timeout: 30_000 });
	await page.keyboard.press('Enter');
	await opened;
	expect(number).not.toBe('');
});
