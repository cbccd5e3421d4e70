/**
 * Errors nobody caught (a thrown event handler, a rejected promise nobody awaited) are shown on
 * screen, not only in the console: a seller has no console. Installed once by the app shell.
 */

/** What the shell shows about the latest unhandled error. */
export class UnhandledErrors {
	#latest = $state<string | null>(null);
	#installed = false;

	/** The latest error's message, or null when there is none to show. */
	get latest(): string | null {
		return this.#latest;
	}

	/** Listens to the window's `error` and `unhandledrejection` events (once). */
	install(target: Pick<Window, 'addEventListener'> = window): void {
		if (this.#installed) return;
		this.#installed = true;
		target.addEventListener('error', (event) => this.report((event as ErrorEvent).error));
		target.addEventListener('unhandledrejection', (event) =>
			this.report((event as PromiseRejectionEvent).reason)
		);
	}

	/** Shows `error` (also for tests and callers that catch and want it seen). */
	report(error: unknown): void {
		this.#latest =
			error instanceof Error ? error.message || error.name : String(error ?? 'unknown');
	}

	/** Hides the report. */
	dismiss(): void {
		this.#latest = null;
	}
}

/** The shell's reporter. */
export const unhandledErrors = new UnhandledErrors();
