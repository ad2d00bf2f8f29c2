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
	public static String Store_notFound;
	public static String Store_alreadyExists;
	public static String Store_notADatabase;
	public static String Store_notNetcase;
	public static String Store_newerVersion;
	public static String Store_corrupt;
	public static String Store_truncated;
	public static String Store_noNetwork;
	public static String Store_inUse;
	public static String Store_unknownModel;
	public static String Store_readFailed;
	public static String Store_createFailed;
	public static String Store_commitFailed;
	public static String Store_backupFailed;
	public static String Xmi_exportFailed;
	public static String Xmi_importFailed;
	public static String Xmi_malformed;
	public static String Xmi_noNetwork;
	public static String Xmi_exporting;
	public static String Xmi_importing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
