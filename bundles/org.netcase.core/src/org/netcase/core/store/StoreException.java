package org.netcase.core.store;

/**
 * A store could not do what was asked. The message is written for the user: it says what happened
 * to which file and what to do next; {@link #reason()} lets the workbench choose its dialog.
 */
public final class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why the store failed. */
	public enum Reason {
		/** The file does not exist. */
		NOT_FOUND,
		/** A new network would overwrite an existing file. */
		ALREADY_EXISTS,
		/** The file is not a database at all (another kind of file, or empty). */
		NOT_A_DATABASE,
		/** The file is an SQLite database of another program. */
		NOT_NETCASE,
		/** The file was written by a newer Netcase. */
		NEWER_VERSION,
		/** The file is truncated or damaged. */
		CORRUPT,
		/** Another Netcase window or program has the file open. */
		IN_USE,
		/** The file holds objects of a model no installed plug-in provides. */
		UNKNOWN_MODEL,
		/** Reading or writing failed, for example because the disk is full. */
		FAILED
	}

	private final Reason reason;

	public StoreException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public StoreException(Reason reason, String message) {
		this(reason, message, null);
	}

	public Reason reason() {
		return reason;
	}
}
