/**
 * Orders that arrive from another device: an in-app notice and, if the seller allowed it, a
 * system notification. Fed by the sync session's remote-order events (changes applied by the
 * y-webrtc provider or the relay, orders whose creation record names another device) and by
 * backup imports; neither counts drafts nor the device's first sync (see watchArrivingOrders).
 */
import { watchArrivingOrders } from '$lib/data';
import { t } from '$lib/i18n/preferences.svelte';
import { backupOrigin } from './backup-file';
import { number } from './formatting.svelte';
import { session } from './session.svelte';
import { sync } from './sync-session.svelte';

const allowKey = 'comptoir.sync.notify';

/** The latest batch of arrived orders, until dismissed. */
export class Arrivals {
	#count = $state(0);
	#latest = $state<string | null>(null);
	#allowed = $state(false);
	#permission = $state<NotificationPermission | 'unsupported'>('default');
	#started = false;

	/** Orders arrived since the notice was last dismissed. */
	get count(): number {
		return this.#count;
	}

	/** Id of the newest arrived order. */
	get latest(): string | null {
		return this.#latest;
	}

	/** Whether the seller wants system notifications (and the browser allows them). */
	get notifying(): boolean {
		return this.#allowed && this.#permission === 'granted';
	}

	/** The browser's answer about notifications. */
	get permission(): NotificationPermission | 'unsupported' {
		return this.#permission;
	}

	/** Listens for arrivals; later calls do nothing. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		this.#permission =
			typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
		this.#allowed = localStorage.getItem(allowKey) === 'yes';
		sync.onRemoteOrders((ids) => this.#arrived(ids));
		// A backup carries other devices' orders too, whether this device is paired or not.
		const store = session.store;
		void store.whenSynced.then(() =>
			watchArrivingOrders(
				store.doc,
				{ deviceId: store.deviceId, isRemote: (origin) => origin === backupOrigin },
				(ids) => this.#arrived(ids)
			)
		);
	}

	/** Asks the browser for permission and turns system notifications on. */
	async allowNotifications(): Promise<void> {
		if (typeof Notification === 'undefined') return;
		this.#permission = await Notification.requestPermission();
		this.#allowed = this.#permission === 'granted';
		localStorage.setItem(allowKey, this.#allowed ? 'yes' : 'no');
	}

	/** Turns system notifications off on this device. */
	stopNotifications(): void {
		this.#allowed = false;
		localStorage.setItem(allowKey, 'no');
	}

	/** Hides the in-app notice. */
	dismiss(): void {
		this.#count = 0;
		this.#latest = null;
	}

	#arrived(ids: string[]): void {
		this.#count += ids.length;
		this.#latest = ids.at(-1) ?? null;
		if (this.notifying && document.visibilityState === 'hidden') {
			new Notification(t('devices.arrival.systemTitle'), {
				body: t('devices.arrival.text', { count: number(ids.length) }),
				tag: 'comptoir-arrival'
			});
		}
	}
}

/** Arrivals of this device. */
export const arrivals = new Arrivals();
