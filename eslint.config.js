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
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit-*/',
			'.svelte-kit/',
			'dev-dist/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	}
);
