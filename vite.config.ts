import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			// The app never reloads by itself: the shell offers the update (see update-prompt).
			registerType: 'prompt',
			injectRegister: false,
			// Absolute, so that a page deep in the app (/orders/new) registers /sw.js for the whole app.
			base: '/',
			scope: '/',
			manifest: {
				name: 'Comptoir',
				short_name: 'Comptoir',
				description: 'Carnet de commandes hors ligne, synchronisé entre vos appareils.',
				lang: 'fr',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				theme_color: '#1f4e79',
				background_color: '#ffffff',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/icons/icon-maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			// The fallback page is cached under '/', which both a static host and `vite preview` serve.
			kit: {
				adapterFallback: 'index.html',
				spa: { fallbackMapping: '/' },
				includeVersionFile: true
			},
			workbox: {
				// wasm: the barcode decoder (zxing-wasm), so the stall scans offline.
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff,woff2,ttf,webmanifest,wasm}'],
				// Large lazily loaded chunks (PDF, fonts) must still be available offline.
				maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
				navigateFallback: '/',
				// Take control on the very first visit so the app works offline without a reload;
				// later versions still wait for the seller's consent (registerType: 'prompt').
				clientsClaim: true
			},
			devOptions: { enabled: false }
		})
	],
	// A market box is reached by whatever name the stall's network gives it (caisse.local,
	// marche-box…): answer every host name rather than 403 (the app holds no secret server-side).
	server: { allowedHosts: true },
	preview: { allowedHosts: true },
	// Pre-bundled at dev start so the first page load never triggers a dependency reload.
	optimizeDeps: {
		include: ['yjs', 'y-indexeddb', 'y-webrtc', 'y-websocket', 'dexie', 'workbox-window', 'jsqr']
	},
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node',
		// Property and PDF tests do real work; on a loaded 2-core machine 5 s is too tight.
		testTimeout: 30_000
	}
});
