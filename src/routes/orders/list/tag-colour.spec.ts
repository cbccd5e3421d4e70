import { describe, expect, it } from 'vitest';
import { textOn } from './tag-colour';

describe('textOn', () => {
	it('writes white on dark colours and black on light ones', () => {
		expect(textOn('#1f4e79')).toBe('#ffffff');
		expect(textOn('#c0392b')).toBe('#ffffff');
		expect(textOn('#b8860b')).toBe('#000000');
		expect(textOn('#ffff00')).toBe('#000000');
	});

	it('falls back to black on a malformed colour', () => {
		expect(textOn('red')).toBe('#000000');
	});
});
