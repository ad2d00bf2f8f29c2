package org.netcase.core.store;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one stage of reading a network on a thread of its own and hands its batches to the caller,
 * so that on two cores reading rows, decoding them, linking objects and checking the file overlap. A failure of the
 * stage reaches the caller at its next batch; a caller that gives up closes the pipe, which stops
 * the stage.
 */
final class BatchPipe<T> implements AutoCloseable {

	/** Produces all batches, handing each on; returns after the last. */
	@FunctionalInterface
	interface Stage<T> {
		void run(Consumer<T> hand) throws Exception;
	}

	private static final Object END = new Object();

	private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(16);
	private final Thread thread;
	private volatile boolean closed;

	BatchPipe(String name, Stage<T> stage) {
		thread = new Thread(() -> run(stage), name);
		thread.setDaemon(true);
		thread.start();
	}

	/** @return the next batch, or null after the last */
	@SuppressWarnings("unchecked")
	T next() throws SQLException, StoreException {
		Object batch;
		try {
			batch = batches.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("Interrupted while reading the network", e); //$NON-NLS-1$
		}
		if (batch == END) {
			return null;
		}
		if (batch instanceof Failure failure) {
			failure.rethrow();
		}
		return (T) batch;
	}

	/** Stops the stage, also when the caller gave up half-way, and waits for its thread to end. */
	@Override
	public void close() {
		closed = true;
		while (thread.isAlive()) {
			batches.clear();
			try {
				thread.join(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void run(Stage<T> stage) {
		try {
			stage.run(this::hand);
			offer(END);
		} catch (Stopped stopped) {
			// The caller closed the pipe: nobody waits for more.
		} catch (Exception | Error e) {
			offer(new Failure(e));
		}
	}

	private void hand(T batch) {
		offer(batch);
		if (closed) {
			throw new Stopped();
		}
	}

	private void offer(Object batch) {
		try {
			while (!closed && !batches.offer(batch, 10, TimeUnit.MILLISECONDS)) {
				// The caller is busy with earlier batches; wait unless it closed the pipe.
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Ends a stage whose caller closed the pipe. */
	private static final class Stopped extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Stopped() {
			super(null, null, false, false);
		}
	}

	private record Failure(Throwable cause) {
		void rethrow() throws SQLException, StoreException {
			switch (cause) {
			case SQLException sql -> throw sql;
			case StoreException store -> throw store;
			case RuntimeException runtime -> throw runtime;
			case Error error -> throw error;
			default -> throw new SQLException(cause.getMessage(), cause);
			}
		}
	}
}
