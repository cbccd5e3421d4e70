/**
 * The list search box finds an order by its customer's phone however it is typed, by the city
 * or postcode of either address, and by its tracking number.
 */
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './page-models/editor';
import { OrderListPage } from './page-models/order-list';

test.use({ viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 120_000 });

async function typeOrder(
	page: Page,
	o: { name: string; phone: string; city: string; postcode: string; tracking: string }
) {
	const editor = new EditorPage(page);
	await editor.openNew();
	await editor.name.fill(o.name);
	await editor.field('customer-phone').fill(o.phone);
	await editor.field('shipping-address-city').fill(o.city);
	await editor.field('shipping-address-postcode').fill(o.postcode);
	if (o.tracking) await editor.field('tracking-number').fill(o.tracking);
	await page.getByRole('button', { name: 'Article hors catalogue' }).click();
	await editor.lineField(1, 'name').fill('Savon');
	await editor.lineField(1, 'price').fill('5');
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	await editor.savedOrderId('created');
}

test('search finds a phone whatever the spacing, a city, a postcode and a tracking number', async ({
	page
}) => {
	// A fresh device opens its store first: the editor appears once it is ready.
	await page.goto('/orders/new');
	await expect(page.locator('#customer-email')).toBeVisible({ timeout: 60_000 });
	await typeOrder(page, {
		name: 'Léa Martin',
		phone: '06.12.34.56.78',
		city: 'Villeurbanne',
		postcode: '69100',
		tracking: '6A12345678901'
	});
	await typeOrder(page, {
		name: 'Yann Le Goff',
		phone: '+33 2 98 00 11 22',
		city: 'Brest',
		postcode: '29200',
		tracking: ''
	});
	const list = new OrderListPage(page);
	await list.open();
	await expect(list.rows).toHaveCount(2);
	const names = () => list.rows.locator('td.cust .name').allInnerTexts();

	for (const [typed, who] of [
		['06 12 34 56 78', 'Léa Martin'],
		['0612345678', 'Léa Martin'],
		['+33 6 12 34 56 78', 'Léa Martin'],
		['06-12-34-56-78', 'Léa Martin'],
		['02 98 00 11 22', 'Yann Le Goff'],
		['villeurbanne', 'Léa Martin'],
		['69100', 'Léa Martin'],
		['Brest', 'Yann Le Goff'],
		['29200', 'Yann Le Goff'],
		['6A12345678901', 'Léa Martin']
	]) {
		await list.searchFor(typed!);
		await expect.poll(names, { message: typed }).toEqual([who]);
	}
	await list.searchFor('07 00 00 00 00');
	await expect(list.rows).toHaveCount(0);
});
