import { newId } from '$lib/domain/id';

const key = 'comptoir.deviceId';

/** This device's id, made once and kept in localStorage; every order it creates carries it. */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): string {
	const existing = storage.getItem(key);
	if (existing && /^[\w-]{6,64}$/.test(existing)) return existing;
	const id = newId();
	storage.setItem(key, id);
	return id;
}
