package org.netcase.ui.internal.views;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.netcase.model.Interaction;
import org.netcase.model.NetcasePackage;

/** Every outreach attempt: to whom, what, when it was sent, and whether and when they replied. */
public final class OutreachView extends NetworkTableView<Interaction> {

	public static final String ID = "org.netcase.ui.views.outreach"; //$NON-NLS-1$

	@Override
	public EReference listFeature() {
		return NetcasePackage.Literals.NETWORK__INTERACTIONS;
	}

	@Override
	protected List<ColumnSpec<Interaction>> columns() {
		return List.of(
				ColumnSpec.text(Messages.columnContact, 150, i -> i.getContact() == null ? "" : i.getContact().getName()), //$NON-NLS-1$
				ColumnSpec.text(Messages.columnSubject, 230, i -> Formats.text(i.getSubject())),
				ColumnSpec.text(Messages.columnChannel, 70, i -> Formats.literal(i.getChannel())),
				ColumnSpec.text(Messages.columnStatus, 80, i -> Formats.literal(i.getStatus())),
				ColumnSpec.date(Messages.columnSent, 95, Interaction::getSentAt),
				ColumnSpec.date(Messages.columnReplied, 95, Interaction::getRepliedAt),
				ColumnSpec.number(Messages.columnDaysWaiting, 90, Interaction::getDaysWaiting, OutreachView::daysWaiting),
				ColumnSpec.text(Messages.columnExperiment, 150, i -> i.getExperiment() == null ? "" : Formats.text(i.getExperiment().getName()))); //$NON-NLS-1$
	}

	private static String daysWaiting(Interaction attempt) {
		int days = attempt.getDaysWaiting();
		return days < 0 ? "" : Integer.toString(days); //$NON-NLS-1$
	}

	@Override
	protected String filterHint() {
		return Messages.outreachFilter;
	}

	@Override
	protected String rowNoun() {
		return Messages.outreachNoun;
	}
}
