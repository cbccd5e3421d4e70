import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { EditorPage } from './page-models/editor';
import { OrderListPage } from './page-models/order-list';
import { LabelsDialog, pdfText } from './page-models/paper';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });
test.describe.configure({ timeout: 240_000 });

const fr = { create: /^Créer le PDF$/, ready: /PDF prêt/, download: /^Télécharger$/ };
const noAddress = 'pas d’adresse de livraison';

/** Places an order with no shipping address through the editor; resolves with its id. */
async function orderWithoutAddress(page: Page): Promise<string> {
	const editor = new EditorPage(page);
	await editor.openNew();
	await editor.email.fill('zoe.sans-adresse@exemple.fr');
	await editor.name.fill('Zoé Sans-Adresse');
	await page.getByRole('button', { name: 'Article hors catalogue' }).click();
	await editor.lineField(1, 'name').fill('Bon cadeau');
	await editor.lineField(1, 'price').fill('20');
	await page.getByRole('button', { name: 'Valider la commande' }).click();
	return editor.savedOrderId('created');
}

/** The order numbers printed on each page of a label PDF. */
const numbersByPage = (pages: string[]) =>
	pages.map((p) => [...p.matchAll(/Commande n° (\S+)/g)].map((m) => m[1]!));

test('labels for a selection of the list: A4 sheets of 8, the order without an address skipped', async ({
	page
}) => {
	await fillWithDemoData(page, 100);
	const id = await orderWithoutAddress(page);
	const list = new OrderListPage(page);
	await list.open();
	await list.waitForRows();
	const bare = await page.locator(`a[href$="/orders/${id}"]`).first().innerText();
	const selected: string[] = [];
	for (let i = 0; i < 11; i++) selected.push(await list.select(i));
	expect(selected).toContain(bare);

	await list.bulk('Imprimer les étiquettes').click();
	const dialog = new LabelsDialog(page);
	await expect(dialog.skipped.filter({ hasText: bare })).toHaveText(`n° ${bare} : ${noAddress}`);
	// Demo data holds a few cancelled orders: they are listed too, never printed.
	const skipped = await dialog.skipped.allInnerTexts();
	for (const s of skipped.filter((s) => !s.includes(bare))) expect(s).toContain('annulée');
	const skippedNumbers = skipped.map((s) => /^n° (\S+) :/.exec(s)?.[1]);
	const printed = selected.filter((n) => !skippedNumbers.includes(n));
	expect(printed.length).toBeGreaterThan(8);
	await expect(dialog.status).toContainText(`Étiquettes à imprimer : ${printed.length}`);

	const axe = await new AxeBuilder({ page }).include('[data-testid="labels-dialog"]').analyze();
	expect(
		axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
	).toEqual([]);

	await dialog.format(/Feuilles A4/).check();
	const { bytes } = await dialog.createAndDownload(fr);
	const sheets = Math.ceil(printed.length / 8);
	await expect(dialog.status).toContainText(
		`PDF prêt : ${printed.length} étiquettes sur ${sheets} pages.`
	);
	await expect(dialog.skipped.filter({ hasText: bare })).toBeVisible();
	const pages = await pdfText(bytes);
	expect(pages).toHaveLength(sheets);
	const numbers = numbersByPage(pages);
	expect(numbers[0]).toHaveLength(8);
	expect(numbers.at(-1)).toHaveLength(printed.length - 8 * (sheets - 1));
	expect(numbers.flat()).toEqual(printed);
	expect(pages.join(' ')).not.toContain(`Commande n° ${bare} `);
	expect(pages.join(' ')).not.toContain('Zoé Sans-Adresse');

	// The format is remembered on this device.
	await page.keyboard.press('Escape');
	await list.bulk('Imprimer les étiquettes').click();
	await expect(dialog.format(/Feuilles A4/)).toBeChecked();
});

test('label of one order from its page: a thermal label, or “no label” without an address', async ({
	page
}) => {
	await fillWithDemoData(page, 100);
	const id = await orderWithoutAddress(page);
	const dialog = new LabelsDialog(page);
	const prepare = 'Préparer : Étiquette d’expédition';

	await dialog.openFromOrderPage(prepare);
	await expect(dialog.status).toHaveText(/Aucune étiquette à imprimer/);
	await expect(dialog.skipped).toHaveCount(1);
	await expect(dialog.skipped).toContainText(noAddress);
	await expect(dialog.root.getByRole('button', { name: fr.create })).toHaveCount(0);
	await page.keyboard.press('Escape');

	// A demo order (they all have an address) on a 100 × 150 mm label.
	const list = new OrderListPage(page);
	await list.open();
	await list.waitForRows();
	const row = list.rows.filter({ hasNot: page.locator(`a[href$="/orders/${id}"]`) }).first();
	const number = await row.locator('td.num a').innerText();
	await row.locator('td.num a').click();
	await dialog.openFromOrderPage(prepare);
	await dialog.format(/100 × 150 mm/).check();
	const { bytes, download } = await dialog.createAndDownload(fr);
	await expect(dialog.status).toHaveText('PDF prêt : une étiquette.');
	expect(download.suggestedFilename()).toBe(`etiquettes-${number.replace(/[^\w.-]+/g, '_')}.pdf`);
	const pages = await pdfText(bytes);
	expect(pages).toHaveLength(1);
	expect(numbersByPage(pages)).toEqual([[number]]);
	// The demo store has no address yet: no empty "From:" line, and the dialog says why.
	expect(pages[0]).toMatch(/^À : .+ Livraison : /);
	await expect(dialog.root).toContainText('Pas d’adresse de retour sur les étiquettes');
});

test('a big selection shows progress and can be cancelled, then made again', async ({ page }) => {
	await fillWithDemoData(page, 1000);
	const list = new OrderListPage(page);
	await list.open('?view=all');
	await list.waitForRows();
	await list.select(0);
	await list.bulk('Sélectionner toutes les commandes correspondantes').click();
	await expect(page.getByTestId('bulk-bar')).toContainText('1 000 commandes sélectionnées', {
		timeout: 60_000
	});
	await list.bulk('Imprimer les étiquettes').click();
	const dialog = new LabelsDialog(page);
	await expect(dialog.status).toContainText('Étiquettes à imprimer', { timeout: 60_000 });
	// Demo data cancels about 4 % of orders: 20 are listed, the rest summed up.
	await expect(dialog.skipped.first()).toContainText('commande annulée');
	await expect(dialog.skipped).toHaveCount(21);
	await expect(dialog.skipped.last()).toHaveText(/^et [\d\s]+ autres$/);
	await dialog.format(/100 × 150 mm/).check();
	await dialog.root.getByRole('button', { name: fr.create }).click();
	await expect(dialog.status.getByRole('progressbar')).toBeVisible();
	await dialog.root.getByRole('button', { name: 'Annuler' }).click();
	await expect(dialog.status).toContainText('Création du PDF annulée.');
	await expect(dialog.root.getByRole('button', { name: 'Télécharger' })).toHaveCount(0);
	await dialog.root.getByRole('button', { name: fr.create }).click();
	await expect(dialog.status).toContainText(/PDF prêt : [\d\s]+ étiquettes sur [\d\s]+ pages/, {
		timeout: 120_000
	});
});
