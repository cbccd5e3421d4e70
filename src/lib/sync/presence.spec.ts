import { describe, expect, it } from 'vitest';
import { presentDevices } from './presence';

describe('presentDevices', () => {
	it('lists other devices once, ignoring this client, this device in other tabs and junk', () => {
		const states = new Map<number, Record<string, unknown>>([
			[1, { device: 'me' }],
			[2, { device: 'tablet' }],
			[3, { device: 'tablet' }],
			[4, { device: 'me' }],
			[5, { device: 42 }],
			[6, {}],
			[7, { device: 'phone' }]
		]);
		expect(presentDevices({ clientID: 1, getStates: () => states }, 'me')).toEqual([
			'tablet',
			'phone'
		]);
	});
});
