/**
 * A tab killed after its k-th write of the store document: once armed, the page lets `k`
 * writes to the CRDT's `updates` object store through and then refuses every IndexedDB write
 * (aborting its transaction), as if the tab had died right there. Only what reached the disk
 * before that point is found when the app is opened again.
 */
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

interface KillState {
	budget: number | null;
	allowed: number;
	committed: number;
	refused: number;
}

/** Installs the interceptor in the page (before its scripts run). Arm it with {@link armKill}. */
export async function installKillSwitch(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const state: KillState = { budget: null, allowed: 0, committed: 0, refused: 0 };
		(window as unknown as { __kill: KillState }).__kill = state;
		const proto = IDBObjectStore.prototype as unknown as Record<
			string,
			(this: IDBObjectStore, ...a: unknown[]) => IDBRequest
		>;
		for (const method of ['put', 'add', 'delete', 'clear']) {
			const original = proto[method]!;
			proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
				if (state.budget !== null) {
					if (state.budget > 0 && this.name === 'updates') {
						state.budget -= 1;
						state.allowed += 1;
						this.transaction.addEventListener('complete', () => (state.committed += 1));
						return original.apply(this, args);
					}
					if (state.budget === 0) {
						state.refused += 1;
						try {
							this.transaction.abort();
						} catch {
							// already finished or aborting
						}
						throw new DOMException('tab killed', 'AbortError');
					}
				}
				return original.apply(this, args);
			};
		}
	});
}

/** From now on, `k` more writes of the store document reach the disk, then none. */
export async function armKill(page: Page, k: number): Promise<void> {
	await page.evaluate((k) => {
		(window as unknown as { __kill: KillState }).__kill.budget = k;
	}, k);
}

/** Waits until the kill point is reached (a write refused) or `done` shows, writes settled. */
export async function waitForKillPoint(
	page: Page,
	done: () => Promise<boolean>
): Promise<{ allowed: number; refused: number }> {
	const read = () =>
		page.evaluate(() => {
			const s = (window as unknown as { __kill: KillState }).__kill;
			return { ...s };
		});
	await expect
		.poll(async () => {
			const s = await read();
			const settled = s.committed === s.allowed;
			return settled && (s.refused > 0 || (await done()));
		})
		.toBe(true);
	const s = await read();
	return { allowed: s.allowed, refused: s.refused };
}

/** Opens the app again after a kill with its index deleted, so every screen is rebuilt from
 * what the store document holds on disk (the index is only a copy of it). */
export async function reopenFromDisk(page: Page): Promise<void> {
	await page.addInitScript(() => {
		indexedDB.deleteDatabase('comptoir-index');
	});
}
