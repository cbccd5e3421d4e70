/** Settings, the next order number and this device's identity. */
import { checkDeviceName, type Device } from '../../domain/device';
import { checkRaise, checkSeries } from '../../domain/numbering';
import { fail, ok, type Result } from '../../domain/result';
import { checkSettingsGroup, type Settings, type SettingsGroup } from '../../domain/settings';
import { isRecord } from '../../domain/validate';
import { runAction, type ActionContext } from '../crdt/context';
import { journal } from '../journal/append';
import { settingsChange } from '../journal/events';
import { maps } from '../crdt/schema';
import {
	readChannels,
	readDevice,
	readDevices,
	readNextNumber,
	readSettings
} from '../crdt/settings-read';

/** Updates groups of settings (each group merged over its current value); all or nothing. */
export function updateSettings(
	ctx: ActionContext,
	changes: { [G in SettingsGroup]?: Partial<Record<keyof Settings[G], unknown>> }
): Promise<Result<Settings>> {
	return runAction(ctx, () => {
		if (!isRecord(changes)) return fail('input.notObject');
		const current = readSettings(ctx.doc);
		const next = { ...current } as Record<SettingsGroup, unknown>;
		for (const group of Object.keys(changes) as SettingsGroup[]) {
			if (!(group in current)) return fail('input.notObject');
			const checked = checkSettingsGroup({ group, value: changes[group], current: current[group] });
			if (!checked.ok) return checked;
			next[group] = checked.value;
		}
		const channel = (next as Settings).orders.defaultChannel;
		if (channel !== current.orders.defaultChannel) {
			const known = readChannels(ctx.doc).find((c) => c.id === channel);
			if (!known || known.hidden) return fail('channel.unknown', { id: channel });
		}
		return ok({
			value: next as Settings,
			write: () => {
				for (const group of Object.keys(changes) as SettingsGroup[]) {
					maps(ctx.doc).settings.set(group, next[group]);
				}
				journal(ctx, settingsChange(ctx.now(), { before: current, after: next }));
			}
		});
	});
}

/** Raises the next order number of every series; lowering it is refused (`numbering.lower`). */
export function raiseNextNumber(ctx: ActionContext, value: unknown): Promise<Result<number>> {
	return runAction(ctx, () => {
		const current = readNextNumber(ctx.doc, ctx.deviceId);
		const checked = checkRaise({ value, current });
		if (!checked.ok) return checked;
		return ok({
			value: checked.value,
			write: () => maps(ctx.doc).settings.set(`floor:${ctx.deviceId}`, checked.value)
		});
	});
}

/** Names this device and, before its first order, picks its series code. */
export function registerDevice(
	ctx: ActionContext,
	o: { name?: unknown; series?: unknown }
): Promise<Result<Device>> {
	return runAction(ctx, () => {
		const current = readDevice(ctx.doc, ctx.deviceId);
		const name = checkDeviceName(o.name ?? current.name);
		if (!name.ok) return name;
		let series = current.series;
		if (o.series !== undefined && o.series !== current.series) {
			if (maps(ctx.doc).counters.has(ctx.deviceId)) return fail('device.seriesTaken', { series });
			const taken = readDevices(ctx.doc)
				.filter((d) => d.id !== ctx.deviceId)
				.map((d) => d.series);
			const checked = checkSeries({ value: o.series, taken });
			if (!checked.ok) return checked;
			series = checked.value;
		}
		const device: Device = {
			...current,
			name: name.value,
			series,
			addedAt: current.addedAt || ctx.now()
		};
		return ok({ value: device, write: () => maps(ctx.doc).devices.set(ctx.deviceId, device) });
	});
}
