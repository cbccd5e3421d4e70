/** What the service worker has to say: an update is waiting, or the app is cached for offline use. */
export class AppUpdate {
	#needRefresh = $state(false);
	#offlineReady = $state(false);
	#apply: ((reload?: boolean) => Promise<void>) | undefined;

	/** True when a new version is installed and waits for the seller's consent. */
	get needRefresh(): boolean {
		return this.#needRefresh;
	}

	/** True once the app has been cached for offline use (first visit only). */
	get offlineReady(): boolean {
		return this.#offlineReady;
	}

	/** Registers the service worker; the app never reloads without the seller asking. */
	async register(): Promise<void> {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		const { registerSW } = await import('virtual:pwa-register');
		this.#apply = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.#needRefresh = true),
			onOfflineReady: () => (this.#offlineReady = true),
			onRegisterError: (error: unknown) =>
				console.error('Service worker registration failed', error)
		});
	}

	/** Activates the waiting version and reloads, at the seller's request. */
	async reload(): Promise<void> {
		// workbox-window only reloads for a worker found by its own register() call; a version found
		// later in a long-lived tab is "external" and would take control without a reload.
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
			once: true
		});
		await this.#apply?.(true);
	}

	/** Hides the notices until the next event. */
	dismiss(): void {
		this.#needRefresh = false;
		this.#offlineReady = false;
	}
}

/** The app's service-worker state. */
export const appUpdate = new AppUpdate();
