package org.netcase.store.benchmark;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.netcase.core.sample.SyntheticNetwork;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.store.SqliteNetworkStore;
import org.netcase.core.xmi.NetworkXmi;
import org.netcase.model.Contact;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Network;

/**
 * How the SQLite store performs at power-user scale (100,000 contacts, 10,000 organizations,
 * 1,000,000 interactions by default), against the same network as XMI loaded by EMF with its
 * performance load options: time from open to a usable network, heap after open, file size, and
 * the latency of committing one edit on a large and on a small network. Prints figures with their
 * targets; asserts nothing about time, since a shared 2-core machine is no stopwatch.
 */
class StoreBenchmark {

	private static final int CONTACTS = Integer.getInteger("netcase.benchmark.contacts", 100_000);
	private static final int ORGANIZATIONS = Integer.getInteger("netcase.benchmark.organizations", 10_000);
	private static final int INTERACTIONS = Integer.getInteger("netcase.benchmark.interactions", 1_000_000);
	private static final long SEED = 1;
	/** A fixed instant, so every run measures the same content. */
	private static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
	private static final int LOAD_RUNS = 3;
	/** Commits before measuring, so neither network pays for JIT compilation in its figures. */
	private static final int WARMUP_EDITS = 30;
	private static final int MEASURED_EDITS = 300;

	private static final double OPEN_RATIO_TARGET = 0.4;
	private static final double COMMIT_RATIO_TARGET = 1.5;
	private static final long HEAP_TARGET_MB = 1024;

	private final List<String> report = new ArrayList<>();

	@Test
	void measureStoreAgainstXmi() throws Exception {
		Path folder = Files.createTempDirectory("netcase-store-benchmark");
		try {
			Path xmi = folder.resolve("network.xmi");
			Path big = folder.resolve("big/network." + SqliteNetworkStore.EXTENSION);
			writeFiles(xmi, big);
			Measurement xmiLoad = measureXmiLoad(xmi);
			measureStore(big, xmiLoad);
		} finally {
			deleteRecursively(folder);
		}
		System.out.println("\n=== Netcase store benchmark (" + CONTACTS + " contacts, " + ORGANIZATIONS
				+ " organizations, " + INTERACTIONS + " interactions; loads: medians of " + LOAD_RUNS + " runs) ===");
		report.forEach(System.out::println);
		System.out.println("=== end ===\n");
	}

	/** Generates the network once and writes it both ways; the generated objects are dropped afterwards. */
	private void writeFiles(Path xmi, Path store) throws Exception {
		long start = System.nanoTime();
		Network network = SyntheticNetwork.generate(CONTACTS, ORGANIZATIONS, INTERACTIONS, SEED, NOW);
		report.add(String.format("generate network: %.1f s (setup)", secondsSince(start)));

		start = System.nanoTime();
		NetworkXmi.exportNetwork(network, xmi, new NullProgressMonitor());
		report.add(String.format("XMI file: %d MB (export %.1f s)", megabytes(Files.size(xmi)), secondsSince(start)));

		start = System.nanoTime();
		SqliteNetworkStore.create(store, network).close();
		report.add(String.format("SQLite file: %d MB (create %.1f s, including its first backup)",
				megabytes(Files.size(store)), secondsSince(start)));
	}

	/** The baseline: EMF's XMI load with deferred IDREFs, parser pool, name map and intrinsic-ID map. */
	private Measurement measureXmiLoad(Path xmi) throws Exception {
		Measurement measurement = new Measurement(LOAD_RUNS);
		for (int run = 0; run < LOAD_RUNS; run++) {
			collectGarbage();
			long start = System.nanoTime();
			Network network = NetworkXmi.importNetwork(xmi, new NullProgressMonitor());
			measurement.record(run, secondsSince(start), usedHeapMegabytes(network));
		}
		report.add(String.format("tuned XMI load (baseline): %.1f s, heap after load %d MB", measurement.seconds(),
				measurement.heapMegabytes()));
		return measurement;
	}

	private void measureStore(Path big, Measurement xmiLoad) throws Exception {
		NetworkSession session = null;
		Measurement open = new Measurement(LOAD_RUNS);
		for (int run = 0; run < LOAD_RUNS; run++) {
			if (session != null) {
				session.dispose();
				session = null;
			}
			collectGarbage();
			long start = System.nanoTime();
			session = NetworkSession.open(SqliteNetworkStore.open(big));
			open.record(run, secondsSince(start), usedHeapMegabytes(session.network()));
		}
		double openRatio = open.seconds() / xmiLoad.seconds();
		report.add(String.format("open to a usable network (store open + session): %.1f s", open.seconds()));
		report.add(String.format("  open / tuned XMI load: %.2f (target <= %.1f: %s)", openRatio, OPEN_RATIO_TARGET,
				verdict(openRatio <= OPEN_RATIO_TARGET)));
		report.add(String.format("  heap after open: %d MB (target < %d MB: %s)", open.heapMegabytes(), HEAP_TARGET_MB,
				verdict(open.heapMegabytes() < HEAP_TARGET_MB)));

		long[] bigLatencies;
		try {
			bigLatencies = measureCommits(session);
		} finally {
			session.dispose();
		}
		long[] smallLatencies = measureSmallNetworkCommits(big.getParent().resolveSibling("small"));
		reportCommits(bigLatencies, smallLatencies);
	}

	private static long[] measureSmallNetworkCommits(Path folder) throws Exception {
		Network small = SyntheticNetwork.generate(100, 10, 1_000, SEED, NOW);
		Path file = folder.resolve("network." + SqliteNetworkStore.EXTENSION);
		SqliteNetworkStore.create(file, small).close();
		NetworkSession session = NetworkSession.open(SqliteNetworkStore.open(file));
		try {
			return measureCommits(session);
		} finally {
			session.dispose();
		}
	}

	/**
	 * Changes a random contact's business through the command stack, as the Properties view does;
	 * the stack commits to the store inside execute(), so its duration is the commit latency.
	 */
	private static long[] measureCommits(NetworkSession session) {
		List<Contact> contacts = session.network().getContacts();
		Random random = new Random(SEED);
		long[] nanos = new long[MEASURED_EDITS];
		for (int edit = -WARMUP_EDITS; edit < MEASURED_EDITS; edit++) {
			Contact contact = contacts.get(random.nextInt(contacts.size()));
			Command command = SetCommand.create(session.editingDomain(), contact,
					NetcasePackage.Literals.CONTACT__BUSINESS, "Benchmark business " + edit);
			long start = System.nanoTime();
			session.commandStack().execute(command);
			if (edit >= 0) {
				nanos[edit] = System.nanoTime() - start;
			}
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private void reportCommits(long[] big, long[] small) {
		report.add(String.format("commit one edit at %d interactions: median %.3f ms, p99 %.3f ms (%d edits)",
				INTERACTIONS, millis(percentile(big, 50)), millis(percentile(big, 99)), MEASURED_EDITS));
		report.add(String.format("commit one edit at 1000 interactions: median %.3f ms, p99 %.3f ms (%d edits)",
				millis(percentile(small, 50)), millis(percentile(small, 99)), MEASURED_EDITS));
		double medianRatio = (double) percentile(big, 50) / percentile(small, 50);
		double p99Ratio = (double) percentile(big, 99) / percentile(small, 99);
		report.add(String.format("  large / small median: %.2f (target <= %.1f: %s)", medianRatio,
				COMMIT_RATIO_TARGET, verdict(medianRatio <= COMMIT_RATIO_TARGET)));
		report.add(String.format("  large / small p99: %.2f (target <= %.1f: %s)", p99Ratio, COMMIT_RATIO_TARGET,
				verdict(p99Ratio <= COMMIT_RATIO_TARGET)));
	}

	/** Times and heap figures of repeated loads; each figure is reported as the median of the runs. */
	private static final class Measurement {

		private final double[] seconds;
		private final long[] heapMegabytes;

		Measurement(int runs) {
			seconds = new double[runs];
			heapMegabytes = new long[runs];
		}

		void record(int run, double runSeconds, long runHeapMegabytes) {
			seconds[run] = runSeconds;
			heapMegabytes[run] = runHeapMegabytes;
		}

		double seconds() {
			double[] sorted = seconds.clone();
			Arrays.sort(sorted);
			return sorted[sorted.length / 2];
		}

		long heapMegabytes() {
			long[] sorted = heapMegabytes.clone();
			Arrays.sort(sorted);
			return sorted[sorted.length / 2];
		}
	}

	/**
	 * The heap still in use while {@code loaded} is reachable: garbage from loading is collected
	 * first, so the figure is what the open network costs.
	 */
	private static long usedHeapMegabytes(Object loaded) {
		collectGarbage();
		Runtime runtime = Runtime.getRuntime();
		long used = runtime.totalMemory() - runtime.freeMemory();
		// Keeps the network reachable until the heap has been measured.
		Reference.reachabilityFence(loaded);
		return megabytes(used);
	}

	private static void collectGarbage() {
		System.gc();
		System.gc();
	}

	private static long percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)];
	}

	private static String verdict(boolean met) {
		return met ? "met" : "NOT met";
	}

	private static double secondsSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	private static long megabytes(long bytes) {
		return bytes / (1024 * 1024);
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
