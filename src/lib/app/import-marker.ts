/**
 * The marker of a product import in progress on this device: written before the first batch,
 * updated after each, removed at the end. Found when the dialog opens, it says the last import
 * stopped half-way (tab closed, disk full) and how to finish it: import the same file again
 * (batches are idempotent, so nothing is doubled).
 */
const key = 'comptoir.productImport';

/** An import that did not finish. */
export interface ImportMarker {
	fileName: string;
	total: number;
	done: number;
	/** When it started, in ms since the epoch. */
	startedAt: number;
}

/** The unfinished import, if any. */
export function loadImportMarker(): ImportMarker | null {
	try {
		const v = JSON.parse(localStorage.getItem(key) ?? 'null') as ImportMarker | null;
		return v && typeof v.fileName === 'string' && typeof v.done === 'number' ? v : null;
	} catch {
		return null;
	}
}

/** Records progress (null: the import finished). */
export function saveImportMarker(marker: ImportMarker | null): void {
	try {
		if (marker) localStorage.setItem(key, JSON.stringify(marker));
		else localStorage.removeItem(key);
	} catch {
		// Private mode or full storage: the import still runs, only the marker is missing.
	}
}
