/**
 * The open store of this device, shared by every screen. Screens read `revision` inside their
 * effects so that lists and details re-query after any change, local or from a peer.
 */
import { openStore } from '$lib/data';
import type { Store } from '$lib/data';
import { channelList, type Channel } from '$lib/domain/channel';
import { defaultSettings } from '$lib/domain/settings';
import type { Settings } from '$lib/domain/settings';
import { deviceId } from './device-identity';

/** Where the store stands. */
export type SessionStatus = 'closed' | 'opening' | 'ready' | 'failed';

/** Name of this device's store; its IndexedDB databases are named after it. */
export const storeName = 'comptoir';

/** The store of this device and reactive facts about it. */
export class StoreSession {
	#store: Store | null = null;
	#status = $state<SessionStatus>('closed');
	#failure = $state('');
	#revision = $state(0);
	#settings = $state.raw<Settings>(defaultSettings);
	#channels = $state.raw<Channel[]>(channelList([]));
	#pending = false;

	/** Where the store stands. */
	get status(): SessionStatus {
		return this.#status;
	}

	/** Why opening failed (IndexedDB refused, quota...). */
	get failure(): string {
		return this.#failure;
	}

	/** Grows after every change to the data; read it to re-run a query. */
	get revision(): number {
		return this.#revision;
	}

	/** The store's settings (defaults until the store has loaded). */
	get settings(): Settings {
		return this.#settings;
	}

	/** The store's sales channels, hidden ones included (built-ins until the store has loaded). */
	get channels(): Channel[] {
		return this.#channels;
	}

	/** The open store, opened on first use. */
	get store(): Store {
		return this.#store ?? this.open();
	}

	/** Opens the store once; later calls return the same one. */
	open(o: { name?: string } = {}): Store {
		if (this.#store) return this.#store;
		this.#status = 'opening';
		const store = openStore({ name: o.name ?? storeName, deviceId: deviceId() });
		this.#store = store;
		store.subscribe(() => this.#bump());
		store.doc.on('update', () => this.#bump());
		store.whenSynced.then(
			() => {
				this.#status = 'ready';
				this.#bump();
			},
			(error: unknown) => {
				this.#status = 'failed';
				this.#failure = error instanceof Error ? error.message : String(error);
			}
		);
		return store;
	}

	// Many updates arrive together (a peer's sync, a bulk action): refresh the screens once.
	#bump(): void {
		if (this.#pending) return;
		this.#pending = true;
		queueMicrotask(() => {
			this.#pending = false;
			if (this.#store) {
				this.#settings = this.#store.queries.settings();
				this.#channels = this.#store.queries.channels();
			}
			this.#revision++;
		});
	}
}

/** This device's store session. */
export const session = new StoreSession();
