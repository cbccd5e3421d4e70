import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { demoStore, EditorPage, stockedProducts } from './page-models/editor';
import { OrderPage } from './page-models/order-page';
import { pdfText } from './page-models/paper';

test.use({ viewport: { width: 1024, height: 900 } });
test.describe.configure({ timeout: 240_000 });

/** Clicks a download button and returns the PDF's text, pages joined, spaces normalised. */
async function downloadText(page: Page, name: string): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name, exact: true }).click()
	]);
	const pages = await pdfText(new Uint8Array(await readFile((await download.path())!)));
	return pages
		.join('\n')
		.replace(/[\u202f\u00a0\s]+/g, ' ')
		.trim();
}

test('an issued invoice is corrected by a credit note and a new invoice; the old one reprints unchanged', async ({
	page
}) => {
	await demoStore(page);
	const product = (await stockedProducts(page))[1]!;
	const editor = new EditorPage(page);
	await editor.openNew();
	await editor.productSearch.fill(product.sku);
	await editor.suggestion('product-search', product.sku).click();
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	const id = await editor.savedOrderId('created');

	// Printing the invoice issues it: its content is frozen as printed.
	const order = new OrderPage(page);
	await order.open(id);
	const number = (await order.heading.innerText()).replace('Commande ', '').trim();
	await page.locator('summary', { hasText: 'Documents' }).click();
	const issued = await downloadText(page, 'Télécharger : Facture');
	expect(issued).toContain(`Facture n° ${number}`);
	expect(issued).not.toContain('DUPLICATA');

	// Changing a line of an invoiced order asks first, in plain words.
	await page.goto(`/orders/${id}/edit`);
	await editor.lineField(1, 'quantity').fill('3');
	await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
	const dialog = page.getByTestId('correct-invoice-dialog');
	await expect(dialog).toContainText(
		`La facture ${number} sera annulée par un avoir et une nouvelle facture sera émise.`
	);
	await dialog.getByRole('button', { name: 'Émettre l’avoir et la nouvelle facture' }).click();
	await editor.savedOrderId('edited');

	// One credit note cancels the old invoice; a new invoice has a new number and the new lines.
	const notes = page.getByTestId('credit-notes').getByRole('listitem');
	await expect(notes).toHaveCount(1);
	const creditNote = /Avoir n° (\S+)/.exec(await notes.first().innerText())![1]!;
	const replaced = page.getByTestId('replaced-invoices').getByRole('listitem');
	await expect(replaced).toHaveCount(1);
	await expect(replaced.first()).toContainText(`Facture n° ${number}`);
	await expect(replaced.first()).toContainText(creditNote);

	const reprint = await downloadText(page, `Télécharger : Facture n° ${number}`);
	expect(reprint).toContain('DUPLICATA');
	// Identical to what was issued, apart from the "Duplicata" mark.
	expect(reprint.replace(/ ?DUPLICATA/, '')).toBe(issued);

	const note = await downloadText(page, `Télécharger : Avoir n° ${creditNote}`);
	expect(note).toContain(`Annule la facture n° ${number}`);

	await page.locator('summary', { hasText: 'Documents' }).click();
	const current = await downloadText(page, 'Télécharger : Facture');
	const newNumber = /Facture n° (\S+)/.exec(current)![1]!;
	expect(newNumber).not.toBe(number);
	expect(current).not.toContain('DUPLICATA');
	expect(current).not.toBe(issued);
});
