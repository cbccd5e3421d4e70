/** Running one action over many orders and summing up what changed and what the rules refused. */

/** The outcome of an action on one order: null when it went through, else the reason. */
export interface Outcome {
	id: string;
	refusal: string | null;
}

/** What a bulk action did: how many changed, and each refusal with its order. */
export interface BulkReport {
	changed: number;
	refused: { id: string; reason: string }[];
}

/**
 * Runs `act` on every id, `concurrency` at a time, reporting progress; one order's refusal or
 * failure never stops the others.
 */
export async function runEach(
	ids: readonly string[],
	o: {
		act: (id: string) => Promise<string | null>;
		concurrency?: number;
		onProgress?: (done: number) => void;
	}
): Promise<BulkReport> {
	const outcomes: Outcome[] = new Array(ids.length);
	let nextIndex = 0;
	let done = 0;
	const worker = async () => {
		while (nextIndex < ids.length) {
			const i = nextIndex++;
			const id = ids[i]!;
			let refusal: string | null;
			try {
				refusal = await o.act(id);
			} catch (error) {
				refusal = error instanceof Error ? error.message : String(error);
			}
			outcomes[i] = { id, refusal };
			o.onProgress?.(++done);
		}
	};
	const workers = Math.max(1, Math.min(o.concurrency ?? 8, ids.length));
	await Promise.all(Array.from({ length: workers }, worker));
	return summarise(outcomes);
}

/** Counts changes and lists refusals in the order of the ids. */
export function summarise(outcomes: readonly Outcome[]): BulkReport {
	const refused = outcomes.flatMap((x) =>
		x.refusal === null ? [] : [{ id: x.id, reason: x.refusal }]
	);
	return { changed: outcomes.length - refused.length, refused };
}
