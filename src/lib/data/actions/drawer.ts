/**
 * Cash counts at the day's end: each count is its own entry (`drawer:<id>` in the settings map),
 * so counts made on two tills, or twice on one, all stay. Amounts in cents.
 */
import type * as Y from 'yjs';
import { checkCents, type Cents } from '../../domain/money';
import { fail, ok, type Result } from '../../domain/result';
import {
	attempt,
	maxId,
	readCents,
	readInt,
	readObject,
	readText,
	readTime,
	unreadable
} from '../../domain/bounds';
import { maxCents } from '../../domain/money';
import { isRecord } from '../../domain/validate';
import { runAction, type ActionContext } from '../crdt/context';
import { maps } from '../crdt/schema';

/** One cash count as recorded. */
export interface CashCount {
	id: string;
	/** The day counted, `YYYY-MM-DD` (the device's calendar). */
	day: string;
	float: Cents;
	expected: Cents;
	counted: Cents;
	/** counted − expected: positive when the drawer holds more than it should. */
	difference: number;
	at: number;
	deviceId: string;
}

const prefix = 'drawer:';

/** Records a count: `{ day, float, counted, expected }` (cents; expected may be negative). */
export function recordCashCount(ctx: ActionContext, input: unknown): Promise<Result<CashCount>> {
	return runAction(ctx, () => {
		if (!isRecord(input)) return fail('input.notObject');
		if (typeof input.day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(input.day))
			return fail('date.invalid');
		const float = checkCents(input.float);
		if (!float.ok) return float;
		const counted = checkCents(input.counted);
		if (!counted.ok) return counted;
		const expected = input.expected;
		if (typeof expected !== 'number' || !Number.isSafeInteger(expected))
			return fail('money.invalid', { text: String(expected) });
		const count: CashCount = {
			id: ctx.newId(),
			day: input.day,
			float: float.value,
			expected: expected as Cents,
			counted: counted.value,
			difference: counted.value - expected,
			at: ctx.now(),
			deviceId: ctx.deviceId
		};
		return ok({ value: count, write: () => maps(ctx.doc).settings.set(prefix + count.id, count) });
	});
}

/** Every cash count recorded, newest first. */
export function readCashCounts(doc: Y.Doc): CashCount[] {
	const out: CashCount[] = [];
	maps(doc).settings.forEach((value, key) => {
		if (!key.startsWith(prefix)) return;
		// A count a peer wrote badly is skipped: it would show "NaN €" on the drawer page.
		const read = attempt(() => readCashCount(value, key.slice(prefix.length)));
		if (read.ok) out.push(read.value);
	});
	return out.sort((a, b) => b.at - a.at);
}

/** One stored cash count, checked; the difference is recomputed from what was counted. */
export function readCashCount(value: unknown, id: string): CashCount {
	const v = readObject(value, 'cash count');
	const day = readText(v.day, { what: 'day', max: 10 });
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) unreadable(`day ${day} is not YYYY-MM-DD`);
	const counted = readCents(v.counted, 'counted') as Cents;
	const expected = readInt(v.expected, { what: 'expected', min: -maxCents, max: maxCents });
	return {
		id,
		day,
		float: readCents(v.float, 'float') as Cents,
		expected: expected as Cents,
		counted,
		difference: counted - expected,
		at: readTime(v.at, 'at'),
		deviceId: readText(v.deviceId, { what: 'device', max: maxId, fallback: '' })
	};
}
