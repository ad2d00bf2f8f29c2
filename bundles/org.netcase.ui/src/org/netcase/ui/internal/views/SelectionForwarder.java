package org.netcase.ui.internal.views;

import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * A view's selection provider for the workbench. A table view replaces its viewer when a filter
 * removes many rows, so the site keeps this stable provider and it follows the viewer of the
 * moment; a view whose rows stand for other objects (a problem for its contact) translates the
 * selection into those objects, so the Properties view shows what to edit.
 */
public final class SelectionForwarder implements IPostSelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
	private final ISelectionChangedListener forward = event -> fire(listeners, event);
	private final ISelectionChangedListener forwardPost = event -> fire(postListeners, event);
	private final UnaryOperator<ISelection> translate;
	private StructuredViewer viewer;

	public SelectionForwarder() {
		this(UnaryOperator.identity());
	}

	public SelectionForwarder(UnaryOperator<ISelection> translate) {
		this.translate = translate;
	}

	public void follow(StructuredViewer newViewer) {
		viewer = newViewer;
		viewer.addSelectionChangedListener(forward);
		viewer.addPostSelectionChangedListener(forwardPost);
	}

	private void fire(ListenerList<ISelectionChangedListener> targets, SelectionChangedEvent event) {
		SelectionChangedEvent ours = new SelectionChangedEvent(this, translate.apply(event.getSelection()));
		targets.forEach(listener -> listener.selectionChanged(ours));
	}

	@Override
	public ISelection getSelection() {
		return viewer == null || viewer.getControl().isDisposed() ? StructuredSelection.EMPTY
				: translate.apply(viewer.getSelection());
	}

	@Override
	public void setSelection(ISelection selection) {
		if (viewer != null) {
			viewer.setSelection(selection, true);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.add(listener);
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.remove(listener);
	}
}
