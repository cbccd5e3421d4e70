import type { ErrorCode } from '$lib/domain/error-codes';
import type { Locale, MessageParams } from './translate';
import { translate } from './translate';

/**
 * The seller-facing sentence for a refusal of the domain or data layer, in `locale`, with its
 * `{name}` placeholders filled from `params`. The domain names the refusal; the text lives here.
 */
export function messageFor(
	error: { code: ErrorCode; params?: MessageParams },
	locale: Locale
): string {
	return translate(locale, `refusal.${error.code}`, error.params);
}
