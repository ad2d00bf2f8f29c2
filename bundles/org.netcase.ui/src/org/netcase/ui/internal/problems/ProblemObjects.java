package org.netcase.ui.internal.problems;

import java.util.Objects;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * Offers the workbench the objects the selected problems are about rather than the problems,
 * so the Properties view shows the contact or organization to fix.
 */
final class ProblemObjects implements ISelectionProvider {

	private final StructuredViewer problems;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

	ProblemObjects(StructuredViewer problems) {
		this.problems = problems;
		problems.addSelectionChangedListener(event -> {
			SelectionChangedEvent objects = new SelectionChangedEvent(this, getSelection());
			listeners.forEach(listener -> listener.selectionChanged(objects));
		});
	}

	@Override
	public ISelection getSelection() {
		IStructuredSelection selected = problems.getStructuredSelection();
		return new StructuredSelection(selected.stream().map(problem -> ((Problem) problem).object())
				.filter(Objects::nonNull).distinct().toList());
	}

	@Override
	public void setSelection(ISelection selection) {
		// Problems are chosen by the user only; nothing selects them from outside.
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
