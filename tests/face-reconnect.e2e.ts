import { expect, test } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { faceDevice, fillInApp } from './support/face-device';

// A face-to-face connection has no server to fall back on: when the other device reloads or
// closes its tab, each Devices page must say the link is down and offer a new exchange of codes,
// and what is written after reconnecting must arrive. No signaling server runs at all.
test.describe('face to face, reconnecting', () => {
	test.describe.configure({ timeout: 300_000 });

	test('face to face: a reload or a closed tab drops the link, both Devices pages say so, and new codes reconnect and carry new orders', async ({
		browser
	}) => {
		const a = await faceDevice(browser);
		const b = await faceDevice(browser);
		await fillWithDemoData(a.page, 100);
		await a.devices.open();
		await b.devices.open();
		await a.face.paste(await b.face.answer(await a.face.showCode()));
		await a.face.expectConnected(1);
		await b.face.expectConnected(1);
		await b.devices.expectOrders(100, 60_000);
		await expect(a.face.dropped).toHaveCount(0);

		// B reloads: A says the link dropped; B, back with the orders, does not claim a link.
		await b.page.reload();
		await expect(a.face.dropped).toContainText('La connexion avec l’autre appareil est coupée', {
			timeout: 60_000
		});
		await expect(a.face.status).not.toHaveText(/Connecté/);
		const alone = b.page.getByTestId('face-not-connected');
		await expect(alone).toContainText('Pas connecté aux autres appareils en ce moment');
		await expect(b.face.status).not.toHaveText(/Connecté/);
		await b.devices.expectOrders(100);

		// B's button starts a new exchange: B offers, A answers, B uses the answer.
		await alone.getByRole('button', { name: 'Se reconnecter' }).click();
		const offerB = await b.face.code();
		const answerA = await a.face.answer(offerB);
		await b.face.paste(answerA);
		await b.face.expectConnected(1);
		await a.face.expectConnected(1);
		await expect(a.face.dropped).toHaveCount(0);
		await expect(alone).toHaveCount(0);
		// Written on A after reconnecting, it reaches B.
		await fillInApp(a.page);
		await a.devices.openFromNav();
		await b.devices.expectOrders(200, 60_000);

		// B's tab is closed, and the app opened again in a new tab of the same device.
		await b.page.close();
		await expect(a.face.dropped).toContainText('La connexion avec l’autre appareil est coupée', {
			timeout: 60_000
		});
		const b2 = await b.context.newPage();
		const sockets: string[] = [];
		b2.on('websocket', (socket) => sockets.push(socket.url()));
		await b2.goto('/devices');
		await expect(b2.getByTestId('face-not-connected')).toBeVisible();
		await expect(b2.getByTestId('face-status')).not.toHaveText(/Connecté/);

		// A's button starts the new exchange this time.
		await a.face.dropped.getByRole('button', { name: 'Se reconnecter' }).click();
		const offerA = await a.face.code();
		await b2.getByLabel('Code de l’autre appareil').fill(offerA);
		await b2.getByRole('button', { name: 'Utiliser ce code' }).click();
		const answerB = b2.getByLabel('Code de cet appareil');
		await expect(answerB).toHaveValue(/^C1/, { timeout: 30_000 });
		await a.face.paste(await answerB.inputValue());
		await a.face.expectConnected(1);
		await expect(b2.getByTestId('face-status')).toHaveText(
			'Connecté face à face : 1 appareil(s).',
			{
				timeout: 30_000
			}
		);
		// Written on the reopened B after reconnecting, it reaches A.
		await fillInApp(b2);
		await a.devices.expectOrders(300, 60_000);

		expect(sockets).toEqual([]);
		for (const d of [a, b]) {
			expect(d.sockets).toEqual([]);
			expect(d.errors).toEqual([]);
		}
		await a.context.close();
		await b.context.close();
	});
});
