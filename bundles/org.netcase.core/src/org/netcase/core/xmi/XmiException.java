package org.netcase.core.xmi;

/** An XMI export or import failed; the message is written for the user and names the file. */
public final class XmiException extends Exception {

	private static final long serialVersionUID = 1L;

	public XmiException(String message, Throwable cause) {
		super(message, cause);
	}
}
