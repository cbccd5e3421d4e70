import { describe, expect, it } from 'vitest';
import { cameraProblem } from './camera';

describe('cameraProblem', () => {
	it.each([
		['NotAllowedError', 'denied'],
		['SecurityError', 'insecure'],
		['NotFoundError', 'no-camera'],
		['OverconstrainedError', 'no-camera'],
		['NotReadableError', 'busy'],
		['TypeError', 'failed']
	])('a %s means %s', (name, problem) => {
		expect(cameraProblem(new DOMException('no', name))).toBe(problem);
	});

	it('anything that is not an error is an unexplained failure', () => {
		expect(cameraProblem('boom')).toBe('failed');
	});
});
