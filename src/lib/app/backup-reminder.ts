/** A week, in ms: how old the last backup may get on storage the browser may clear. */
export const BACKUP_REMINDER_MS = 7 * 24 * 60 * 60 * 1000;

/** Whether to remind the seller to export a backup (storage not persistent, last one too old). */
export function backupDue(o: { persisted: boolean; lastBackup: number; now: number }): boolean {
	return !o.persisted && o.now - o.lastBackup > BACKUP_REMINDER_MS;
}
