/**
 * P7: the backup register. {@code Backup} (what, when taken, when it expires, when destroyed),
 * {@code BackupKind}, and {@code BackupPolicy}, the one rule that no backup is kept longer than six
 * months, counted the way the database's check constraint counts. {@code BackupRepository} is the
 * register's interface. Uses only {@code domain.customer} and {@code domain.shared}.
 */
package nl.provalue.privacy.domain.backup;
