import { describe, expect, it } from 'vitest';
import {
	channelList,
	checkChannelInput,
	checkOrderChannel,
	isChannelId,
	type StoredChannel
} from './channel';
import { migrateOrderRecord } from './order';
import { checkOrderContent } from './order-input';
import { checkSettingsGroup, defaultSettings } from './settings';
import type { VatRate } from './vat';

const stored: StoredChannel[] = [
	{ id: 'c-b', name: 'Foire de Lyon', hidden: false, addedAt: 20 },
	{ id: 'c-a', name: 'Instagram', hidden: true, addedAt: 10 },
	{ id: 'online', name: '', hidden: true, addedAt: 5 },
	// Damaged entries from a peer are left out rather than shown.
	{ id: 'Bad Id', name: 'x', hidden: false, addedAt: 1 },
	{ id: 'c-empty', name: '', hidden: false, addedAt: 1 }
];

describe('channel list', () => {
	it('lists the built-ins in a fixed order, then custom channels in the order added', () => {
		const list = channelList(stored);
		expect(list.map((c) => c.id)).toEqual([
			'stall',
			'phone',
			'email',
			'event',
			'online',
			'c-a',
			'c-b'
		]);
		expect(list.find((c) => c.id === 'online')).toEqual({
			id: 'online',
			name: '',
			builtIn: true,
			hidden: true
		});
		expect(list.find((c) => c.id === 'c-a')).toMatchObject({ builtIn: false, hidden: true });
	});

	it('never lets "unspecified" or malformed text pass as a channel id', () => {
		expect(isChannelId('phone')).toBe(true);
		expect(isChannelId('c-0123abc')).toBe(true);
		expect(isChannelId('unspecified')).toBe(false);
		expect(isChannelId('Phone')).toBe(false);
		expect(isChannelId('')).toBe(false);
		expect(isChannelId(3)).toBe(false);
	});
});

describe('order channel input', () => {
	const known = new Set(channelList(stored).map((c) => c.id));

	it('accepts a known channel, hidden ones included, and reads null or empty as unspecified', () => {
		expect(checkOrderChannel('phone', { known })).toEqual({ ok: true, value: 'phone' });
		expect(checkOrderChannel('c-a', { known })).toEqual({ ok: true, value: 'c-a' });
		expect(checkOrderChannel(null, { known, current: 'phone' })).toEqual({ ok: true, value: null });
		expect(checkOrderChannel('', { known })).toEqual({ ok: true, value: null });
	});

	it('keeps the current channel when the input does not say, even one no longer listed', () => {
		expect(checkOrderChannel(undefined, { known, current: 'c-gone' })).toEqual({
			ok: true,
			value: 'c-gone'
		});
		expect(checkOrderChannel('c-gone', { known, current: 'c-gone' }).ok).toBe(true);
		expect(checkOrderChannel(undefined, { known })).toEqual({ ok: true, value: null });
	});

	it('refuses an unknown channel, naming it', () => {
		expect(checkOrderChannel('pigeon', { known })).toEqual({
			ok: false,
			error: { code: 'channel.unknown', params: { id: 'pigeon' } }
		});
		expect(checkOrderChannel({ id: 'phone' }, { known }).ok).toBe(false);
	});

	it('is part of the order content; built-ins are known when the caller gives no list', () => {
		const line = { sku: 'MUG', name: 'Tasse', quantity: 1, unitPrice: 100 };
		const o = { newId: () => 'id', defaultVatRate: 2000 as VatRate };
		const ok = checkOrderContent({ lines: [line], channel: 'event' }, o);
		expect(ok.ok && ok.value.channel).toBe('event');
		expect(checkOrderContent({ lines: [line], channel: 'c-a' }, o).ok).toBe(false);
	});

	it('reads an older record without a channel as unspecified', () => {
		expect(migrateOrderRecord({ lines: [] }).channel).toBeNull();
		expect(migrateOrderRecord({ channel: 'stall' }).channel).toBe('stall');
	});
});

describe('channel editing', () => {
	const channels = channelList(stored);
	const base = { channels, newId: () => 'new1', now: 99 };

	it('adds a custom channel with a trimmed name and a prefixed id', () => {
		expect(checkChannelInput({ name: '  Salon du livre ' }, base)).toEqual({
			ok: true,
			value: { id: 'c-new1', name: 'Salon du livre', hidden: false, addedAt: 99 }
		});
	});

	it('renames or hides a custom channel, keeping when it was added', () => {
		const s = stored[0]!;
		const renamed = checkChannelInput({ id: 'c-b', name: 'Foire' }, { ...base, stored: s });
		expect(renamed).toEqual({
			ok: true,
			value: { id: 'c-b', name: 'Foire', hidden: false, addedAt: 20 }
		});
		const hidden = checkChannelInput({ id: 'c-b', hidden: true }, { ...base, stored: s });
		expect(hidden.ok && hidden.value).toMatchObject({ name: 'Foire de Lyon', hidden: true });
	});

	it('refuses a duplicate name (case and accents aside), a built-in rename, an unknown id', () => {
		const code = (v: unknown) => {
			const r = checkChannelInput(v, base);
			return r.ok ? null : r.error.code;
		};
		expect(code({ name: 'instagram' })).toBe('channel.nameTaken');
		expect(code({ name: 'FOIRE DE LYÔN' })).toBe('channel.nameTaken');
		expect(code({ id: 'phone', name: 'Fixe' })).toBe('channel.builtInName');
		expect(code({ id: 'c-zzz', hidden: true })).toBe('channel.unknown');
		expect(code({ name: 'x'.repeat(41) })).toBe('text.tooLong');
		expect(code('Salon')).toBe('input.notObject');
		expect(code({ id: 'phone', hidden: true })).toBeNull();
	});
});

describe('default channel setting', () => {
	it('defaults to phone and refuses a malformed id', () => {
		expect(defaultSettings.orders.defaultChannel).toBe('phone');
		const current = defaultSettings.orders;
		const set = (defaultChannel: unknown) =>
			checkSettingsGroup({ group: 'orders', value: { defaultChannel }, current });
		expect(set('c-abc')).toMatchObject({ ok: true, value: { defaultChannel: 'c-abc' } });
		expect(set('unspecified').ok).toBe(false);
		expect(set(null).ok).toBe(false);
	});
});
