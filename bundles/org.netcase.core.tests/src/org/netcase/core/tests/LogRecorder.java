package org.netcase.core.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/** Records what the platform log receives while it is open, so tests can check what was logged. */
public final class LogRecorder implements ILogListener, AutoCloseable {

	private final List<IStatus> statuses = new CopyOnWriteArrayList<>();

	public LogRecorder() {
		Platform.addLogListener(this);
	}

	@Override
	public void logging(IStatus status, String plugin) {
		statuses.add(status);
	}

	public List<String> messages() {
		return statuses.stream().map(IStatus::getMessage).toList();
	}

	@Override
	public void close() {
		Platform.removeLogListener(this);
	}
}
