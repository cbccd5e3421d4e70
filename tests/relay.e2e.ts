import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { DevicesPage } from './page-models/devices';
import { RelaySetting } from './page-models/relay';

// The standard relay runs on 127.0.0.1:4466 (playwright.config.ts); nothing listens on 4467.
const relayUrl = 'ws://127.0.0.1:4466';
const tablet = { viewport: { width: 768, height: 1024 }, hasTouch: true };

/** A new browser context is a new device: its own IndexedDB and localStorage. */
async function device(browser: Browser) {
	const context = await browser.newContext(tablet);
	const page = await context.newPage();
	return { context, page, devices: new DevicesPage(page), relay: new RelaySetting(page) };
}

test.describe('relay', () => {
	test.describe.configure({ timeout: 180_000 });

	test('relay: a bad address is refused with a reason, a silent relay is reported', async ({
		browser
	}) => {
		const a = await device(browser);
		await a.devices.open();
		await expect(a.relay.status).toHaveText(/Aucun relais/);
		await a.relay.set('http://127.0.0.1:4466');
		await expect(a.page.getByRole('alert')).toHaveText(
			'L’adresse doit commencer par ws:// ou wss://.'
		);
		await a.relay.set('127.0.0.1:4466');
		await expect(a.page.getByRole('alert')).toHaveText(/n’est pas une adresse valide/);
		// ws:// to another machine: anyone on the Wi-Fi would read the shop. wss:// is offered.
		await a.relay.set('ws://192.168.1.20:4466');
		await expect(a.page.getByRole('alert')).toHaveText(/n’est pas chiffrée.*Utilisez wss:\/\//);
		await expect(a.relay.status).toHaveText(/Aucun relais/);
		const results = await new AxeBuilder({ page: a.page })
			.include('section[aria-labelledby="relay-heading"]')
			.analyze();
		expect(
			results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		).toEqual([]);

		await a.relay.set('ws://127.0.0.1:4467/');
		await expect(a.page.getByText('Relais enregistré.')).toBeVisible();
		await expect(a.relay.field).toHaveValue('ws://127.0.0.1:4467');
		await expect(a.relay.status).toHaveText(
			/Impossible de joindre le relais \(ws:\/\/127\.0\.0\.1:4467\)/
		);
		// The address is kept across a reload, and can be removed.
		await a.page.reload();
		await expect(a.relay.field).toHaveValue('ws://127.0.0.1:4467');
		await a.page.getByRole('button', { name: 'Ne plus utiliser de relais' }).click();
		await expect(a.relay.status).toHaveText(/Aucun relais/);
		await a.context.close();
	});

	test('relay: a device that joins after the first one closed gets its orders from the relay', async ({
		browser
	}) => {
		const a = await device(browser);
		await fillWithDemoData(a.page, 1000);
		await a.devices.open();
		const link = await a.devices.share();
		await a.relay.connect(relayUrl);
		// No other device is on: the relay's copy is the one that counts as delivered.
		await expect(a.page.getByTestId('delivery')).toHaveText(/au moins une autre copie/, {
			timeout: 30_000
		});
		await expect(a.page.getByTestId('only-here')).toHaveCount(0);
		await expect(a.devices.verdict).toHaveText(/les changements passent par le relais/, {
			timeout: 30_000
		});
		await a.context.close();

		const b = await device(browser);
		await b.devices.open();
		await b.relay.connect(relayUrl);
		await b.devices.join(link, 'Tablette du marché');
		await b.devices.expectOrders(1000, 60_000);
		await expect(b.devices.verdict).toHaveText(/les changements passent par le relais/, {
			timeout: 30_000
		});

		// The relay held this shop's changes, so the code was right: the join is kept.
		await b.devices.open();
		await b.page.getByRole('button', { name: 'Afficher le code d’appairage' }).click();
		await expect(b.page.getByLabel('Lien d’appairage')).toHaveValue(link);
		await b.context.close();
	});
});
