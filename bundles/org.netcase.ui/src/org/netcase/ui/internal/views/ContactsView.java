package org.netcase.ui.internal.views;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.netcase.model.Contact;
import org.netcase.model.NetcasePackage;

/** The people of the network, with where each relationship stands and when they last heard from us. */
public final class ContactsView extends NetworkTableView<Contact> {

	public static final String ID = "org.netcase.ui.views.contacts"; //$NON-NLS-1$

	@Override
	public EReference listFeature() {
		return NetcasePackage.Literals.NETWORK__CONTACTS;
	}

	@Override
	protected List<ColumnSpec<Contact>> columns() {
		return List.of(
				ColumnSpec.text(Messages.columnName, 170, Contact::getName),
				ColumnSpec.text(Messages.columnBusiness, 170, c -> Formats.text(c.getBusiness())),
				ColumnSpec.text(Messages.columnRole, 110, c -> Formats.text(c.getRole())),
				ColumnSpec.text(Messages.columnArea, 110, c -> Formats.text(c.getArea())),
				ColumnSpec.text(Messages.columnStage, 100, c -> Formats.literal(c.getStage())),
				ColumnSpec.date(Messages.columnLastContacted, 110, Contact::getLastContacted),
				ColumnSpec.text(Messages.columnOrganization, 150,
						c -> c.getOrganization() == null ? "" : Formats.text(c.getOrganization().getName())), //$NON-NLS-1$
				ColumnSpec.text(Messages.columnEmail, 190, c -> Formats.first(c.getEmails())));
	}

	@Override
	protected String filterHint() {
		return Messages.contactsFilter;
	}

	@Override
	protected String rowNoun() {
		return Messages.contactsNoun;
	}
}
