package org.netcase.core.internal;

import org.eclipse.osgi.util.NLS;

/** The texts core shows to users and writes to the error log. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.netcase.core.internal.messages"; //$NON-NLS-1$

	public static String Contribution_skipped;
	public static String Contribution_missingAttribute;
	public static String Contribution_notAPositiveNumber;
	public static String Contribution_duplicateId;
	public static String Report_cannotCreate;
	public static String Report_computeFailed;
	public static String ReportValue_share;
	public static String ReportValue_quantity;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
