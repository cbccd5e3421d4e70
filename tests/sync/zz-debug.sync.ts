import { test } from '@playwright/test';
for (const chunking of ['0', '1']) {
	test(`glare chunking=${chunking}`, async ({ browser }) => {
		let failures = 0;
		for (let round = 0; round < 10; round++) {
			const room = `comptoir-test-${Math.random().toString(36).slice(2)}`;
			const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
			for (const c of contexts) await c.addInitScript(() => localStorage.setItem('log', 'y-webrtc'));
			const pages = await Promise.all(contexts.map((c) => c.newPage()));
			const logs: string[] = [];
			pages.forEach((p, i) => p.on('console', (m) => logs.push(`${i} ${Date.now() % 100000} ${m.text().replace(/%c/g, '').slice(0, 200)}`)));
			await Promise.all(
				pages.map((p, i) =>
					p.goto(
						`/?signaling=ws://127.0.0.1:4454&room=${room}&password=right&fill=${i === 0 ? 5 : 0}&chunking=${chunking}`
					)
				)
			);
			const deadline = Date.now() + 8000;
			let ok = false;
			while (Date.now() < deadline) {
				if ((await pages[1]!.evaluate(() => window.harness.orders())) === 5) {
					ok = true;
					break;
				}
				await pages[0]!.waitForTimeout(100);
			}
			if (!ok) {
				failures++;
				console.log(logs.filter((l) => /Error|rejected|closed/.test(l)).join('\n'));
				console.log(
					'fail',
					chunking,
					JSON.stringify(
						await Promise.all(
							pages.map((p) =>
								p.evaluate(() => [window.harness.peers(), window.harness.connectedPeers()])
							)
						)
					)
				);
			}
			await Promise.all(contexts.map((c) => c.close()));
		}
		console.log(`chunking=${chunking}: ${failures}/10 failed`);
	});
}
