/**
 * Whether every change is on disk. The store tells after each write; a failure stays shown
 * until a later write succeeds (which also saves what failed: see data/crdt/persistence.ts).
 */
import type { NotSavedError } from '$lib/data';
import { session } from './session.svelte';

/** The last write's outcome. */
export class SaveHealth {
	#failure = $state.raw<NotSavedError | null>(null);
	#following = false;

	/** The change not saved, or null when everything is on disk. */
	get failure(): NotSavedError | null {
		return this.#failure;
	}

	/** Follows the session's store (call once, from the root layout). */
	follow(): void {
		if (this.#following) return;
		this.#following = true;
		session.store.onSaved((failure) => (this.#failure = failure));
	}
}

/** This device's save health. */
export const saveHealth = new SaveHealth();
