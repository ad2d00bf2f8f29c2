package org.netcase.ui.internal.views;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.netcase.model.NetcasePackage;
import org.netcase.model.Opportunity;

/** Sponsorships, volunteering and memberships, with their stage and the next step to take. */
public final class OpportunitiesView extends NetworkTableView<Opportunity> {

	public static final String ID = "org.netcase.ui.views.opportunities"; //$NON-NLS-1$

	@Override
	public EReference listFeature() {
		return NetcasePackage.Literals.NETWORK__OPPORTUNITIES;
	}

	@Override
	protected List<ColumnSpec<Opportunity>> columns() {
		return List.of(
				ColumnSpec.text(Messages.columnTitle, 200, o -> Formats.text(o.getTitle())),
				ColumnSpec.text(Messages.columnOrganization, 160,
						o -> o.getOrganization() == null ? "" : Formats.text(o.getOrganization().getName())), //$NON-NLS-1$
				ColumnSpec.text(Messages.columnKind, 95, o -> Formats.literal(o.getKind())),
				ColumnSpec.text(Messages.columnStage, 85, o -> Formats.literal(o.getStage())),
				ColumnSpec.date(Messages.columnEvent, 95, Opportunity::getEventDate),
				ColumnSpec.text(Messages.columnNextStep, 180, o -> Formats.text(o.getNextStep())),
				ColumnSpec.date(Messages.columnDue, 95, Opportunity::getNextStepDue));
	}

	@Override
	protected String filterHint() {
		return Messages.opportunitiesFilter;
	}

	@Override
	protected String rowNoun() {
		return Messages.opportunitiesNoun;
	}
}
