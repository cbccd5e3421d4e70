import { describe, expect, it } from 'vitest';
import { checkTrackingForm, isWebLink, trackingChanged } from './tracking-form';

describe('checkTrackingForm', () => {
	it('trims and accepts a number with an optional carrier and link', () => {
		expect(checkTrackingForm({ number: ' 6A1 ', carrier: '', url: '' })).toEqual({
			ok: true,
			value: { number: '6A1', carrier: '', url: '' }
		});
	});

	it('refuses an empty number and a link that is not a web address', () => {
		expect(checkTrackingForm({ number: ' ', carrier: 'La Poste', url: '' })).toMatchObject({
			ok: false,
			problem: { field: 'number' }
		});
		expect(
			checkTrackingForm({ number: '1', carrier: '', url: 'javascript:alert(1)' })
		).toMatchObject({
			ok: false,
			problem: { field: 'url' }
		});
		expect(isWebLink('www.laposte.fr')).toBe(false);
		expect(isWebLink('https://www.laposte.fr/outils/suivre-vos-envois?code=6A1')).toBe(true);
	});
});

describe('trackingChanged', () => {
	it('compares with the saved tracking, ignoring surrounding spaces', () => {
		const saved = { number: '6A1', carrier: 'La Poste', url: '' };
		expect(trackingChanged({ ...saved, number: '6A1 ' }, saved)).toBe(false);
		expect(trackingChanged({ ...saved, carrier: 'DPD' }, saved)).toBe(true);
		expect(trackingChanged({ number: '', carrier: '', url: '' }, null)).toBe(false);
	});
});
