import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { ChannelSettings, channelSelect, placeOrder } from './page-models/channels';
import { EditorPage, warmUp } from './page-models/editor';
import { OrderListPage } from './page-models/order-list';
import { OrderPage } from './page-models/order-page';
import { centsOf, ReportsPage } from './page-models/paper';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });
test.describe.configure({ timeout: 240_000 });

test.beforeAll(async ({ browser }) => {
	test.setTimeout(240_000);
	await warmUp(browser);
});

const today = () => {
	const d = new Date();
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};
const fr = { custom: /Dates au choix/, from: /^Du$/, until: /^Au/ };

test('orders taken on two channels are filtered apart, exported as CSV and broken down in the report', async ({
	page
}) => {
	// Two phone orders (the default of manual orders) and one taken at a fair, each then paid.
	const taken = [
		{ name: 'Léa Martin', item: 'Savon', price: '20', channel: undefined },
		{ name: 'Jules Petit', item: 'Bougie', price: '30', channel: undefined },
		{ name: 'Inès Roux', item: 'Miel', price: '12,50', channel: 'Salon ou événement' }
	];
	const order = new OrderPage(page);
	const ids: string[] = [];
	for (const o of taken) {
		if (!o.channel) {
			await new EditorPage(page).openNew();
			await expect(channelSelect(page)).toHaveValue('phone');
		}
		const id = await placeOrder(page, o);
		ids.push(id);
		await expect(page.getByTestId('order-channel-value')).toHaveText(o.channel ?? 'Téléphone');
		await page.getByRole('button', { name: 'Marquer payée' }).click();
		await expect(order.paymentStatus).toHaveText('Payée');
	}

	// Filtering by one channel shows only its orders, with a chip and in the address.
	const list = new OrderListPage(page);
	await list.open();
	await expect(list.rows).toHaveCount(3);
	await list.filter('channel', 'Salon ou événement');
	await expect(page).toHaveURL(/[?&]channel=event/);
	await expect(list.rows).toHaveCount(1);
	expect(await list.rowValues('channel')).toEqual(['event']);
	await expect(list.rows.first()).toContainText('Inès Roux');
	await expect(list.chips).toHaveText([/Canal : Salon ou événement/]);
	await list.filter('channel', 'Téléphone');
	await expect(list.rows).toHaveCount(2);
	expect(await list.rowValues('channel')).toEqual(['phone', 'phone']);
	await list.filter('channel', 'Non précisé');
	await expect(page.getByText('Aucune commande ne correspond')).toBeVisible();
	await expect(list.rows).toHaveCount(0);

	// The order CSV carries the channel's label in its own column.
	const reports = new ReportsPage(page);
	await reports.open();
	await reports.customRange(today(), today(), fr);
	await expect(reports.status).toContainText('3 commandes payées');
	await page.getByRole('button', { name: 'Exporter les commandes (CSV)' }).click();
	const dialog = page.getByTestId('csv-export-dialog');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Exporter', exact: true }).click()
	]);
	const text = await readFile((await download.path())!, 'utf8');
	const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
		delimiter: ';',
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	const [header, ...rows] = parsed.data;
	const channel = header!.indexOf('Canal de vente');
	const customer = header!.indexOf('Client');
	expect(channel).toBeGreaterThan(-1);
	expect(Object.fromEntries(rows.map((r) => [r[customer], r[channel]]))).toEqual({
		'Léa Martin': 'Téléphone',
		'Jules Petit': 'Téléphone',
		'Inès Roux': 'Salon ou événement'
	});
	await page.keyboard.press('Escape');

	// The report breaks the sales down by channel: orders and net sales.
	const table = page.getByTestId('report-channels');
	const row = (label: string) => table.locator('tbody tr').filter({ hasText: label });
	await expect(table.locator('tbody tr')).toHaveCount(2);
	await expect(row('Téléphone').locator('td')).toHaveText(['2', /50,00/]);
	await expect(row('Salon ou événement').locator('td')).toHaveText(['1', /12,50/]);
	const net = await table.locator('tfoot td').last().textContent();
	expect(centsOf(net!)).toBe(6250);
	// And so does the report's CSV.
	const csv = await readFile((await (await reports.export(/Exporter en CSV/)).path())!, 'utf8');
	expect(csv).toContain('Ventes par canal;Téléphone;2;;50,00');
	expect(csv).toContain('Ventes par canal;Salon ou événement;1;;12,50');
});

test('a channel added in Settings becomes the default of manual orders; a hidden one is no longer offered', async ({
	page
}) => {
	const settings = new ChannelSettings(page);
	await settings.open();
	const noel = await settings.add('Marché de Noël');
	// A second channel with the same name is refused beside the field.
	await settings.row('').getByRole('textbox').fill('marché de noël');
	await settings.row('').getByRole('button', { name: 'Ajouter' }).click();
	await expect(settings.row('').getByRole('alert')).toContainText('existe déjà');
	const axe = await new AxeBuilder({ page }).include('[data-testid="channel-settings"]').analyze();
	expect(
		axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
	).toEqual([]);
	await settings.setDefault('Marché de Noël');
	// The default cannot be hidden; another channel can.
	await settings.row(noel).getByRole('button', { name: 'Masquer Marché de Noël' }).click();
	await expect(settings.row(noel).getByRole('alert')).toContainText('canal par défaut');
	await settings.toggle('email', /Masquer E-mail/);
	await expect(settings.row('email')).toContainText('masqué');

	const editor = new EditorPage(page);
	await editor.openNew();
	await expect(channelSelect(page)).toHaveValue(noel);
	const offered = await channelSelect(page).locator('option').allTextContents();
	expect(offered.map((s) => s.trim())).not.toContain('E-mail');
	const id = await placeOrder(page, { name: 'Anne Colin', item: 'Couronne', price: '18' });
	await expect(page.getByTestId('order-channel-value')).toHaveText('Marché de Noël');

	// Changing the channel of an order is written in its history with both values.
	await page.goto(`/orders/${id}/edit`);
	await channelSelect(page).selectOption({ label: 'Téléphone' });
	await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
	await editor.savedOrderId('edited');
	const order = new OrderPage(page);
	await expect(page.getByTestId('order-channel-value')).toHaveText('Téléphone');
	await expect(order.activity).toContainText('Canal de vente changé : Marché de Noël → Téléphone');

	// With channels on screen, the list, the order and the settings still fit a phone and a laptop,
	// and the channel controls keep 44 px touch targets.
	for (const width of [390, 1280]) {
		await page.setViewportSize({ width, height: 844 });
		for (const path of ['/orders', `/orders/${id}`, '/settings']) {
			await page.goto(path);
			await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
			if (path === '/orders') await expect(new OrderListPage(page).rows).toHaveCount(1);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
		}
		const small = await settings.section
			.locator('button, input, select')
			.evaluateAll((els) =>
				els
					.map((el) => el.getBoundingClientRect())
					.filter((box) => box.height < 44 || box.width < 44)
			);
		expect(small).toEqual([]);
	}
});
