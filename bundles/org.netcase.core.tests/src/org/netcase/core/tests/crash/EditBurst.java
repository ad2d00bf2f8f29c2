package org.netcase.core.tests.crash;

import java.nio.file.Path;

import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.netcase.core.session.NetworkSession;
import org.netcase.core.store.SqliteNetworkStore;

/**
 * Runs in its own JVM, outside OSGi: opens a network file and applies a burst of edits, printing
 * {@code COMMITTED <n>} after edit n came back from its commit. {@link CrashTest} kills it.
 * <p>
 * Arguments: the file, the seed, the number of edits.
 */
public final class EditBurst {

	private EditBurst() {
	}

	public static void main(String[] arguments) throws Exception {
		Path file = Path.of(arguments[0]);
		long seed = Long.parseLong(arguments[1]);
		int count = Integer.parseInt(arguments[2]);
		// Outside OSGi, plugin.xml registrations (the model's package and its id-assigning factory) need this.
		EcorePlugin.ExtensionProcessor.process(null);
		NetworkSession session = NetworkSession.open(SqliteNetworkStore.open(file));
		session.addStoreFailureListener(failure -> {
			System.out.println("FAILED " + failure.getMessage());
			System.exit(2);
		});
		System.out.println("OPEN");
		System.out.flush();
		BurstEdits edits = new BurstEdits(session, seed);
		for (int number = 1; number <= count; number++) {
			edits.apply(number);
			System.out.println("COMMITTED " + number);
			System.out.flush();
		}
		session.dispose();
		System.out.println("DONE");
	}
}
