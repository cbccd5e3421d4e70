/** The language of documents is a store setting: checked, saved, shared with every device. */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/store';
import { openTestStore } from '../store/testing';

const stores: Store[] = [];
afterEach(async () => {
	await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

describe('language of documents', () => {
	it('is French until set, refuses other languages, and reaches the other devices', async () => {
		const a = await openTestStore({ deviceId: 'device-a', persistence: 'memory', seed: 1 });
		const b = await openTestStore({ deviceId: 'device-b', persistence: 'memory', seed: 2 });
		stores.push(a, b);
		expect(a.queries.settings().documents.language).toBe('fr');
		const refused = await a.actions.updateSettings({ documents: { language: 'de' } });
		expect(refused).toEqual({ ok: false, error: { code: 'settings.documentLanguage' } });
		expect(a.queries.settings().documents.language).toBe('fr');
		const saved = await a.actions.updateSettings({ documents: { language: 'en' } });
		expect(saved.ok).toBe(true);
		Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc), 'peer');
		await b.flush();
		expect(b.queries.settings().documents.language).toBe('en');
	});
});
