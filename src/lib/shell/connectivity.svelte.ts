/** Whether the browser believes it has a network, kept current by the online/offline events. */
export class Connectivity {
	#online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);

	constructor() {
		if (typeof window === 'undefined') return;
		window.addEventListener('online', () => (this.#online = true));
		window.addEventListener('offline', () => (this.#online = false));
	}

	/** True when the browser reports a network connection. */
	get online(): boolean {
		return this.#online;
	}
}

/** The page's connectivity. */
export const connectivity = new Connectivity();
