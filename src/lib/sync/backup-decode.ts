/**
 * Checks a backup file off the main thread when the platform has Web Workers (browsers), on it
 * otherwise (Node, tests) or when the worker cannot start. Either way the file is checked once,
 * by the same code (backup.ts), with the same result.
 */
import { decodeBackup, type DecodeResult } from './backup';

/** Whether this platform can run the check in a worker. */
export function canDecodeOffThread(): boolean {
	return typeof Worker !== 'undefined';
}

/**
 * Checks and decodes a backup. Once the worker has started, the file's bytes are handed over to
 * it (`file` is then empty here): read what you need from the file before calling.
 */
export async function decodeBackupOffThread(file: Uint8Array): Promise<DecodeResult> {
	if (!canDecodeOffThread()) return decodeBackup(file);
	let worker: Worker | null = null;
	try {
		const { default: BackupWorker } = await import('./backup-worker?worker');
		worker = new BackupWorker();
		await started(worker);
	} catch {
		// Blocked or failed to load: the bytes are still here, check them on this thread.
		worker?.terminate();
		return decodeBackup(file);
	}
	const running = worker;
	// Hand over a buffer holding exactly the file (a view may sit inside a larger buffer).
	const whole = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength;
	const buffer = (whole ? file.buffer : file.slice().buffer) as ArrayBuffer;
	try {
		return await new Promise<DecodeResult>((resolve, reject) => {
			running.onmessage = (event: MessageEvent<DecodeResult>) => resolve(event.data);
			running.onerror = (event) => {
				event.preventDefault();
				reject(new Error(event.message || 'the backup check stopped'));
			};
			running.postMessage(buffer, [buffer]);
		});
	} finally {
		running.terminate();
	}
}

function started(worker: Worker): Promise<void> {
	return new Promise((resolve, reject) => {
		worker.onmessage = () => resolve();
		worker.onerror = (event) => {
			event.preventDefault();
			reject(new Error(event.message));
		};
	});
}
