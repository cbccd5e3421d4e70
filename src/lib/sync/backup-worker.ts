/**
 * Web Worker: checks a backup file (checksum, header, the whole Yjs update) away from the page,
 * so a large file never freezes the screen. It says "ready" once loaded; the file then comes in
 * transferred and the update goes back transferred: nothing is copied.
 */
import { decodeBackup } from './backup';

const scope = self as unknown as Worker;
scope.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
	const result = await decodeBackup(new Uint8Array(event.data));
	scope.postMessage(result, result.ok ? [result.update.buffer as ArrayBuffer] : []);
};
scope.postMessage('ready');
