import { describe, expect, it } from 'vitest';
import {
	checkRaise,
	checkSeries,
	defaultSeries,
	effectiveFloor,
	formatOrderNumber,
	nextNumber
} from './numbering';

describe('order numbering', () => {
	it('starts at 1 and continues each series without gaps', () => {
		expect(nextNumber({ floor: effectiveFloor([]), lastUsed: 0 })).toBe(1);
		expect(nextNumber({ floor: 1, lastUsed: 41 })).toBe(42);
	});
	it('jumps to a raised floor, and a raise never lowers', () => {
		expect(nextNumber({ floor: 1006, lastUsed: 3 })).toBe(1006);
		expect(effectiveFloor([1006, 500])).toBe(1006);
	});
	it('refuses lowering the next number', () => {
		expect(checkRaise({ value: 10, current: 12 })).toEqual({
			ok: false,
			error: { code: 'numbering.lower', params: { current: 12 } }
		});
		expect(checkRaise({ value: 0, current: 1 })).toEqual({
			ok: false,
			error: { code: 'numbering.invalid' }
		});
		expect(checkRaise({ value: 1.5, current: 1 }).ok).toBe(false);
		expect(checkRaise({ value: 12, current: 12 })).toEqual({ ok: true, value: 12 });
	});
	it('writes prefix, series, number and suffix', () => {
		const n = { series: 'A', n: 1006, deviceId: 'd' };
		expect(formatOrderNumber(n, { prefix: 'MyStore1-', suffix: '-2018' })).toBe(
			'MyStore1-A-1006-2018'
		);
	});
	it('derives a stable 3-character series from a device id', () => {
		expect(defaultSeries('device-a')).toBe(defaultSeries('device-a'));
		expect(defaultSeries('device-a')).toMatch(/^[A-Z2-9]{5}$/);
		expect(defaultSeries('device-a')).not.toBe(defaultSeries('device-b'));
		// Drawn again while the store has seen the code.
		const first = defaultSeries('device-a');
		const second = defaultSeries('device-a', new Set([first]));
		expect(second).not.toBe(first);
		expect(second).toMatch(/^[A-Z2-9]{5}$/);
		// Spread: 20,000 random-like ids give (nearly) 20,000 codes.
		const codes = new Set(Array.from({ length: 20_000 }, (_, i) => defaultSeries(`id-${i}`)));
		expect(codes.size).toBeGreaterThan(19_950);
	});
	it('refuses a series another device uses', () => {
		expect(checkSeries({ value: 'a', taken: ['A'] })).toEqual({
			ok: false,
			error: { code: 'device.seriesTaken', params: { series: 'A' } }
		});
		expect(checkSeries({ value: 'toolong', taken: [] }).ok).toBe(false);
		expect(checkSeries({ value: 'b2', taken: ['A'] })).toEqual({ ok: true, value: 'B2' });
	});
});
