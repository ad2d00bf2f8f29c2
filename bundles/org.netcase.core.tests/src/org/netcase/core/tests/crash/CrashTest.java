package org.netcase.core.tests.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netcase.core.sample.SampleCaseStudy;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.store.StoreException;
import org.netcase.core.tests.FixedClock;
import org.netcase.model.Network;
import org.netcase.model.storage.DeferredValueLoader;

/**
 * The proof that nothing reported saved is lost: a separate JVM edits a network file in a burst and
 * is killed with SIGKILL at random moments, again and again on the same file. After every kill the
 * file must open and hold exactly the edits the process reported committed; only the one edit whose
 * commit returned just before the kill, before its report, may be there too.
 */
class CrashTest {

	private static final int RUNS = 16;
	private static final int EDITS_PER_RUN = 100_000;

	@TempDir
	Path folder;

	@Test
	void afterEveryKillTheFileHoldsExactlyTheReportedEdits() throws Exception {
		Path file = folder.resolve("network.netcase");
		SqliteNetworkStore.create(file, SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON)).close();
		Network expected = load(file);
		Random random = new Random(20261125);
		int reportedInAll = 0;
		for (int run = 1; run <= RUNS; run++) {
			long seed = random.nextLong();
			int reported;
			try (SeparateJvm burst = SeparateJvm.start(folder, EditBurst.class, file.toString(), Long.toString(seed),
					Integer.toString(EDITS_PER_RUN))) {
				boolean killWhileOpening = run % 5 == 0;
				if (!killWhileOpening) {
					assertThat(burst.awaitLine("OPEN", 30_000)).as("the burst opened the file").isTrue();
				}
				Thread.sleep(killWhileOpening ? random.nextInt(400) : 50 + random.nextInt(500));
				burst.kill();
				assertThat(burst.lines()).noneMatch(line -> line.startsWith("FAILED"));
				reported = reportedEdits(burst.lines());
			}
			expected = matchDisk(file, expected, seed, reported);
			reportedInAll += reported;
		}
		assertThat(reportedInAll).as("edits reported over all runs").isGreaterThan(RUNS * 20);
	}

	/** @return the network on disk, after checking it is the replay of the reported edits (or one more) */
	private static Network matchDisk(Path file, Network before, long seed, int reported) throws StoreException {
		Network onDisk = load(file);
		NetworkSession replay = NetworkSession.open(EcoreUtil.copy(before));
		try {
			BurstEdits edits = new BurstEdits(replay, seed);
			for (int number = 1; number <= reported; number++) {
				edits.apply(number);
			}
			if (EcoreUtil.equals(replay.network(), onDisk)) {
				return onDisk;
			}
			// Killed after the commit of the next edit returned but before its report was printed.
			edits.apply(reported + 1);
			assertThat(EcoreUtil.equals(replay.network(), onDisk))
					.as("the file holds the %d reported edits of burst %d, or one more", reported, seed).isTrue();
			return onDisk;
		} finally {
			replay.dispose();
		}
	}

	@Test
	void aSecondProcessIsToldTheFileIsInUseAndChangesNothing() throws Exception {
		Path file = folder.resolve("network.netcase");
		SqliteNetworkStore.create(file, SampleCaseStudy.create(FixedClock.WEDNESDAY_NOON)).close();
		try (SeparateJvm holder = SeparateJvm.start(folder, HoldStore.class, file.toString())) {
			assertThat(holder.awaitLine("OPEN", 30_000)).isTrue();

			StoreException failure = catchThrowableOfType(StoreException.class, () -> SqliteNetworkStore.open(file));

			assertThat(failure.reason()).isEqualTo(StoreException.Reason.IN_USE);
			assertThat(failure.getMessage()).contains(file.toString()).contains("open in another Netcase");
		}
		load(file); // free again once the other process is gone
	}

	private static int reportedEdits(List<String> lines) {
		int reported = 0;
		for (String line : lines) {
			if (line.startsWith("COMMITTED ")) {
				reported = Integer.parseInt(line.substring("COMMITTED ".length()));
			}
		}
		return reported;
	}

	private static Network load(Path file) throws StoreException {
		try (SqliteNetworkStore store = SqliteNetworkStore.open(file)) {
			Network network = store.load();
			// Email bodies are read when first asked for; the network outlives its store here.
			DeferredValueLoader.loadAll(network);
			return network;
		}
	}
}
