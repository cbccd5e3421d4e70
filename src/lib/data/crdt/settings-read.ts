/** Reads settings, devices and numbering state from a store document. */
import type * as Y from 'yjs';
import { attempt } from '../../domain/bounds';
import {
	channelList,
	readStoredChannel,
	type Channel,
	type StoredChannel
} from '../../domain/channel';
import { readDeviceRecord, type Device } from '../../domain/device';
import { defaultSeries, effectiveFloor, nextNumber } from '../../domain/numbering';
import {
	defaultSettings,
	readSettingsGroup,
	type Settings,
	type SettingsGroup
} from '../../domain/settings';
import { maps } from './schema';

/** All settings, defaults filled in field by field for what was never saved or cannot be read. */
export function readSettings(doc: Y.Doc): Settings {
	const stored = maps(doc).settings;
	const out = { ...defaultSettings } as Record<SettingsGroup, unknown>;
	for (const group of Object.keys(defaultSettings) as SettingsGroup[]) {
		out[group] = readSettingsGroup(group, stored.get(group)).value;
	}
	return out as Settings;
}

/** The store's sales channels: built-ins first, then custom ones in the order they were added. */
export function readChannels(doc: Y.Doc): Channel[] {
	const stored: StoredChannel[] = [];
	maps(doc).settings.forEach((value, key) => {
		if (!key.startsWith('ch:')) return;
		const read = attempt(() => readStoredChannel(value, key.slice(3)));
		if (read.ok) stored.push(read.value);
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
		if (key.startsWith('floor:') && Number.isSafeInteger(value) && (value as number) >= 0)
			raises.push(value as number);
	});
	return effectiveFloor(raises);
}

/** Every known device. */
export function readDevices(doc: Y.Doc): Device[] {
	const out: Device[] = [];
	maps(doc).devices.forEach((value, id) => {
		const read = attempt(() => readDeviceRecord(value, id));
		if (read.ok) out.push(read.value);
	});
	return out;
}

/** This device's record, with a default series when it never registered. */
export function readDevice(doc: Y.Doc, deviceId: string): Device {
	const stored = maps(doc).devices.get(deviceId);
	const read = stored === undefined ? null : attempt(() => readDeviceRecord(stored, deviceId));
	if (read?.ok) return read.value;
	const taken = new Set(readDevices(doc).map((d) => d.series));
	return { id: deviceId, name: '', series: defaultSeries(deviceId, taken), addedAt: 0 };
}

/** The number this device will give its next order. */
export function readNextNumber(doc: Y.Doc, deviceId: string): number {
	const stored: unknown = maps(doc).counters.get(deviceId);
	// Only this device writes its counter; a peer's malformed value must not stop numbering.
	const lastUsed = Number.isSafeInteger(stored) && (stored as number) >= 0 ? (stored as number) : 0;
	return nextNumber({ floor: readFloor(doc), lastUsed });
}
