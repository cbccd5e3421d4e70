/**
 * Payments on an existing order and the cash drawer at the day's end: a deposit in cash then
 * the balance by card from the order page ("paid" derived from them), and a drawer whose
 * expected amount counts today's cash, including the balance of an order placed yesterday.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage, readIndex, spaces } from './page-models/editor';
import { OrderPage } from './page-models/order-page';
import { createProduct, StallPage } from './page-models/stall';

test.use({ viewport: { width: 1024, height: 768 } });
test.describe.configure({ timeout: 120_000 });

const jam = {
	sku: 'CONF-FIG',
	name: 'Confiture de figue',
	price: '5,00',
	barcode: '4006381333931',
	stock: '30'
};

/** Places an order of `qty` jars from the editor, awaiting payment; returns its id. */
async function placeOrder(page: Page, qty: number): Promise<string> {
	const editor = new EditorPage(page);
	await editor.openNew();
	await editor.name.fill('Léa Martin');
	await editor.productSearch.fill(jam.sku);
	await editor.suggestion('product-search', jam.sku).click();
	await editor.lineField(1, 'quantity').fill(String(qty));
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	return editor.savedOrderId('created');
}

/** Takes a payment from the order page's payments panel. */
async function takePayment(page: Page, o: { amount?: string; method: string }): Promise<void> {
	const panel = page.getByTestId('order-payments');
	if (o.amount) await panel.locator('#payment-amount').fill(o.amount);
	await panel.locator('#payment-method').selectOption({ label: o.method });
	await panel.getByRole('button', { name: 'Enregistrer un paiement' }).click();
	await expect(panel.getByRole('status')).toHaveText('Paiement enregistré.');
}

test('a deposit in cash then the balance by card from the order page; paid is derived', async ({
	page
}) => {
	await createProduct(page, jam);
	const id = await placeOrder(page, 4);
	const order = new OrderPage(page);
	await order.open(id);
	const panel = page.getByTestId('order-payments');
	const progress = panel.getByTestId('payment-progress');
	await expect(progress).toHaveText('À payer');
	await expect(panel.locator('#payment-amount')).toHaveValue('20,00');
	const axe = await new AxeBuilder({ page }).include('[data-testid="order-payments"]').analyze();
	expect(
		axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
	).toEqual([]);

	// More than is due is refused, and nothing is written.
	await panel.locator('#payment-amount').fill('25');
	await panel.getByRole('button', { name: 'Enregistrer un paiement' }).click();
	await expect(panel.getByRole('alert')).not.toBeEmpty();
	await expect(progress).toHaveText('À payer');

	await takePayment(page, { amount: '5', method: 'Espèces' });
	await expect(progress).toHaveText('Payée en partie');
	expect(spaces(await panel.getByTestId('payment-balance').innerText())).toBe(
		'Payé 5,00 € · reste dû 15,00 €'
	);
	expect((await readIndex(page, 'orders', id))[0]).toMatchObject({
		paymentStatus: 'awaiting_payment'
	});
	// The balance is offered; the seller takes it by card.
	await expect(panel.locator('#payment-amount')).toHaveValue('15,00');
	await takePayment(page, { method: 'Carte' });
	await expect(progress).toHaveText('Payée');
	await expect(panel.locator('#payment-amount')).toHaveCount(0);
	await expect(panel.getByTestId('payment-lines').getByRole('listitem')).toHaveText([
		/^5,00\s€ en Espèces/,
		/^15,00\s€ en Carte/
	]);
	await expect(order.activity).toContainText('Paiement reçu : 15,00 € (Carte)');
	expect((await readIndex(page, 'orders', id))[0]).toMatchObject({ paymentStatus: 'paid' });

	// Still so after a reload (read back from the store, not from the screen's memory).
	await page.reload();
	await expect(progress).toHaveText('Payée');
});

test('the cash drawer expects today’s cash less cash refunds, with a balance paid today on yesterday’s order', async ({
	page
}) => {
	const now = Date.now();
	// Yesterday: an order of 20 € with a 5 € cash deposit (not today's cash).
	await page.clock.setFixedTime(now - 24 * 3_600_000);
	await createProduct(page, jam);
	const older = await placeOrder(page, 4);
	const order = new OrderPage(page);
	await order.open(older);
	await takePayment(page, { amount: '5', method: 'Espèces' });

	// Today: its 15 € balance in cash, a stall sale of 3 jars in cash, one jar refunded.
	await page.clock.setFixedTime(now);
	await order.open(older);
	await takePayment(page, { method: 'Espèces' });
	const stall = new StallPage(page);
	await stall.open();
	await stall.key(3).click();
	await stall.wedgeScan(jam.barcode);
	await stall.pay('Espèces').click();
	await expect(stall.receipt).toContainText('encaissée');
	const sale = (await readIndex(page, 'orders')).find((o) => o.id !== older)!;
	await order.open(sale.id as string);
	await page.getByRole('button', { name: 'Rembourser…' }).click();
	const row = await order.refundLineWithAtLeast(1);
	await row.getByRole('textbox').fill('1');
	await order.refundDialog.getByRole('button', { name: 'Rembourser', exact: true }).click();
	await expect(order.refundDialog).toBeHidden();

	await page.goto('/reports/drawer');
	const balance = page.getByTestId('drawer-balance');
	const line = (name: string) =>
		balance.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]');
	await expect(line('Espèces reçues aujourd’hui')).toHaveText(/^30,00\s€$/);
	await expect(line('Remboursements en espèces')).toHaveText(/^−5,00\s€$/);
	await page.locator('#drawer-float').fill('50');
	await expect(line('Attendu')).toHaveText(/^75,00\s€$/);

	// Counted by coins and notes: 50 + 20 + 5 = 75 €, nothing missing.
	for (const [value, n] of [
		['50,00', '1'],
		['20,00', '1'],
		['5,00', '1']
	] as const) {
		await page.getByRole('textbox', { name: new RegExp(`^${value}\\s€$`) }).fill(n);
	}
	await expect(line('Compté')).toHaveText(/^75,00\s€$/);
	await expect(page.getByTestId('drawer-difference')).toHaveText(/^0,00\s€$/);

	// Or a total typed: 74,50 € is 0,50 € short, and the difference is recorded.
	await page.locator('#drawer-total').fill('74,50');
	await expect(page.getByTestId('drawer-difference')).toHaveText(/^[-−]0,50\s€$/);
	await page.getByRole('button', { name: 'Enregistrer le comptage' }).click();
	await expect(page.getByTestId('drawer-saved')).toContainText(
		/74,50\s€ comptés, écart [-−]0,50\s€/
	);
	await page.reload();
	await expect(page.getByTestId('drawer-saved')).toContainText(/écart [-−]0,50\s€/);
});
