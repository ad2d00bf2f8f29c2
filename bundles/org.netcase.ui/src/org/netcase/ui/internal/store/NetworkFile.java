package org.netcase.ui.internal.store;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Where the user's network lives: the file named by {@code -network <file>} on the command line,
 * else the file chosen in the preferences (the last network opened or imported), else
 * {@code network.netcase} in the user's data folder ($XDG_DATA_HOME/netcase, normally
 * ~/.local/share/netcase).
 */
public final class NetworkFile {

	public static final String ARGUMENT = "-network"; //$NON-NLS-1$
	public static final String PREFERENCE = "networkFile"; //$NON-NLS-1$
	private static final String BUNDLE = "org.netcase.ui"; //$NON-NLS-1$

	private NetworkFile() {
	}

	public static Path resolve() {
		String[] arguments = Platform.getApplicationArgs();
		for (int i = 0; i + 1 < arguments.length; i++) {
			if (ARGUMENT.equals(arguments[i])) {
				return Path.of(arguments[i + 1]).toAbsolutePath();
			}
		}
		String chosen = preferences().get(PREFERENCE, ""); //$NON-NLS-1$
		return chosen.isBlank() ? defaultFile() : Path.of(chosen);
	}

	/** Makes {@code file} the network Netcase opens from the next start on. */
	public static void choose(Path file) {
		preferences().put(PREFERENCE, file.toAbsolutePath().toString());
	}

	static Path defaultFile() {
		String dataHome = System.getenv("XDG_DATA_HOME"); //$NON-NLS-1$
		Path base = dataHome == null || dataHome.isBlank()
				? Path.of(System.getProperty("user.home"), ".local", "share") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: Path.of(dataHome);
		return base.resolve("netcase").resolve("network.netcase"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(BUNDLE);
	}
}
