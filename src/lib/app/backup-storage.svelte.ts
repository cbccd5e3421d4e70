/** What the browser says about this site's storage, and when the last backup was made. */
import { backupDue } from './backup-reminder';
import { loadLastBackup } from './sync-memory';

/** Reactive storage facts for the backup section. */
export class StorageState {
	#persisted = $state(false);
	#supported = $state(typeof navigator !== 'undefined' && 'storage' in navigator);
	#usage = $state<number | null>(null);
	#quota = $state<number | null>(null);
	#lastBackup = $state(0);

	/** Whether the browser promised not to clear this site's data. */
	get persisted(): boolean {
		return this.#persisted;
	}

	/** Whether the browser has the Storage API at all. */
	get supported(): boolean {
		return this.#supported;
	}

	/** Bytes used by this site (null: unknown). */
	get usage(): number | null {
		return this.#usage;
	}

	/** Bytes this site may use (null: unknown). */
	get quota(): number | null {
		return this.#quota;
	}

	/** When the last backup was exported, in ms since the epoch (0: never). */
	get lastBackup(): number {
		return this.#lastBackup;
	}

	/** Whether to remind the seller to export a backup. */
	get backupDue(): boolean {
		return backupDue({ persisted: this.#persisted, lastBackup: this.#lastBackup, now: Date.now() });
	}

	/** Reads the current facts. */
	async refresh(): Promise<void> {
		this.#lastBackup = loadLastBackup();
		if (!this.#supported) return;
		this.#persisted = (await navigator.storage.persisted?.()) ?? false;
		const estimate = await navigator.storage.estimate?.();
		this.#usage = estimate?.usage ?? null;
		this.#quota = estimate?.quota ?? null;
	}

	/** Asks the browser to keep this site's data; returns whether it agreed. */
	async askPersistence(): Promise<boolean> {
		if (!this.#supported || !navigator.storage.persist) return false;
		this.#persisted = await navigator.storage.persist();
		return this.#persisted;
	}
}
