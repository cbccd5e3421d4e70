import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer fences live in eslint.config.js; this proves each one still fires on the import it
// forbids and lets the one it allows through, so a fence cannot be dropped or loosened unseen.
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<boolean> {
	const [result] = await eslint.lintText(code, { filePath });
	if (!result) throw new Error(`ESLint returned nothing for ${filePath}`);
	return result.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

// ESLint loads the whole config (typescript-eslint, svelte) on the first call: slow when cold.
describe('layer fences', { timeout: 120_000 }, () => {
	const cases: [string, string, boolean][] = [
		['src/lib/domain/probe.ts', "import { openStore } from '$lib/data';", true],
		['src/lib/domain/probe.ts', "import { cents } from './money';", false],
		['src/lib/ui/probe.ts', "import * as Y from 'yjs';", true],
		['src/routes/probe.ts', "import Dexie from 'dexie';", true],
		['src/routes/probe.ts', "import { openStore } from '$lib/data/store/store';", true],
		['src/routes/probe.ts', "import { openStore } from '$lib/data';", false],
		['src/lib/sync/probe.ts', "import { t } from '$lib/i18n/translate';", true],
		['src/lib/sync/probe.ts', "import * as Y from 'yjs';", false],
		['src/lib/paper/probe.ts', "import { openStore } from '$lib/data';", true],
		['src/lib/paper/probe.ts', "import { cents } from '../domain/money';", false],
		['src/lib/data/probe.ts', "import { session } from '$lib/app/session.svelte';", true],
		['src/lib/data/probe.ts', "import * as Y from 'yjs';", false]
	];
	it.each(cases)('%s: %s → restricted %s', async (file, code, expected) => {
		expect(await restricted(file, `${code}\nexport {};\n`)).toBe(expected);
	});
});
