/**
 * Refunds are recorded unit by unit: refunding 2 units of a line whose first unit was already
 * refunded writes slots 2 and 3. Two devices refunding "the same" unit offline write the same
 * slot, so after merge it is refunded (and restocked) once, and refunds can never exceed the
 * units sold, hence never the amount paid.
 */
import type { Order } from './order';
import { fail, ok, type Result } from './result';
import { checkQuantity, isRecord } from './validate';

/** One refunded unit: line, slot number (1-based) and whether it goes back to stock. */
export interface RefundUnit {
	lineId: string;
	slot: number;
	restock: boolean;
}

/** What a refund writes: units and whether the shipping (and handling) fees are refunded. */
export interface RefundPlan {
	units: RefundUnit[];
	shipping: boolean;
}

/** Request: chosen lines (by id or SKU) and quantities, restock on by default; or the whole order. */
export interface RefundRequest {
	whole?: boolean;
	lines?: { lineId?: string; sku?: string; qty: number; restock?: boolean }[];
	shipping?: boolean;
}

/** Checks a refund request against an order and plans the units it refunds. */
export function planRefund(order: Order, request: unknown): Result<RefundPlan> {
	if (!isRecord(request)) return fail('input.notObject');
	const status = order.paymentStatus;
	if (status !== 'paid' && status !== 'partially_refunded') return fail('refund.notPaid');
	const fees = order.shippingFee + order.handlingFee > 0;
	const units: RefundUnit[] = [];
	const wanted = new Map<string, { qty: number; restock: boolean }>();
	if (request.whole === true) {
		for (const line of order.lines)
			wanted.set(line.id, { qty: remaining(order, line.id), restock: true });
	}
	for (const raw of Array.isArray(request.lines) ? request.lines : []) {
		if (!isRecord(raw)) return fail('input.notObject');
		const line = order.lines.find((l) =>
			raw.lineId !== undefined ? l.id === raw.lineId : l.sku === raw.sku && !!raw.sku
		);
		if (!line) return fail('refund.unknownLine', { sku: String(raw.sku ?? raw.lineId ?? '') });
		const qty = checkQuantity(raw.qty, 1);
		if (!qty.ok) return qty;
		const before = wanted.get(line.id)?.qty ?? 0;
		wanted.set(line.id, { qty: before + qty.value, restock: raw.restock !== false });
	}
	for (const [lineId, { qty, restock }] of wanted) {
		const left = remaining(order, lineId);
		if (qty > left) return fail('refund.abovePaid', { lineId, refundable: left });
		const start = order.refunds.lines[lineId]?.qty ?? 0;
		for (let i = 1; i <= qty; i++) units.push({ lineId, slot: start + i, restock });
	}
	const shipping = request.shipping === true || (request.whole === true && fees);
	if (shipping && order.refunds.shipping && request.whole !== true) {
		return fail('refund.shippingAlreadyRefunded');
	}
	const newShipping = shipping && fees && !order.refunds.shipping;
	if (units.length === 0 && !newShipping) return fail('refund.empty');
	return ok({ units, shipping: newShipping });
}

function remaining(order: Order, lineId: string): number {
	const line = order.lines.find((l) => l.id === lineId);
	if (!line) return 0;
	return Math.max(0, line.quantity - (order.refunds.lines[lineId]?.qty ?? 0));
}
