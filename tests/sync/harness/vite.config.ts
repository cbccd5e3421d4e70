import { defineConfig } from 'vite';

export default defineConfig({
	// Keep Vite's dependency cache with the project's, not as a node_modules folder inside tests/.
	cacheDir: '../../../node_modules/.vite-sync-harness',
	logLevel: 'warn',
	// Pre-bundle up front: on a cold cache Vite otherwise re-bundles after the first page loads
	// and reloads the open pages, and the first test's devices never sync (seen 2 runs in 3).
	optimizeDeps: {
		entries: ['index.html'],
		include: ['yjs', 'y-webrtc', 'lib0/decoding', 'lib0/encoding', 'y-protocols/sync']
	}
});
