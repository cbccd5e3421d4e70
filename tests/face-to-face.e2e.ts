import { expect, test } from '@playwright/test';
import { fillWithDemoData } from './page-models/demo';
import { ScannerDialog } from './page-models/devices';
import { faceDevice, fillInApp, storedPairing } from './support/face-device';
import { launchWithCamera, writeQrVideo } from './support/fake-camera';

// Face to face: the codes carry the connection, no signaling server is asked. Every device
// records the WebSockets its page opens: there must be none.
const device = faceDevice;
const pairing = storedPairing;

test.describe('face to face', () => {
	test.describe.configure({ timeout: 240_000 });

	test('face to face: two devices connect by pasted codes with no server, orders flow both ways, a third joins from the second, and a dropped connection is said', async ({
		browser
	}) => {
		const a = await device(browser);
		const b = await device(browser);
		await fillWithDemoData(a.page, 100);
		await a.devices.open();
		await b.devices.open();

		const offer = await a.face.showCode();
		expect(offer.length).toBeLessThan(220);
		await expect(a.face.status).toHaveText(/En attente de la réponse/);
		const answer = await b.face.answer(offer);
		expect(answer).not.toBe(offer);
		await a.face.paste(answer);
		await a.face.expectConnected(1);
		await b.face.expectConnected(1);
		await b.devices.expectOrders(100, 60_000);
		// B joined A's shop through the code: same room and secret.
		expect(JSON.parse((await pairing(b.page)) ?? '{}').room).toBe(
			JSON.parse((await pairing(a.page)) ?? '{}').room
		);

		// An order made on B reaches A.
		await fillInApp(b.page);
		await b.devices.openFromNav();
		await a.devices.expectOrders(200, 30_000);

		// A third device joins from B (not from A), and what it makes reaches A through B.
		const c = await device(browser);
		await c.devices.open();
		const offerB = await b.face.showCode();
		const answerC = await c.face.answer(offerB);
		await b.face.paste(answerC);
		await c.face.expectConnected(1);
		await b.face.expectConnected(2);
		await c.devices.expectOrders(200, 60_000);
		await fillInApp(c.page);
		await c.devices.openFromNav();
		await a.devices.expectOrders(300, 30_000);

		for (const d of [a, b, c]) {
			expect(d.sockets).toEqual([]);
			expect(d.errors).toEqual([]);
		}

		// B goes away: A says the connection dropped and offers to connect again.
		await b.context.close();
		await expect(a.face.dropped).toContainText('La connexion avec l’autre appareil est coupée', {
			timeout: 60_000
		});
		await a.face.dropped.getByRole('button', { name: 'Se reconnecter' }).click();
		await a.face.code();
		await a.context.close();
		await c.context.close();
	});

	test('face to face: bad codes (garbage, truncated, another shop, old, already used) are refused plainly and change nothing', async ({
		browser
	}) => {
		const a = await device(browser);
		const b = await device(browser);
		const z = await device(browser);
		await fillWithDemoData(z.page, 100);
		for (const d of [a, b, z]) await d.devices.open();
		const zPairing = await pairing(z.page);

		const offer = await a.face.showCode();
		const answer = await b.face.answer(offer);

		await z.face.paste('bonjour');
		await expect(z.face.problem).toHaveText(/pas un code Comptoir face à face/);
		await z.face.paste(offer.slice(0, offer.length - 12));
		await expect(z.face.problem).toHaveText(/incomplet ou abîmé/);
		// B's answer belongs to A's shop: Z refuses it.
		await z.face.paste(answer);
		await expect(z.face.problem).toHaveText(/autre boutique/);
		// Z's own offer read back by Z.
		const own = await z.face.showCode();
		await z.face.paste(own);
		await expect(z.face.problem).toHaveText(/le code de cet appareil/);
		expect(await pairing(z.page)).toBe(zPairing);
		await z.devices.expectOrders(100);

		// A code from a device whose clock says it was made 20 minutes ago is too old.
		const old = await device(browser);
		await old.page.addInitScript(() => {
			const now = Date.now.bind(Date);
			Date.now = () => now() - 20 * 60_000;
		});
		await old.devices.open();
		const oldOffer = await old.face.showCode();
		await z.face.paste(oldOffer);
		await expect(z.face.problem).toHaveText(/trop ancien/);
		expect(await pairing(z.page)).toBe(zPairing);

		// A uses B's answer, connects, and refuses the same answer a second time.
		await a.face.paste(answer);
		await a.face.expectConnected(1);
		await a.face.paste(answer);
		await expect(a.face.problem).toHaveText(/ancien code, plus attendu/);
		await a.face.expectConnected(1);
		for (const d of [a, b, z, old]) await d.context.close();
	});

	test('face to face: the answering device reads the offer with its camera', async ({
		browser,
		baseURL
	}, testInfo) => {
		const a = await device(browser);
		await fillWithDemoData(a.page, 100);
		await a.devices.open();
		const offer = await a.face.showCode();

		const video = testInfo.outputPath('face-offer.y4m');
		await writeQrVideo(video, offer);
		const camera = await launchWithCamera(testInfo.project.use.launchOptions, video);
		const b = await device(camera, baseURL);
		await b.devices.open();
		await b.page.getByRole('button', { name: 'Scanner le code de l’autre appareil' }).click();
		await expect(b.face.status).toHaveText(/En attente de la connexion/, { timeout: 30_000 });
		const scanner = new ScannerDialog(b.page);
		expect(await scanner.liveCameraTracks()).toBe(0);
		const answer = await b.face.code();
		await a.face.paste(answer);
		await b.face.expectConnected(1);
		await b.devices.expectOrders(100, 60_000);
		expect(b.sockets).toEqual([]);
		await a.context.close();
		await camera.close();
	});
});
