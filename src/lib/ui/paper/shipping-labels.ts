/** Browser side of shipping labels: each order's plan read from the store, the remembered format. */
import { session } from '$lib/app/session.svelte';
import {
	labelFormatOf,
	missingOrder,
	planLabel,
	type LabelFormat,
	type LabelPlan
} from '$lib/paper/labels';
import { paperOrder } from './paper-kit';

const formatKey = 'comptoir.paper.labelFormat';

/** The label format last chosen on this device (thermal when none or unknown). */
export function rememberedLabelFormat(): LabelFormat {
	try {
		return labelFormatOf(localStorage.getItem(formatKey));
	} catch {
		return labelFormatOf(null);
	}
}

/** Remembers the chosen label format on this device. */
export function rememberLabelFormat(format: LabelFormat): void {
	try {
		localStorage.setItem(formatKey, format);
	} catch {
		// Private browsing may refuse storage: the choice then lasts for this visit only.
	}
}

/** The label (or the reason for none) of each order, read as they are asked for. */
export async function* labelPlans(ids: readonly string[]): AsyncGenerator<LabelPlan> {
	const settings = session.settings;
	for (const id of ids) {
		const o = await paperOrder(id);
		yield o ? planLabel({ ...o, settings }) : missingOrder(id);
	}
}
