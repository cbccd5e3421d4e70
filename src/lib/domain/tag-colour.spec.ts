import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luminance, textColourOn } from './tag-colour';

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe('textColourOn', () => {
	it('picks white on dark colours and black on light ones', () => {
		expect(textColourOn('#1f4e79')).toBe('#ffffff');
		expect(textColourOn('#000000')).toBe('#ffffff');
		expect(textColourOn('#c0392b')).toBe('#ffffff');
		expect(textColourOn('#ffeb3b')).toBe('#000000');
		expect(textColourOn('#b8860b')).toBe('#000000');
		expect(textColourOn('#FFFFFF')).toBe('#000000');
	});

	it('falls back to black on a colour that does not read', () => {
		expect(textColourOn('red')).toBe('#000000');
		expect(textColourOn('')).toBe('#000000');
	});

	it('always picks the text colour of higher contrast', () => {
		const hex = fc
			.tuple(fc.nat(255), fc.nat(255), fc.nat(255))
			.map((c) => `#${c.map((n) => n.toString(16).padStart(2, '0')).join('')}`);
		fc.assert(
			fc.property(hex, (h) => {
				const l = luminance(h);
				const picked = textColourOn(h) === '#000000' ? contrast(l, 0) : contrast(l, 1);
				expect(picked).toBeGreaterThanOrEqual(Math.max(contrast(l, 0), contrast(l, 1)));
			})
		);
	});
});
