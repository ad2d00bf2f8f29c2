package org.netcase.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rotating backups of a network file, in a {@code backups} folder beside it: complete, consistent
 * copies written with SQLite's {@code VACUUM INTO}, newest {@value #KEPT} kept. A backup is written
 * under a temporary name and renamed when complete, so a crash never leaves half a backup.
 */
public final class StoreBackups {

	/** How many backups of one file are kept. */
	public static final int KEPT = 5;

	/** A store starts a backup when it opens and the newest is older than this ({@link DailyBackup}). */
	public static final Duration INTERVAL = Duration.ofHours(24);

	private static final String FOLDER = "backups"; //$NON-NLS-1$
	private static final String SUFFIX = ".backup"; //$NON-NLS-1$
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	/** One backup file and when it was taken. */
	public record Backup(Path file, Instant taken) {
	}

	private StoreBackups() {
	}

	/** The folder where the backups of {@code file} are kept. */
	public static Path folderOf(Path file) {
		return file.toAbsolutePath().resolveSibling(FOLDER);
	}

	/** The backups of {@code file}, newest first. */
	public static List<Backup> list(Path file) throws IOException {
		Path folder = folderOf(file);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		String prefix = file.getFileName() + "."; //$NON-NLS-1$
		List<Backup> backups = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path candidate : (Iterable<Path>) files::iterator) {
				String name = candidate.getFileName().toString();
				if (name.startsWith(prefix) && name.endsWith(SUFFIX)) {
					String stamp = name.substring(prefix.length(), name.length() - SUFFIX.length());
					try {
						backups.add(new Backup(candidate, STAMP.parse(stamp, Instant::from)));
					} catch (java.time.format.DateTimeParseException notOurs) {
						// A file someone else named alike: not one of our backups.
					}
				}
			}
		}
		backups.sort(Comparator.comparing(Backup::taken).reversed());
		return backups;
	}

	/**
	 * Replaces {@code file} with a backup. The store of {@code file} must be closed. The replaced file
	 * is moved aside to {@code <file>.replaced-<time>}, never deleted.
	 *
	 * @return where the replaced file was moved, or null when there was none
	 */
	public static Path restore(Path file, Backup backup, Clock clock) throws IOException {
		Path movedAside = null;
		if (Files.exists(file)) {
			movedAside = file.resolveSibling(file.getFileName() + ".replaced-" + STAMP.format(clock.instant())); //$NON-NLS-1$
			Files.move(file, movedAside);
			for (String sibling : new String[] { "-wal", "-shm" }) { //$NON-NLS-1$ //$NON-NLS-2$
				Path journal = file.resolveSibling(file.getFileName() + sibling);
				if (Files.exists(journal)) {
					Files.move(journal, movedAside.resolveSibling(movedAside.getFileName() + sibling));
				}
			}
		}
		Path copying = file.resolveSibling(file.getFileName() + ".restoring"); //$NON-NLS-1$
		Files.copy(backup.file(), copying, StandardCopyOption.REPLACE_EXISTING);
		Files.move(copying, file, StandardCopyOption.ATOMIC_MOVE);
		return movedAside;
	}

	/** Writes a backup of {@code file} into the file {@link #write} gives it. */
	@FunctionalInterface
	interface Writing {
		void writeTo(Path partial) throws IOException, SQLException;
	}

	/** Takes a backup through an open connection, then drops the oldest beyond {@value #KEPT}. */
	static Backup take(Connection connection, Path file, Clock clock) throws IOException, SQLException {
		return write(file, clock.instant(), partial -> {
			try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) { //$NON-NLS-1$
				vacuum.setString(1, partial.toString());
				vacuum.execute();
			}
		});
	}

	/**
	 * Has a backup written under a temporary name, which is never listed as a backup, and gives it its
	 * name only when complete; then drops the oldest beyond {@value #KEPT}. A failed backup leaves
	 * nothing behind.
	 */
	static Backup write(Path file, Instant now, Writing writing) throws IOException, SQLException {
		Path folder = folderOf(file);
		Files.createDirectories(folder);
		Path target = folder.resolve(file.getFileName() + "." + STAMP.format(now) + SUFFIX); //$NON-NLS-1$
		Path partial = target.resolveSibling(target.getFileName() + ".partial"); //$NON-NLS-1$
		Files.deleteIfExists(partial);
		try {
			writing.writeTo(partial);
		} catch (IOException | SQLException | RuntimeException e) {
			Files.deleteIfExists(partial);
			throw e;
		}
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		List<Backup> backups = list(file);
		for (Backup old : backups.subList(Math.min(KEPT, backups.size()), backups.size())) {
			Files.deleteIfExists(old.file());
		}
		return new Backup(target, now);
	}

	static boolean isDue(Path file, Clock clock) throws IOException {
		List<Backup> backups = list(file);
		return backups.isEmpty() || !backups.get(0).taken().isAfter(clock.instant().minus(INTERVAL));
	}
}
