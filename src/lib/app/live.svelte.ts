import { session } from './session.svelte';

/**
 * The latest result of an async query, re-run whenever the data or the query's own reactive
 * inputs change. Create it during component initialisation (it uses `$effect`).
 */
export class Live<T> {
	#value = $state.raw<T | undefined>(undefined);
	#loading = $state(true);
	#error = $state<unknown>(null);

	constructor(query: () => Promise<T>) {
		$effect(() => {
			void session.revision;
			let current = true;
			this.#loading = true;
			query().then(
				(value) => {
					if (!current) return;
					this.#value = value;
					this.#error = null;
					this.#loading = false;
				},
				(error: unknown) => {
					if (!current) return;
					this.#error = error;
					this.#loading = false;
				}
			);
			// A slower, older query must not overwrite a newer answer.
			return () => (current = false);
		});
	}

	/** The last answer, or undefined before the first one. */
	get value(): T | undefined {
		return this.#value;
	}

	/** True while a query runs. */
	get loading(): boolean {
		return this.#loading;
	}

	/** The last failure, or null. */
	get error(): unknown {
		return this.#error;
	}
}
