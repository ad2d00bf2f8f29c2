package org.netcase.core.tests.crash;

import java.nio.file.Path;

import org.netcase.core.store.SqliteNetworkStore;

/** Runs in its own JVM: opens a network file, prints OPEN and keeps it open until killed. */
public final class HoldStore {

	private HoldStore() {
	}

	public static void main(String[] arguments) throws Exception {
		try (SqliteNetworkStore store = SqliteNetworkStore.open(Path.of(arguments[0]))) {
			System.out.println("OPEN");
		System.out.flush();
			Thread.sleep(60_000);
		}
	}
}
