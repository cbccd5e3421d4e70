/**
 * Connecting two devices face to face, with no server: this device shows a code (an offer, or
 * the answer to the other device's offer) and reads the other's. An offer also pairs: reading it
 * joins its shop (kept once connected, as with a link). A code that cannot be used is refused
 * with its reason, and nothing changes.
 */
import {
	answerOffer,
	decodeFaceCode,
	FACE_CODE_TTL_MS,
	makeOffer,
	offerRefusal,
	roomTag
} from '$lib/sync';
import type { FaceAnswer, FaceCodeError, FaceOffer, FaceRefusal, PendingOffer } from '$lib/sync';
import { sync } from './sync-session.svelte';

/** Why a code was not used. */
export type FaceProblem = FaceCodeError | FaceRefusal;

/** Where the exchange of codes stands. */
export type FacePhase = 'idle' | 'preparing' | 'offering' | 'answering' | 'answered' | 'accepted';

/** Reactive state of the face-to-face exchange on this device. */
export class FaceToFace {
	#phase = $state<FacePhase>('idle');
	#code = $state('');
	#problem = $state<FaceProblem | null>(null);
	// Never shown: what the screen needs of it is in #phase and #code.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#pending = new Map<string, PendingOffer>();
	#used = $state(false);

	/** Where the exchange stands. */
	get phase(): FacePhase {
		return this.#phase;
	}

	/** The code this device shows ('' when none). */
	get code(): string {
		return this.#code;
	}

	/** Why the last code read was not used (null: none refused). */
	get problem(): FaceProblem | null {
		return this.#problem;
	}

	/** Whether a face-to-face exchange ran on this page (the dropped notice is about it). */
	get used(): boolean {
		return this.#used;
	}

	/** Shows a new offer: its code carries this shop's room and secret. */
	async offer(): Promise<void> {
		this.#problem = null;
		this.#phase = 'preparing';
		this.#code = '';
		this.#used = true;
		try {
			const room = await sync.openRoom();
			const pairing = sync.pairing;
			if (!pairing) throw new Error('no pairing');
			const pending = await makeOffer(room, pairing);
			const session = pending.offer.session;
			this.#pending.set(session, pending);
			// An offer nobody answered stops waiting, and its connection attempt with it.
			setTimeout(() => {
				if (this.#pending.get(session) !== pending) return;
				this.#pending.delete(session);
				pending.cancel();
			}, FACE_CODE_TTL_MS);
			sync.expectFaceToFace();
			this.#code = pending.code;
			this.#phase = 'offering';
		} catch {
			this.#fail('unusable');
		}
	}

	/** Checks a code without using it: null if usable, else why not (nothing changes). */
	check(text: string): FaceProblem | null {
		const decoded = decodeFaceCode(text);
		if (!decoded.ok) return decoded.error;
		const code = decoded.code;
		return code.kind === 'offer' ? offerRefusal(code, this.#pending) : this.#answerRefusal(code);
	}

	/** Uses a code read from the other device (scanned or pasted). */
	async read(text: string): Promise<void> {
		const problem = this.check(text);
		if (problem) {
			this.#problem = problem;
			return;
		}
		this.#problem = null;
		const decoded = decodeFaceCode(text);
		if (!decoded.ok) return;
		this.#used = true;
		if (decoded.code.kind === 'offer') await this.#answer(decoded.code);
		else this.#accept(decoded.code);
	}

	/** Hides the code and forgets the refusal. */
	reset(): void {
		this.#phase = 'idle';
		this.#code = '';
		this.#problem = null;
	}

	#answerRefusal(answer: FaceAnswer): FaceRefusal | null {
		const pending = this.#pending.get(answer.session);
		if (pending) return pending.refusal(answer);
		// Not an answer to a code shown now: another shop's, or an answer to an older code.
		const own = sync.pairing?.room;
		return own && answer.roomTag !== roomTag(own) ? 'other-shop' : 'not-this-code';
	}

	#accept(answer: FaceAnswer): void {
		const pending = this.#pending.get(answer.session);
		if (!pending) return this.#fail('not-this-code');
		const refused = pending.accept(answer);
		if (refused) return this.#fail(refused);
		this.#pending.delete(answer.session);
		this.#phase = 'accepted';
		this.#code = '';
	}

	async #answer(offer: FaceOffer): Promise<void> {
		this.#phase = 'answering';
		this.#code = '';
		try {
			await sync.join({ room: offer.room, secret: offer.secret }, { signaling: false });
			const room = await sync.openRoom();
			sync.expectFaceToFace();
			this.#code = await answerOffer(room, offer);
			this.#phase = 'answered';
		} catch {
			this.#fail('unusable');
		}
	}

	#fail(problem: FaceProblem): void {
		this.#problem = problem;
		if (this.#phase === 'preparing' || this.#phase === 'answering') this.#phase = 'idle';
	}
}

/** This device's face-to-face exchange. */
export const faceToFace = new FaceToFace();
