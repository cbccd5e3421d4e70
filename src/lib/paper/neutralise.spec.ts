import { describe, expect, it } from 'vitest';
import { neutralise } from './neutralise';

describe('neutralise', () => {
	it.each([
		['=SUM(A1:A2)', "'=SUM(A1:A2)"],
		['+33 6 12', "'+33 6 12"],
		['-2+3', "'-2+3"],
		['@cmd', "'@cmd"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r'=1"],
		['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`]
	])('neutralises %j at the start of a cell', (cell, expected) => {
		expect(neutralise(cell)).toBe(expected);
	});

	it('neutralises every line of a multi-line cell, whatever the line ending', () => {
		expect(neutralise('Bonjour\n=1+1')).toBe("Bonjour\n'=1+1");
		expect(neutralise('a\r\n@x\r\n-y')).toBe("a\r\n'@x\r\n'-y");
		expect(neutralise('a\r+b')).toBe("a\r'+b");
		expect(neutralise('a\n\tb\n\n=c')).toBe("a\n'\tb\n\n'=c");
	});

	it('leaves harmless text alone, including signs inside a line', () => {
		for (const cell of ['', 'Léa Martin', 'a=b', 'x - y', '5 + 3', 'mail@exemple.fr', "l'été"]) {
			expect(neutralise(cell)).toBe(cell);
		}
	});
});
