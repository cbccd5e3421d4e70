/** Reads settings, devices and numbering state from a store document. */
import type * as Y from 'yjs';
import { channelList, type Channel, type StoredChannel } from '../../domain/channel';
import type { Device } from '../../domain/device';
import { defaultSeries, effectiveFloor, nextNumber } from '../../domain/numbering';
import { defaultSettings, type Settings, type SettingsGroup } from '../../domain/settings';
import { maps } from './schema';

/** All settings, defaults filled in for groups never saved. */
export function readSettings(doc: Y.Doc): Settings {
	const stored = maps(doc).settings;
	const out = { ...defaultSettings } as Record<SettingsGroup, unknown>;
	for (const group of Object.keys(defaultSettings) as SettingsGroup[]) {
		const value = stored.get(group);
		if (value) out[group] = { ...defaultSettings[group], ...(value as object) };
	}
	return out as Settings;
}

/** The store's sales channels: built-ins first, then custom ones in the order they were added. */
export function readChannels(doc: Y.Doc): Channel[] {
	const stored: StoredChannel[] = [];
	maps(doc).settings.forEach((value, key) => {
		if (key.startsWith('ch:') && value && typeof value === 'object') {
			stored.push({ ...(value as StoredChannel), id: key.slice(3) });
		}
	});
	return channelList(stored);
}

/** Ids of every channel the store knows, hidden ones included. */
export function knownChannelIds(doc: Y.Doc): Set<string> {
	return new Set(readChannels(doc).map((c) => c.id));
}

/** The store-wide "next number" floor: the highest raise from any device. */
export function readFloor(doc: Y.Doc): number {
	const raises: number[] = [];
	maps(doc).settings.forEach((value, key) => {
		if (key.startsWith('floor:') && typeof value === 'number') raises.push(value);
	});
	return effectiveFloor(raises);
}

/** Every known device. */
export function readDevices(doc: Y.Doc): Device[] {
	return [...maps(doc).devices.values()] as Device[];
}

/** This device's record, with a default series when it never registered. */
export function readDevice(doc: Y.Doc, deviceId: string): Device {
	const stored = maps(doc).devices.get(deviceId) as Device | undefined;
	if (stored) return stored;
	const taken = new Set(readDevices(doc).map((d) => d.series));
	return { id: deviceId, name: '', series: defaultSeries(deviceId, taken), addedAt: 0 };
}

/** The number this device will give its next order. */
export function readNextNumber(doc: Y.Doc, deviceId: string): number {
	const lastUsed = maps(doc).counters.get(deviceId) ?? 0;
	return nextNumber({ floor: readFloor(doc), lastUsed });
}
