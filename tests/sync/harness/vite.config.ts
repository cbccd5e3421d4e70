import { defineConfig } from 'vite';

// Keep Vite's dependency cache with the project's, not as a node_modules folder inside tests/.
export default defineConfig({
	cacheDir: '../../../node_modules/.vite-sync-harness',
	logLevel: 'warn'
});
