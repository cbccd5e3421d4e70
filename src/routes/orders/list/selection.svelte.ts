/** The orders a seller ticked, with the number each one is shown under (for reports). */
import { SvelteSet } from 'svelte/reactivity';

/** A set of selected order ids, reactive. */
export class Selection {
	#ids = new SvelteSet<string>();
	#labels: Record<string, string> = {};

	/** The selected ids. */
	get ids(): string[] {
		return [...this.#ids];
	}

	/** How many orders are selected. */
	get size(): number {
		return this.#ids.size;
	}

	/** True when the order is selected. */
	has(id: string): boolean {
		return this.#ids.has(id);
	}

	/** The order number an id was selected under. */
	label(id: string): string {
		return this.#labels[id] ?? id;
	}

	/** Selects or unselects orders. */
	set(items: readonly { id: string; label: string }[], on: boolean): void {
		for (const item of items) {
			if (on) {
				this.#ids.add(item.id);
				this.#labels[item.id] = item.label;
			} else this.#ids.delete(item.id);
		}
	}

	/** Unselects everything. */
	clear(): void {
		this.#ids.clear();
		this.#labels = {};
	}
}
