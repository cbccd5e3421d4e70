/**
 * Asks the browser to keep this shop's data (`navigator.storage.persist()`) at the moments it
 * starts to matter: the first order, and pairing. Browsers may clear a site's storage when space
 * runs low (Safari after 7 days without a visit) unless persistence is granted; the answer is
 * shown once, so the seller knows whether backups are the only safety net.
 */
const askedKey = 'comptoir.persist.asked';

/** What the browser answered. */
export type PersistAnswer = 'granted' | 'refused' | 'unsupported';

/** The answer to show (null: nothing to show). */
export class PersistRequest {
	#answer = $state<PersistAnswer | null>(null);

	get answer(): PersistAnswer | null {
		return this.#answer;
	}

	/** Hides the answer. */
	dismiss(): void {
		this.#answer = null;
	}

	/** Asks once per device (later calls do nothing); never throws. */
	async askOnce(): Promise<void> {
		try {
			if (localStorage.getItem(askedKey)) return;
			localStorage.setItem(askedKey, String(Date.now()));
			const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
			if (!storage?.persist) {
				this.#answer = 'unsupported';
				return;
			}
			const granted = (await storage.persisted?.()) || (await storage.persist());
			this.#answer = granted ? 'granted' : 'refused';
		} catch {
			this.#answer = 'unsupported';
		}
	}
}

/** This device's request. */
export const persistRequest = new PersistRequest();
