import { NotSavedError } from '$lib/data';
import { messageFor } from '$lib/i18n/refusal';
import type { DomainError } from '$lib/domain/result';
import { DomainRefusal } from '$lib/domain/result';
import type { MessageKey } from '$lib/i18n/fr';
import { fr } from '$lib/i18n/fr';
import { preferences, t } from '$lib/i18n/preferences.svelte';

/** The seller-facing sentence for a refusal, in the UI language, with field names translated. */
export function describeError(error: DomainError | unknown): string {
	if (error instanceof NotSavedError)
		return t(error.quota ? 'notSaved.quota' : 'notSaved.other', { reason: error.message });
	const refusal = asDomainError(error);
	if (!refusal) return error instanceof Error ? error.message : String(error);
	const params = { ...refusal.params };
	if (typeof params.field === 'string') {
		const key = `field.${params.field}`;
		if (key in fr) params.field = t(key as MessageKey);
	}
	return messageFor({ code: refusal.code, params }, preferences.language);
}

function asDomainError(error: unknown): DomainError | null {
	if (error instanceof DomainRefusal) return { code: error.code, params: error.params };
	if (typeof error === 'object' && error !== null && 'code' in error) {
		return error as DomainError;
	}
	return null;
}
