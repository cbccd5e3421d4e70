/** The words for a payment method id: translated for built-ins, the store's own as typed. */
import { isBuiltInPaymentMethod, paymentMethodId } from '../domain/payment-method';
import type { MessageKey } from './fr';

/** Label of a stored method (an id, or words an older device stored); '' is "not given". */
export function paymentMethodLabel(raw: string, t: (key: MessageKey) => string): string {
	const id = paymentMethodId(raw);
	if (id === '') return t('payment.method.none');
	return isBuiltInPaymentMethod(id) ? t(`payment.method.${id}`) : id;
}
