import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { DevicesPage } from './page-models/devices';
import { ShellPage } from './page-models/shell';

const tablet = { viewport: { width: 768, height: 1024 }, hasTouch: true };

/** A new browser context is a new device: its own IndexedDB, localStorage and BroadcastChannel. */
async function device(browser: Browser) {
	const context = await browser.newContext({ ...tablet, acceptDownloads: true });
	const page = await context.newPage();
	return { context, page, devices: new DevicesPage(page) };
}

test.describe('devices', () => {
	test.describe.configure({ timeout: 180_000 });

	test('devices: a second device joins by link, receives 1000 orders, and its own orders reach the first', async ({
		browser
	}) => {
		const a = await device(browser);
		const b = await device(browser);
		await fillWithDemoData(a.page, 1000);
		await a.devices.open();
		await a.devices.rename('Caisse');
		await expect(a.devices.verdict).toHaveCount(0);
		const link = await a.devices.share();
		expect(link).toMatch(/\/devices\/join#room=comptoir-[\w-]+&secret=[\w-]{22,}/);

		await b.devices.join(link, 'Tablette du marché');
		// The secret leaves the address bar once read.
		await expect(b.page).toHaveURL(/\/devices\/join$/);
		await expect(b.devices.verdict).toHaveText(/Connecté à 1 appareil/, { timeout: 30_000 });
		await b.devices.expectOrders(1000, 60_000);
		await expect(b.page.getByTestId('join-received')).toHaveText(/1\s?000 commandes/);

		// A names B in its list, connected now.
		const paired = a.page.getByTestId('paired-devices');
		await expect(paired).toContainText('Tablette du marché');
		await expect(paired).toContainText('Connecté');
		await expect(a.page.getByTestId('delivery')).toHaveText(
			/Tout ce qui est sur cet appareil a atteint/
		);

		// Orders made on B reach A within seconds (A stays on its Devices page).
		await fillWithDemoData(b.page, 100);
		await b.devices.openFromNav();
		await a.devices.expectOrders(1100, 15_000);
		await expect(b.page.getByTestId('paired-devices')).toContainText('Caisse');
		await expect(b.page.getByTestId('paired-devices')).toContainText('Connecté');
		await expect(b.page.getByTestId('delivery')).toHaveText(
			/Tout ce qui est sur cet appareil a atteint/
		);
		await a.context.close();
		await b.context.close();
	});

	test('devices: a tampered pairing link receives nothing and says the code is wrong', async ({
		browser
	}) => {
		const a = await device(browser);
		const b = await device(browser);
		await fillWithDemoData(a.page, 100);
		await a.devices.open();
		const link = await a.devices.share();
		const tampered = link.replace(
			/secret=([\w-])/,
			(_, c: string) => `secret=${c === 'A' ? 'B' : 'A'}`
		);
		expect(tampered).not.toBe(link);

		await b.devices.join(tampered, 'Intrus');
		await expect(b.page.getByRole('alert')).toHaveText(/autre code|Aucun appareil trouvé/, {
			timeout: 30_000
		});
		expect(await b.devices.orderCount()).toBe(0);
		await expect(b.page.getByRole('button', { name: 'Abandonner' })).toBeVisible();
		await a.context.close();
		await b.context.close();
	});

	test('devices: a malformed link or a room nobody is in is refused plainly', async ({
		browser
	}) => {
		const b = await device(browser);
		await b.page.goto('/devices/join#room=comptoir-abc&secret=short');
		await expect(b.page.getByTestId('join-link-error')).toHaveText(/abîmé|incomplet/);
		await expect(b.page.getByRole('button', { name: 'Rejoindre la boutique' })).toHaveCount(0);

		// A well-formed link to a room where no device waits: "no device found", never a spinner.
		const lonely = `/devices/join#room=comptoir-${'x'.repeat(22)}&secret=${'y'.repeat(43)}`;
		await b.devices.join(lonely, 'Seule');
		await expect(b.page.getByRole('alert')).toHaveText(/Aucun appareil trouvé pour ce code/, {
			timeout: 30_000
		});
		await b.context.close();
	});

	test('devices: a backup restores every order on a fresh device; a corrupted one changes nothing', async ({
		browser
	}) => {
		const a = await device(browser);
		await fillWithDemoData(a.page, 100);
		await a.devices.open();
		await expect(a.page.getByTestId('backup-reminder')).toBeVisible();
		const path = await a.devices.exportBackup();
		await expect(a.devices.backupStatus).toHaveText(
			/Sauvegarde « comptoir-.*\.comptoir » téléchargée/
		);
		await expect(a.page.getByTestId('backup-reminder')).toHaveCount(0);
		const backup = await readFile(path);

		const c = await device(browser);
		await c.devices.open();
		const corrupted = Buffer.from(backup);
		const middle = Math.floor(corrupted.length / 2);
		corrupted[middle] = (corrupted[middle] ?? 0) ^ 0xff;
		await c.devices.importBackup('broken.comptoir', corrupted);
		await expect(c.devices.backupError).toHaveText(/abîmé.*Rien n’a changé/);
		expect(await c.devices.orderCount()).toBe(0);

		await c.devices.importBackup('cut.comptoir', backup.subarray(0, backup.length - 100));
		await expect(c.devices.backupError).toHaveText(/incomplet.*Rien n’a changé/);
		await c.devices.importBackup('notes.comptoir', Buffer.from('not a backup at all'));
		await expect(c.devices.backupError).toHaveText(/n’est pas une sauvegarde Comptoir/);
		expect(await c.devices.orderCount()).toBe(0);

		await c.devices.importBackup('shop.comptoir', backup);
		await expect(c.devices.backupStatus).toHaveText(/importée/);
		await c.devices.expectOrders(100);

		// Corrupted after a good import: refused, and the store keeps exactly what it had.
		await c.devices.importBackup('broken.comptoir', corrupted);
		await expect(c.devices.backupError).toBeVisible();
		expect(await c.devices.orderCount()).toBe(100);
		// The same file again merges to the same store.
		await c.devices.importBackup('shop.comptoir', backup);
		await expect(c.devices.backupStatus).toHaveText(/rien de nouveau/);
		expect(await c.devices.orderCount()).toBe(100);
		await a.context.close();
		await c.context.close();
	});

	test('devices: two tabs of one browser stay in step without reloading', async ({ browser }) => {
		const a = await device(browser);
		await fillWithDemoData(a.page, 100);
		await a.devices.open();
		const backup = await readFile(await a.devices.exportBackup());

		const x = await device(browser);
		await x.devices.open();
		const tab2 = await x.context.newPage();
		const tab2Devices = new DevicesPage(tab2);
		await tab2Devices.open();
		// Tab 2 shows the order list, reached through the app (no reload): it can only learn of
		// the import through tab 1.
		await tab2.getByRole('navigation').getByRole('link', { name: 'Commandes' }).click();
		await expect(tab2.getByTestId('order-row')).toHaveCount(0);
		await x.devices.importBackup('shop.comptoir', backup);
		await expect(x.devices.backupStatus).toHaveText(/importée/);
		await expect(tab2.getByTestId('order-row').first()).toBeVisible({ timeout: 15_000 });
		await a.context.close();
		await x.context.close();
	});

	test('devices: in English, by keyboard, the shop is shared and a bad signaling address is refused', async ({
		browser
	}) => {
		const a = await device(browser);
		await new ShellPage(a.page).chooseLanguage('English');
		await a.devices.openFromNav();
		await a.page.getByRole('button', { name: 'Share this shop' }).focus();
		await a.page.keyboard.press('Enter');
		await expect(a.devices.qrCode).toBeVisible();
		await expect(a.page.getByLabel('Pairing link')).toHaveValue(/\/devices\/join#room=/);
		await expect(a.devices.verdict).toHaveText(/Looking for the other devices|No device found/);

		const field = a.page.getByLabel(/Addresses/);
		await field.fill('http://127.0.0.1:4444');
		await field.press('Enter');
		await expect(a.page.getByRole('alert')).toHaveText(
			'Each address must start with ws:// or wss://.'
		);
		// Unencrypted on the shop's network: refused, wss:// offered.
		await field.fill('ws://127.0.0.1:4444, ws://192.168.1.20:4444');
		await field.press('Enter');
		await expect(a.page.getByRole('alert')).toHaveText(/not encrypted.*Use wss:\/\//);
		await field.fill('ws://127.0.0.1:4444, wss://192.168.1.20:4444');
		await field.press('Enter');
		await expect(a.page.getByText('Addresses saved.')).toBeVisible();
		await expect(a.page.getByRole('button', { name: 'Back to the default address' })).toBeVisible();
		await a.context.close();
	});

	for (const language of ['Français', 'English'] as const) {
		test(`devices: no serious axe violation on the Devices page with its pairing code (${language})`, async ({
			browser
		}) => {
			const a = await device(browser);
			const shell = new ShellPage(a.page);
			await shell.chooseLanguage(language);
			await a.devices.openFromNav();
			await a.devices.share();
			const results = await new AxeBuilder({ page: a.page }).analyze();
			const blocking = results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
			expect(blocking).toEqual([]);
			await a.context.close();
		});
	}
});
