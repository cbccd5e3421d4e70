/**
 * The global error reporter: an error nothing else caught (an exception in an event handler,
 * a promise rejected with nobody waiting) is shown on screen instead of vanishing into the
 * console, where a seller never looks. Install once, from the root layout.
 */

/** One reported error. */
export interface ReportedError {
	id: number;
	message: string;
	/** The error object, so the banner can tell a change not saved from a bug. */
	error: unknown;
}

/** Errors reported and not yet dismissed (the last five). */
export class ErrorReporter {
	#errors = $state.raw<ReportedError[]>([]);
	#next = 1;

	get errors(): ReportedError[] {
		return this.#errors;
	}

	/** Shows an error. */
	report(error: unknown): void {
		const message =
			error instanceof Error ? error.message || error.name : String(error ?? 'unknown');
		// The same error repeated (a loop, a retry) is shown once.
		if (this.#errors.some((e) => e.message === message)) return;
		this.#errors = [...this.#errors, { id: this.#next++, message, error }].slice(-5);
	}

	/** Hides one error. */
	dismiss(id: number): void {
		this.#errors = this.#errors.filter((e) => e.id !== id);
	}

	/** Listens to the window's uncaught errors and unhandled rejections; returns an uninstaller. */
	install(target: Window): () => void {
		const onError = (e: ErrorEvent) => this.report(e.error ?? e.message);
		const onRejection = (e: PromiseRejectionEvent) => this.report(e.reason);
		target.addEventListener('error', onError);
		target.addEventListener('unhandledrejection', onRejection);
		return () => {
			target.removeEventListener('error', onError);
			target.removeEventListener('unhandledrejection', onRejection);
		};
	}
}

/** The app's reporter. */
export const errorReporter = new ErrorReporter();
