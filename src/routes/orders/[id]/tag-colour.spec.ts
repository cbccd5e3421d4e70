import { describe, expect, it } from 'vitest';
import { textColourOn } from './tag-colour';

describe('textColourOn', () => {
	it('writes white on dark colours and black on light ones', () => {
		expect(textColourOn('#1f4e79')).toBe('#ffffff');
		expect(textColourOn('#000000')).toBe('#ffffff');
		expect(textColourOn('#ffeb3b')).toBe('#000000');
		expect(textColourOn('#FFFFFF')).toBe('#000000');
	});
});
