/** The tracking form: typed text checked before `setTracking`, field by field. */
import type { Tracking } from '$lib/domain/order';

/** Which field is wrong and the dictionary key saying why. */
export type TrackingProblem = { field: 'number' | 'url'; reason: 'required' | 'url' };

/** Trims the fields; refuses an empty number and a link that is not http(s). */
export function checkTrackingForm(
	form: Tracking
): { ok: true; value: Tracking } | { ok: false; problem: TrackingProblem } {
	const value = { number: form.number.trim(), carrier: form.carrier.trim(), url: form.url.trim() };
	if (value.number === '') return { ok: false, problem: { field: 'number', reason: 'required' } };
	if (value.url !== '' && !isWebLink(value.url)) {
		return { ok: false, problem: { field: 'url', reason: 'url' } };
	}
	return { ok: true, value };
}

/** True for an absolute http or https address (what the data layer accepts, and safe to link). */
export function isWebLink(text: string): boolean {
	try {
		const url = new URL(text);
		return (url.protocol === 'http:' || url.protocol === 'https:') && /^https?:\/\//.test(text);
	} catch {
		return false;
	}
}

/** True when the form differs from what is saved. */
export function trackingChanged(form: Tracking, saved: Tracking | null): boolean {
	const before = saved ?? { number: '', carrier: '', url: '' };
	return (['number', 'carrier', 'url'] as const).some((k) => form[k].trim() !== before[k]);
}
