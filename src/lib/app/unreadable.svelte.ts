/** Records this version cannot read (kept in the store), re-read after every change. */
import type { RecordKind, UnreadableRecord } from '$lib/data';
import { session } from './session.svelte';

/** The unreadable records of the store, optionally of some kinds only. Create during init. */
export class UnreadableRecords {
	#records = $state.raw<UnreadableRecord[]>([]);

	constructor(kinds?: readonly RecordKind[]) {
		$effect(() => {
			void session.revision;
			let current = true;
			const store = session.store;
			store.whenSynced
				.then(() => store.queries.unreadable())
				.then(
					(all) => {
						if (current) this.#records = kinds ? all.filter((r) => kinds.includes(r.kind)) : all;
					},
					() => undefined
				);
			return () => (current = false);
		});
	}

	/** Each unreadable record with what is wrong. */
	get records(): UnreadableRecord[] {
		return this.#records;
	}
}
