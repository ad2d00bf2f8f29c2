package org.netcase.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.store.StoreException;
import org.netcase.core.store.StoreException.Reason;
import org.netcase.core.tests.FixedClock;

/** Every file a store cannot open is refused with a message that says what to do, and left as it was. */
class BadFilesTest {

	@TempDir
	Path folder;

	private Path file;

	@BeforeEach
	void name() {
		file = folder.resolve("network.netcase");
	}

	@Test
	void aTextFileIsNotANetcaseDatabase() throws IOException {
		Files.writeString(file, "Dear diary,\nI bought flour today.\n", StandardCharsets.UTF_8);

		assertRefusedUnchanged(Reason.NOT_A_DATABASE, "is not a Netcase database", "Netcase did not change it");
	}

	@Test
	void anEmptyFileIsNotANetcaseDatabase() throws IOException {
		Files.createFile(file);

		assertRefusedUnchanged(Reason.NOT_A_DATABASE, "is not a Netcase database");
	}

	@Test
	void aMissingFileIsReportedAndNotCreated() {
		StoreException failure = catchThrowableOfType(StoreException.class, () -> SqliteNetworkStore.open(file));

		assertThat(failure.reason()).isEqualTo(Reason.NOT_FOUND);
		assertThat(failure.getMessage()).contains(file.toString()).contains("does not exist");
		assertThat(file).doesNotExist();
	}

	@Test
	void anotherProgramsDatabaseIsNotNetcase() throws Exception {
		StoreFiles.sql(file, "CREATE TABLE recipes (name TEXT)", "INSERT INTO recipes VALUES ('rye bread')");

		assertRefusedUnchanged(Reason.NOT_NETCASE, "database of another program", "Netcase did not change it");
	}

	@Test
	void aDatabaseFromANewerNetcaseIsRefused() throws Exception {
		storedSample();
		StoreFiles.sql(file, "UPDATE netcase_schema SET version = 99");

		assertRefusedUnchanged(Reason.NEWER_VERSION, "newer Netcase", "version 99");
	}

	@Test
	void aTruncatedDatabaseIsDamaged() throws Exception {
		storedSample();
		try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
			raw.setLength(raw.length() / 2 + 100);
		}

		assertRefusedUnchanged(Reason.CORRUPT, "damaged or truncated", "Restore a backup from");
	}

	@Test
	void aDatabaseWithOverwrittenPagesIsDamaged() throws Exception {
		storedSample();
		try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
			byte[] garbage = new byte[4096];
			Arrays.fill(garbage, (byte) 0x5A);
			raw.seek(4096);
			raw.write(garbage);
		}

		assertRefusedUnchanged(Reason.CORRUPT, "damaged or truncated");
	}

	@Test
	void aDamagedIndexThatReadingTheRowsNeverTouchesIsFoundToo() throws Exception {
		storedSample();
		long page = StoreFiles.number(file, "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_objects_1'");
		long pageSize = StoreFiles.number(file, "PRAGMA page_size");
		try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
			byte[] garbage = new byte[(int) pageSize];
			Arrays.fill(garbage, (byte) 0x5A);
			raw.seek((page - 1) * pageSize);
			raw.write(garbage);
		}

		assertRefusedUnchanged(Reason.CORRUPT, "damaged or truncated", "Restore a backup from");
	}

	@Test
	void aSecondOpenInTheSameProgramIsToldTheFileIsInUse() throws Exception {
		storedSample();
		try (SqliteNetworkStore first = SqliteNetworkStore.open(file)) {
			StoreException failure = catchThrowableOfType(StoreException.class, () -> SqliteNetworkStore.open(file));

			assertThat(failure.reason()).isEqualTo(Reason.IN_USE);
			assertThat(failure.getMessage()).contains("open in another Netcase");
			assertThat(first.load().getContacts()).isNotEmpty();
		}
		SqliteNetworkStore.open(file).close(); // free again once the first store is closed
	}

	private void storedSample() throws StoreException {
		SqliteNetworkStore.create(file, SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON)).close();
	}

	private void assertRefusedUnchanged(Reason reason, String... messageParts) throws IOException {
		byte[] before = Files.readAllBytes(file);

		// Opening is opening the store and reading its network: damage may show in either.
		StoreException failure = catchThrowableOfType(StoreException.class,
				() -> NetworkSession.open(SqliteNetworkStore.open(file)));

		assertThat(failure).as("open must fail").isNotNull();
		assertThat(failure.reason()).isEqualTo(reason);
		assertThat(failure.getMessage()).contains(file.toString()).contains(messageParts);
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(folder.resolve("network.netcase-wal")).doesNotExist();
	}
}
