import { afterEach, describe, expect, it, vi } from 'vitest';
import { PacedSender } from './paced-sender.js';

/** A data channel whose buffer drains only when the test says so. */
function channel(highWaterBytes = 100) {
	const sent: number[] = [];
	const errors: unknown[] = [];
	let buffered = 0;
	let failAt = -1;
	const sender = new PacedSender({
		send: (bytes) => {
			if (sent.length === failAt) throw new Error('channel closed');
			sent.push(bytes[0] as number);
			buffered += bytes.length;
		},
		bufferedAmount: () => buffered,
		highWaterBytes,
		retryMs: 10,
		onError: (error) => errors.push(error)
	});
	return {
		sender,
		sent,
		errors,
		drain: () => (buffered = 0),
		failOnSend: (index: number) => (failAt = index)
	};
}

const frames = (count: number, size = 60) =>
	Array.from({ length: count }, (_, i) => new Uint8Array(size).fill(i));

afterEach(() => vi.useRealTimers());

describe('PacedSender', () => {
	it('sends at once while the channel has room', () => {
		const { sender, sent } = channel(1000);
		sender.push(frames(3));
		expect(sent).toEqual([0, 1, 2]);
		expect(sender.queued).toBe(0);
	});

	it('waits above the high-water mark and resumes in order once the buffer drains', () => {
		vi.useFakeTimers();
		const { sender, sent, drain } = channel(100);
		sender.push(frames(5));
		expect(sent).toEqual([0, 1]);
		sender.push(frames(1, 10).map((f) => f.fill(9)));
		vi.advanceTimersByTime(50);
		expect(sent).toEqual([0, 1]);
		drain();
		vi.advanceTimersByTime(10);
		expect(sent).toEqual([0, 1, 2, 3]);
		drain();
		vi.advanceTimersByTime(10);
		drain();
		vi.advanceTimersByTime(10);
		expect(sent).toEqual([0, 1, 2, 3, 4, 9]);
	});

	it('drops the rest of the queue when the channel refuses a frame, and says so', () => {
		const { sender, sent, errors, failOnSend } = channel(10_000);
		failOnSend(2);
		sender.push(frames(5));
		expect(sent).toEqual([0, 1]);
		expect(sender.queued).toBe(0);
		expect(errors).toHaveLength(1);
	});

	it('clear() forgets waiting frames', () => {
		vi.useFakeTimers();
		const { sender, sent, drain } = channel(100);
		sender.push(frames(5));
		sender.clear();
		drain();
		vi.advanceTimersByTime(100);
		expect(sent).toEqual([0, 1]);
	});
});
