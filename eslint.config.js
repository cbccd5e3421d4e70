import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The domain folder holds pure rules: nothing from the UI, the CRDT, storage or file formats. */
const domainFence = {
	patterns: [
		{
			group: [
				'svelte',
				'svelte/*',
				'$app/*',
				'yjs',
				'y-*',
				'dexie',
				'dexie/*',
				'jspdf',
				'jspdf*',
				'papaparse',
				'$lib/*',
				'../*'
			],
			message: 'src/lib/domain is pure TypeScript: import only from inside the domain folder.'
		}
	]
};

/** Storage and CRDT libraries: only the data and sync layers talk to them. */
const storageLibraries = ['yjs', 'y-*', 'y-*/**', '@y/*', 'dexie', 'dexie/*', 'lib0', 'lib0/*'];

/**
 * Screens and shared components read state classes and call actions: no CRDT, no Dexie, and
 * the storage layer only through its entry point.
 */
const screenFence = {
	patterns: [
		{
			group: storageLibraries,
			message:
				'Screens and components never talk to Yjs or Dexie: call a store action or read a state class.'
		},
		{
			group: ['$lib/data/*', '**/lib/data/*'],
			message: 'Import the storage layer through its entry point: `$lib/data`.'
		}
	]
};

/** The transport syncs any Yjs document: it knows nothing of the app around it. */
const syncFence = {
	patterns: [
		{
			group: ['$lib/*', '$app/*', 'svelte', 'svelte/*', '../*', '!./*'],
			message:
				'src/lib/sync is a transport for any Yjs document: import only from inside it and from libraries.'
		}
	]
};

/** Documents and files are built from plain data: never from the store or the app's state. */
const paperFence = {
	patterns: [
		{
			group: [
				'$lib/data',
				'$lib/data/*',
				'$lib/app/*',
				'$lib/ui/*',
				'**/data/*',
				'**/app/*',
				...storageLibraries
			],
			message:
				'src/lib/paper builds documents from plain records: take data as arguments, never from the store or app state.'
		}
	]
};

/** The storage layer sits under the app: it never reaches up. */
const dataFence = {
	patterns: [
		{
			group: [
				'$lib/app/*',
				'$lib/ui/*',
				'$lib/shell/*',
				'$lib/paper/*',
				'$lib/i18n/*',
				'$app/*',
				'svelte',
				'svelte/*',
				'**/app/*',
				'**/ui/*',
				'**/routes/*'
			],
			message:
				'src/lib/data sits under the app: it imports the domain, its own files and storage libraries only.'
		}
	]
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		// TypeScript checks names (svelte-check); ESLint's scope analysis misses lib types such as
		// AsyncGenerator when .svelte-kit has not been generated yet, as on a fresh clone.
		rules: { 'no-undef': 'off' }
	},
	{
		rules: {
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': 'error'
		}
	},
	{
		files: ['src/lib/domain/**'],
		rules: { 'no-restricted-imports': ['error', domainFence] }
	},
	{
		files: ['src/routes/**', 'src/lib/ui/**'],
		rules: { 'no-restricted-imports': ['error', screenFence] }
	},
	{
		files: ['src/lib/sync/**'],
		ignores: ['src/lib/sync/**/*.spec.ts'],
		rules: { 'no-restricted-imports': ['error', syncFence] }
	},
	{
		files: ['src/lib/paper/**'],
		rules: { 'no-restricted-imports': ['error', paperFence] }
	},
	{
		files: ['src/lib/data/**'],
		rules: { 'no-restricted-imports': ['error', dataFence] }
	},
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit-*/',
			'.svelte-kit/',
			'dev-dist/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bin/verify-archive.mjs'
		]
	}
);
