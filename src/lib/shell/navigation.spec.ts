import { describe, expect, it } from 'vitest';
import { isCurrent, navItems } from './navigation';

describe('isCurrent', () => {
	it('marks the section of the current page', () => {
		expect(isCurrent('/orders', '/orders')).toBe(true);
		expect(isCurrent('/orders/42', '/orders')).toBe(true);
		expect(isCurrent('/products/ABC', '/products')).toBe(true);
	});

	it('keeps New order apart from Orders', () => {
		expect(isCurrent('/orders/new', '/orders')).toBe(false);
		expect(isCurrent('/orders/new', '/orders/new')).toBe(true);
	});

	it('does not confuse sections that share a prefix', () => {
		expect(isCurrent('/ordersheet', '/orders')).toBe(false);
	});

	it('leads to every section exactly once', () => {
		const hrefs = navItems.map((item) => item.href);
		expect(new Set(hrefs).size).toBe(7);
	});
});
