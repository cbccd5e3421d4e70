/**
 * What a scanner of the Devices or join page does with a code meant for the other scanner: a
 * pairing link read by the face-to-face scanner continues on the join page, and a face-to-face
 * code read by the join scanner is used by the face-to-face panel of the Devices page.
 */
import { tick } from 'svelte';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { faceToFace } from '$lib/app/sync-face.svelte';
import { t } from '$lib/i18n/preferences.svelte';
import { pairingLink, parsePairingLink } from '$lib/sync';
import type { Pairing } from '$lib/sync';
import { rememberJoinLink } from './join/join-link';

/** Continues a scanned pairing code on the join page, which asks for this device's name. */
export function continueJoin(pairing: Pairing): void {
	// Through session storage rather than the address: the secret never enters the history.
	rememberJoinLink(pairingLink(pairing, location.origin));
	// keepFocus: the join page puts focus on the name field itself.
	void goto(resolve('/devices/join'), { keepFocus: true });
}

/**
 * For a join scanner, a code that is not a pairing link: null accepts a face-to-face code this
 * device can use now, otherwise the sentence saying why the code cannot be used here.
 */
export function faceCodeForJoin(text: string): string | null {
	const problem = faceToFace.check(text);
	if (problem === null) return null;
	if (problem !== 'not-a-code') return t(`face.problem.${problem}`);
	const parsed = parsePairingLink(text);
	return t('devices.scan.foreign', {
		reason: t(`devices.join.error.${parsed.ok ? 'not-a-link' : parsed.code}`)
	});
}

/** Uses a face-to-face code read by a join scanner: the Devices page shows the exchange. */
export async function continueFaceToFace(text: string): Promise<void> {
	const reading = faceToFace.read(text);
	await goto(resolve('/devices'), { keepFocus: true });
	await tick();
	const heading = document.getElementById('face-heading');
	heading?.scrollIntoView({ block: 'start' });
	await reading;
}
