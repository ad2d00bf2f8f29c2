package org.netcase.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.store.StoreBackups;
import org.netcase.core.store.StoreBackups.Backup;
import org.netcase.core.tests.FixedClock;
import org.netcase.model.Network;

class BackupsAndMigrationTest {

	private static final Instant MONDAY = Instant.parse("2036-11-24T08:00:00Z");

	@TempDir
	Path folder;

	@Test
	void openingTakesADailyBackupAndKeepsTheNewestFive() throws Exception {
		Path file = folder.resolve("network.netcase");
		Network sample = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);
		SqliteNetworkStore.create(file, sample).close();
		int before = StoreBackups.list(file).size();

		for (int day = 1; day <= 7; day++) {
			NetworkSession.open(SqliteNetworkStore.open(file, at(MONDAY.plus(Duration.ofDays(day))))).dispose();
			NetworkSession.open(SqliteNetworkStore.open(file, at(MONDAY.plus(Duration.ofDays(day)).plusSeconds(60))))
					.dispose();
		}

		List<Backup> backups = StoreBackups.list(file);
		assertThat(before).isEqualTo(1);
		assertThat(backups).hasSize(StoreBackups.KEPT);
		assertThat(backups.get(0).taken()).isEqualTo(MONDAY.plus(Duration.ofDays(7)));
		assertThat(backups).allSatisfy(backup -> assertThat(backup.file().getParent()).isEqualTo(StoreBackups.folderOf(file)));
		// Copied while the network was open: a whole database all the same.
		assertThat(EcoreUtil.equals(sample, SqliteNetworkStoreTest.load(backups.get(0).file()))).isTrue();
	}

	@Test
	void restoringABackupBringsBackItsStateAndKeepsTheReplacedFile() throws Exception {
		Path file = folder.resolve("network.netcase");
		Network sample = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);
		SqliteNetworkStore.create(file, sample).close();
		Backup backup = StoreBackups.list(file).get(0);
		Files.writeString(file, "overwritten by accident");

		Path replaced = StoreBackups.restore(file, backup, at(MONDAY));

		assertThat(replaced).hasContent("overwritten by accident");
		assertThat(EcoreUtil.equals(sample, SqliteNetworkStoreTest.load(file))).isTrue();
	}

	@Test
	void aVersionZeroFileIsUpgradedAfterABackup() throws Exception {
		Path file = folder.resolve("old.netcase");
		Network sample = SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON);
		SqliteNetworkStore.create(file, sample).close();
		deleteBackups(file);
		// Version 0 stored the rows without a per-object version, and every value in data.
		StoreFiles.sql(file, "CREATE TABLE objects0 AS SELECT id, class, container, feature, position,"
				+ " json_patch(data, coalesce(deferred, '{}')) AS data FROM objects",
				"DROP TABLE objects", "ALTER TABLE objects0 RENAME TO objects", "UPDATE netcase_schema SET version = 0");

		Network loaded = SqliteNetworkStoreTest.load(file);

		assertThat(EcoreUtil.equals(sample, loaded)).isTrue();
		assertThat(StoreBackups.list(file)).hasSize(1);
		assertThat(StoreFiles.number(file, "SELECT version FROM netcase_schema")).isEqualTo(2);
		assertThat(StoreFiles.number(file, "SELECT min(version) FROM objects")).isEqualTo(1);
	}

	private static void deleteBackups(Path file) throws Exception {
		for (Backup backup : StoreBackups.list(file)) {
			Files.delete(backup.file());
		}
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}
}
