/**
 * Runs a sales report: pages through the orders of the period, then the refunded orders placed
 * before it (keyset paging, one page in memory at a time) into a ReportBuilder. A newer run cancels the older one; progress shows
 * only when a run lasts more than a second.
 */
import { ordersOfQuery } from '$lib/ui/paper/paper-kit';
import type { Range } from '$lib/paper/period';
import { ReportBuilder, type SalesReport } from '$lib/paper/report';

/** State of the report screen's computation. */
export class ReportRun {
	#report = $state.raw<SalesReport | null>(null);
	#running = $state(false);
	#slow = $state(false);
	#read = $state(0);
	#failure = $state('');
	#generation = 0;

	/** The last finished report, or null. */
	get report(): SalesReport | null {
		return this.#report;
	}

	/** True while orders are being read. */
	get running(): boolean {
		return this.#running;
	}

	/** True once a run has taken more than a second (show the progress bar). */
	get slow(): boolean {
		return this.#slow;
	}

	/** Orders read so far by the current run. */
	get read(): number {
		return this.#read;
	}

	/** Why the last run failed, or ''. */
	get failure(): string {
		return this.#failure;
	}

	/** Computes the report of a range; resolves when done or superseded. */
	async run(range: Range): Promise<void> {
		const generation = ++this.#generation;
		const current = () => generation === this.#generation;
		this.#running = true;
		this.#read = 0;
		this.#failure = '';
		const timer = setTimeout(() => current() && (this.#slow = true), 1000);
		try {
			const builder = new ReportBuilder(range);
			const placed = ordersOfQuery({
				view: 'all',
				from: range.from,
				to: range.to,
				sort: 'date',
				dir: 'asc'
			});
			// Refunds count on their own date: orders placed earlier may have refunds in the period.
			const refundedBefore = ordersOfQuery({
				view: 'all',
				paymentStatus: ['partially_refunded', 'refunded'],
				to: range.from,
				sort: 'date',
				dir: 'asc'
			});
			for (const pages of [placed, refundedBefore]) {
				for await (const page of pages) {
					if (!current()) return;
					for (const { order } of page) builder.add(order);
					this.#read += page.length;
				}
			}
			if (current()) this.#report = builder.result();
		} catch (error) {
			if (current()) this.#failure = error instanceof Error ? error.message : String(error);
		} finally {
			clearTimeout(timer);
			if (current()) {
				this.#running = false;
				this.#slow = false;
			}
		}
	}

	/** Drops any run in progress. */
	cancel(): void {
		this.#generation++;
		this.#running = false;
		this.#slow = false;
	}
}
