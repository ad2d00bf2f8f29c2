package org.netcase.core.tests.crash;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * A plain JVM, outside OSGi, running a main class of this bundle with the bundles it needs on the
 * class path, as a second Netcase process would: the test can kill it or let it hold a file.
 */
final class SeparateJvm implements AutoCloseable {

	private static final List<String> BUNDLES = List.of("org.netcase.model", "org.netcase.model.edit",
			"org.netcase.core", "org.netcase.core.tests", "org.eclipse.emf.common", "org.eclipse.emf.ecore",
			"org.eclipse.emf.ecore.xmi", "org.eclipse.emf.ecore.change", "org.eclipse.emf.edit",
			"org.xerial.sqlite-jdbc", "org.eclipse.osgi", "org.eclipse.equinox.common", "org.eclipse.equinox.registry",
			"org.eclipse.core.runtime");

	private final Process process;
	private final Path output;

	private SeparateJvm(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/**
	 * Starts the main class. Its standard output goes to a file in {@code outputFolder} rather than a
	 * pipe: everything the process wrote before it was killed is then there, while a pipe that the JDK
	 * drains when the process dies was seen to lose the last lines.
	 */
	static SeparateJvm start(Path outputFolder, Class<?> mainClass, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElseThrow());
		command.add("--enable-native-access=ALL-UNNAMED");
		command.add("-cp");
		command.add(classPath());
		command.add(mainClass.getName());
		command.addAll(List.of(arguments));
		Path output = Files.createTempFile(outputFolder, mainClass.getSimpleName(), ".out");
		Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		return new SeparateJvm(process, output);
	}

	/** The lines the process completed so far; a line cut off by a kill does not count. */
	List<String> lines() throws IOException {
		String text = Files.readString(output, StandardCharsets.UTF_8);
		int end = text.lastIndexOf('\n');
		return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
	}

	/** Waits until the process printed a line starting with {@code prefix}; false when it ended first. */
	boolean awaitLine(String prefix, long timeoutMillis) throws InterruptedException, IOException {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (System.currentTimeMillis() < deadline) {
			if (lines().stream().anyMatch(line -> line.startsWith(prefix))) {
				return true;
			}
			if (!process.isAlive()) {
				return lines().stream().anyMatch(line -> line.startsWith(prefix));
			}
			Thread.sleep(5);
		}
		return false;
	}

	/** SIGKILL on Linux: no shutdown hook, no finally block, no flush runs in the process. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	private static String classPath() {
		List<String> entries = new ArrayList<>();
		for (String name : BUNDLES) {
			Bundle bundle = Platform.getBundle(name);
			if (bundle == null) {
				continue; // optional at run time, such as emf.ecore.change
			}
			File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
			if (location.isDirectory()) {
				for (String output : List.of("target/classes", "bin")) {
					Path classes = location.toPath().resolve(output);
					if (classes.toFile().isDirectory()) {
						entries.add(classes.toString());
					}
				}
			}
			entries.add(location.toString());
		}
		return String.join(File.pathSeparator, entries);
	}
}
