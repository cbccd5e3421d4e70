/** A refusal shown beside a form field: a domain error or one of the catalogue's own messages. */
import { describeError } from '$lib/app/describe-error';
import type { DomainError } from '$lib/domain/result';
import type { MessageKey } from '$lib/i18n/fr';
import { t } from '$lib/i18n/preferences.svelte';

/** A message of the catalogue dictionary with its params. */
export interface LocalError {
	key: MessageKey;
	params?: Record<string, string | number>;
}

/** Why a field was refused. */
export type FieldError = DomainError | LocalError;

/** The seller-facing sentence for a field error, in the UI language. */
export function describeField(error: FieldError): string {
	return 'key' in error ? t(error.key, error.params) : describeError(error);
}
