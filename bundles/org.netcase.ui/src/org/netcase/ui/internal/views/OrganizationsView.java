package org.netcase.ui.internal.views;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Organization;

/** Organizations the user would love to be part of, and how much. */
public final class OrganizationsView extends NetworkTableView<Organization> {

	public static final String ID = "org.netcase.ui.views.organizations"; //$NON-NLS-1$

	@Override
	public EReference listFeature() {
		return NetcasePackage.Literals.NETWORK__ORGANIZATIONS;
	}

	@Override
	protected List<ColumnSpec<Organization>> columns() {
		return List.of(
				ColumnSpec.text(Messages.columnName, 200, o -> Formats.text(o.getName())),
				ColumnSpec.text(Messages.columnKind, 100, o -> Formats.literal(o.getKind())),
				ColumnSpec.text(Messages.columnArea, 110, o -> Formats.text(o.getArea())),
				ColumnSpec.number(Messages.columnLove, 90, Organization::getLoveRating, o -> Formats.stars(o.getLoveRating())),
				ColumnSpec.number(Messages.columnPeople, 60, o -> o.getPeople().size(), o -> Integer.toString(o.getPeople().size())),
				ColumnSpec.text(Messages.columnWebsite, 200, o -> Formats.text(o.getWebsite())));
	}

	@Override
	protected String filterHint() {
		return Messages.organizationsFilter;
	}

	@Override
	protected String rowNoun() {
		return Messages.organizationsNoun;
	}
}
