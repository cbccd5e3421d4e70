import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
	demoStore,
	EditorPage,
	euros,
	readIndex,
	spaces,
	stockedProducts,
	warmUp
} from './page-models/editor';
import { ShellPage } from './page-models/shell';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async ({ browser }) => {
	test.setTimeout(240_000);
	await warmUp(browser);
});

/** Half away from zero on a positive amount, as the domain rounds. */
const percentOf = (cents: number, basisPoints: number) => Math.round((cents * basisPoints) / 10000);

async function seriousViolations(page: Page, where: string) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('a returning customer’s order with a catalogue product, a custom item, a discount and shipping (French, touch)', async ({
	page
}) => {
	await demoStore(page);
	const product = (await stockedProducts(page))[0]!;
	const editor = new EditorPage(page);
	// A first order makes Léa a known customer (demo orders do not record customers).
	const customer = { email: 'lea.garnier@exemple.fr', name: 'Léa Garnier', city: 'Lyon' };
	await editor.openNew();
	await editor.email.fill(customer.email);
	await editor.name.fill(customer.name);
	await page.getByLabel('Ville').fill(customer.city);
	await page.getByRole('button', { name: 'Article hors catalogue' }).tap();
	await editor.lineField(1, 'name').fill('Bon cadeau');
	await editor.lineField(1, 'price').fill('20');
	await page.getByRole('button', { name: 'Valider la commande' }).tap();
	await editor.savedOrderId('created');

	await editor.openNew();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvelle commande');

	// The customer, from the autocompletion: name and address fill in.
	await editor.email.tap();
	await editor.email.fill('lea.gar');
	await editor.suggestion('customer-email', customer.email).tap();
	await expect(editor.email).toHaveValue(customer.email);
	await expect(editor.name).toHaveValue(customer.name);
	await expect(page.getByLabel('Ville')).toHaveValue(customer.city);

	// A catalogue product by SKU: name and price fill in; one more with the stepper.
	await editor.productSearch.fill(product.sku);
	await editor.suggestion('product-search', product.sku).tap();
	await expect(editor.lineField(1, 'name')).toHaveValue(product.name);
	await expect(editor.lineField(1, 'price')).toHaveValue(
		`${Math.trunc(product.price / 100)},${String(product.price % 100).padStart(2, '0')}`
	);
	await page.getByRole('button', { name: 'Une unité de plus, ligne 1' }).tap();
	await expect(editor.lineField(1, 'quantity')).toHaveValue('2');

	// A custom item typed by hand, the French way.
	await page.getByRole('button', { name: 'Article hors catalogue' }).tap();
	await expect(editor.lineField(2, 'name')).toBeFocused();
	await editor.lineField(2, 'name').fill('Emballage cadeau');
	await editor.lineField(2, 'price').fill('3,50');

	await page.getByLabel('Remise (%)').fill('10');
	await page.getByLabel('Frais de port').fill('5,90');

	const subtotal = 2 * product.price + 350;
	const expected = subtotal - percentOf(subtotal, 1000) + 590;
	await expect.poll(() => editor.total()).toBe(euros(expected));

	await page.getByRole('button', { name: 'Valider la commande' }).tap();
	const id = await editor.savedOrderId('created');

	await page.reload();
	const [row] = await readIndex(page, 'orders', id);
	expect(row).toMatchObject({
		view: 'active',
		total: expected,
		customerEmail: customer.email,
		customerName: customer.name,
		paymentStatus: 'awaiting_payment',
		fulfilmentStatus: 'awaiting_processing'
	});
	const [after] = await readIndex(page, 'products', product.sku);
	expect(after?.level).toBe(product.level - 2);
});

test('keep as draft, by keyboard (English)', async ({ page }) => {
	await demoStore(page);
	await new ShellPage(page).chooseLanguage('English');
	const product = (await stockedProducts(page))[1]!;
	const editor = new EditorPage(page);
	await editor.openNew();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New order');

	await page.getByRole('combobox', { name: 'Add a product' }).focus();
	await page.keyboard.type(product.sku);
	await expect(editor.suggestion('product-search', product.sku)).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(editor.lineField(1, 'name')).toHaveValue(product.name);
	await expect.poll(() => editor.total()).toBe(euros(product.price, 'en-GB'));

	await page.getByRole('button', { name: 'Keep as draft' }).focus();
	await page.keyboard.press('Enter');
	const id = await editor.savedOrderId('draft');
	const [row] = await readIndex(page, 'orders', id);
	expect(row).toMatchObject({ view: 'draft', total: product.price });
	// A draft takes no stock.
	const [stock] = await readIndex(page, 'products', product.sku);
	expect(stock?.level).toBe(product.level);
});

test('invalid input shows a message beside each field and saves nothing', async ({ page }) => {
	const editor = new EditorPage(page);
	await editor.openNew();

	await editor.email.fill('pas-un-email');
	await page.getByRole('button', { name: 'Article hors catalogue' }).click();
	await editor.lineField(1, 'quantity').fill('-1');
	await editor.lineField(1, 'price').fill('abc');
	await page.getByRole('button', { name: 'Valider la commande' }).click();

	await expect(
		page.getByRole('alert').filter({ hasText: 'Rien n’a été enregistré' })
	).toBeVisible();
	await expect(editor.email).toHaveAttribute('aria-invalid', 'true');
	expect(await editor.messageOf(editor.email)).toContain('n’est pas une adresse e-mail valide');
	expect(await editor.messageOf(editor.lineField(1, 'name'))).toContain('est obligatoire');
	expect(await editor.messageOf(editor.lineField(1, 'quantity'))).toBe(
		'Une quantité ne peut pas être négative.'
	);
	expect(await editor.messageOf(editor.lineField(1, 'price'))).toBe(
		'« abc » n’est pas un montant.'
	);
	await expect(page).toHaveURL(/\/orders\/new$/);
	expect(await readIndex(page, 'orders')).toEqual([]);

	// Leaving with unsaved edits asks first; staying keeps what was typed.
	page.once('dialog', (dialog) => void dialog.dismiss());
	await page.getByRole('navigation').getByRole('link', { name: 'Produits' }).click();
	await expect(page).toHaveURL(/\/orders\/new$/);
	await expect(editor.lineField(1, 'price')).toHaveValue('abc');

	// Corrected, with an English-style amount, it saves.
	await editor.email.fill('');
	await editor.lineField(1, 'name').fill('Atelier');
	await editor.lineField(1, 'quantity').fill('2');
	await editor.lineField(1, 'price').fill('12.50');
	await expect.poll(() => editor.total()).toBe(euros(2500));
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	const id = await editor.savedOrderId('created');
	expect((await readIndex(page, 'orders', id))[0]).toMatchObject({ total: 2500 });
});

test('editing a placed order’s quantity changes its total and its stock', async ({ page }) => {
	await demoStore(page);
	const product = (await stockedProducts(page))[2]!;
	const editor = new EditorPage(page);
	await editor.openNew();
	await editor.productSearch.fill(product.sku);
	await editor.suggestion('product-search', product.sku).click();
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	const id = await editor.savedOrderId('created');

	await page.goto(`/orders/${id}/edit`);
	await expect(editor.lineField(1, 'quantity')).toHaveValue('1');
	await expect.poll(() => editor.total()).toBe(euros(product.price));
	await editor.lineField(1, 'quantity').fill('3');
	await expect.poll(() => editor.total()).toBe(euros(3 * product.price));
	await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
	await editor.savedOrderId('edited');

	const [row] = await readIndex(page, 'orders', id);
	expect(row).toMatchObject({ total: 3 * product.price, view: 'active' });
	const [stock] = await readIndex(page, 'products', product.sku);
	expect(stock?.level).toBe(product.level - 3);
});

test('a customer name with HTML is saved and shown as text', async ({ page }) => {
	const hostile = '<img src=x onerror=alert(1)>';
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const editor = new EditorPage(page);
	await editor.openNew();
	await editor.name.fill(hostile);
	await page.getByRole('button', { name: 'Article hors catalogue' }).click();
	await editor.lineField(1, 'name').fill(hostile);
	await editor.lineField(1, 'price').fill('1');
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	const id = await editor.savedOrderId('created');
	expect((await readIndex(page, 'orders', id))[0]).toMatchObject({ customerName: hostile });

	await page.goto(`/orders/${id}/edit`);
	await expect(editor.name).toHaveValue(hostile);
	await expect(editor.lineField(1, 'name')).toHaveValue(hostile);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

test('no serious or critical axe violation in the editor', async ({ page }) => {
	await demoStore(page);
	const product = (await stockedProducts(page))[0]!;
	const editor = new EditorPage(page);
	await editor.openNew();
	expect(await seriousViolations(page, 'empty editor')).toEqual([]);

	await editor.productSearch.fill(product.sku);
	await expect(editor.suggestion('product-search', product.sku)).toBeVisible();
	expect(await seriousViolations(page, 'suggestions open')).toEqual([]);
	await editor.suggestion('product-search', product.sku).click();
	await page.getByRole('button', { name: 'Article hors catalogue' }).click();
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	await expect(page.getByRole('alert').first()).toBeVisible();
	expect(await seriousViolations(page, 'editor with messages')).toEqual([]);
	expect(spaces(await page.getByTestId('bar-total').innerText())).toBe(euros(product.price));
});

test('a draft is completed and placed from its edit page', async ({ page }) => {
	const editor = new EditorPage(page);
	await editor.openNew();
	await page.getByRole('button', { name: 'Article hors catalogue' }).click();
	await editor.lineField(1, 'name').fill('Panier garni');
	await editor.lineField(1, 'price').fill('15');
	await page.getByRole('button', { name: 'Garder en brouillon' }).click();
	const id = await editor.savedOrderId('draft');

	await page.goto(`/orders/${id}/edit`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modifier le brouillon');
	await expect(editor.lineField(1, 'name')).toHaveValue('Panier garni');
	expect(await seriousViolations(page, 'draft edit')).toEqual([]);
	await page.getByRole('button', { name: 'Une unité de plus, ligne 1' }).click();
	await expect.poll(() => editor.total()).toBe(euros(3000));
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	await editor.savedOrderId('created');
	expect((await readIndex(page, 'orders', id))[0]).toMatchObject({ view: 'active', total: 3000 });
});
