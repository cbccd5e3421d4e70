import { defineConfig } from 'vite';

export default defineConfig({
	// Keep Vite's dependency cache with the project's, not as a node_modules folder inside tests/.
	cacheDir: '../../../node_modules/.vite-sync-harness',
	logLevel: 'warn',
	// Pre-bundle up front: on a cold cache Vite may otherwise discover a dependency late,
	// re-bundle, and reload pages that are in the middle of a sync.
	optimizeDeps: {
		entries: ['index.html'],
		include: [
			'yjs',
			'y-webrtc',
			'y-websocket',
			'lib0/decoding',
			'lib0/encoding',
			'y-protocols/sync'
		]
	}
});
