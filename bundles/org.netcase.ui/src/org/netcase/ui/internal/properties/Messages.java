package org.netcase.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

/** User-facing strings of the Properties view editors. */
final class Messages extends NLS {

	public static String invalidDate;
	public static String invalidValue;
	public static String expectWholeNumber;
	public static String expectNumber;
	public static String noValue;
	public static String chooseValues;

	static {
		NLS.initializeMessages("org.netcase.ui.internal.properties.messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
