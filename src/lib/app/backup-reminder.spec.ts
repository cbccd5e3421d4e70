import { describe, expect, it } from 'vitest';
import { BACKUP_REMINDER_MS, backupDue } from './backup-reminder';

describe('backupDue', () => {
	const now = 1_800_000_000_000;
	it('reminds when storage is not persistent and no backup was ever made', () => {
		expect(backupDue({ persisted: false, lastBackup: 0, now })).toBe(true);
	});
	it('stays quiet within a week of the last backup', () => {
		expect(backupDue({ persisted: false, lastBackup: now - BACKUP_REMINDER_MS + 1, now })).toBe(
			false
		);
	});
	it('reminds once the last backup is older than a week', () => {
		expect(backupDue({ persisted: false, lastBackup: now - BACKUP_REMINDER_MS - 1, now })).toBe(
			true
		);
	});
	it('never reminds on persistent storage', () => {
		expect(backupDue({ persisted: true, lastBackup: 0, now })).toBe(false);
	});
});
