package org.netcase.core.internal;

/** One contribution to an extension point cannot be used; the message tells its author what to fix. */
public final class InvalidContributionException extends Exception {

	private static final long serialVersionUID = 1L;

	public InvalidContributionException(String whatToFix) {
		super(whatToFix);
	}
}
