/** The device record: each device of the store, its name and its order-number series. */
import { readObject, readText, readTime } from './bounds';
import { checkText } from './validate';
import { ok, type Result } from './result';

/** A device that works on the store. */
export interface Device {
	id: string;
	name: string;
	/** Order-number series code, unique among the store's devices. */
	series: string;
	/** First seen, in milliseconds since the epoch. */
	addedAt: number;
}

/** Checks a device name typed by the seller. */
export function checkDeviceName(value: unknown): Result<string> {
	const name = checkText(value, { field: 'device.name', max: 60 });
	return name.ok && name.value === '' ? ok('Appareil') : name;
}

/** Reads a device record from the CRDT; throws Unreadable with what is wrong. */
export function readDeviceRecord(value: unknown, id: string): Device {
	const v = readObject(value, 'the device');
	return {
		id,
		name: readText(v.name, { what: 'name', max: 200, fallback: '' }),
		series: readText(v.series, { what: 'series', max: 40 }),
		addedAt: readTime(v.addedAt, 'addedAt', 0)
	};
}
