package org.netcase.core.session;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.netcase.core.store.ChangeSet;
import org.netcase.model.Network;
import org.netcase.model.notify.NetworkChangeListener;
import org.netcase.model.notify.NetworkNotifier;

/**
 * Collects which objects of a network changed since the last commit, from the notifications of
 * every object in it, whoever made the change: a command, its undo or redo. Netcase objects report
 * to it as the network's {@link NetworkChangeListener}; it adapts only other objects in the network
 * (a plug-in's), as a content adapter does.
 */
final class ChangeTracker extends EContentAdapter implements NetworkChangeListener {

	private final Network network;
	private Set<EObject> placed = new LinkedHashSet<>();
	private Set<EObject> changed = new LinkedHashSet<>();
	private Set<EObject> detached = new LinkedHashSet<>();

	ChangeTracker(Network network) {
		this.network = network;
		network.eAdapters().add(this);
	}

	@Override
	protected void addAdapter(Notifier notifier) {
		if (!passContentsOn(notifier, this::addAdapter)) {
			super.addAdapter(notifier);
		}
	}

	@Override
	protected void removeAdapter(Notifier notifier) {
		if (!passContentsOn(notifier, this::removeAdapter)) {
			super.removeAdapter(notifier);
		}
	}

	/**
	 * A Netcase object reports to the tracker already, but what it contains may not: hands its
	 * contents to {@code action} instead.
	 *
	 * @return false when {@code notifier} needs the adapter itself
	 */
	private static boolean passContentsOn(Notifier notifier, Consumer<Notifier> action) {
		if (!(notifier instanceof NetworkNotifier && notifier instanceof EObject object)) {
			return false;
		}
		if (!object.eClass().getEAllContainments().isEmpty()) {
			object.eContents().forEach(action);
		}
		return true;
	}

	/** Hands over what changed so far and starts collecting afresh. */
	ChangeSet takeChanges() {
		ChangeSet changes = new ChangeSet(network, placed, changed, detached);
		forget();
		return changes;
	}

	/** Drops what was collected: memory and disk agree again. */
	void forget() {
		placed = new LinkedHashSet<>();
		changed = new LinkedHashSet<>();
		detached = new LinkedHashSet<>();
	}

	void dispose() {
		network.eAdapters().remove(this);
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || !(notification.getNotifier() instanceof EObject notifier)
				|| !(notification.getFeature() instanceof EStructuralFeature feature) || feature.isTransient()) {
			return;
		}
		if (feature instanceof EReference reference && reference.isContainment()) {
			containmentChanged(notification);
		} else {
			changed.add(notifier);
		}
	}

	private void containmentChanged(Notification notification) {
		switch (notification.getEventType()) {
		case Notification.SET, Notification.UNSET, Notification.ADD, Notification.ADD_MANY,
				Notification.REMOVE, Notification.REMOVE_MANY -> {
			each(notification.getOldValue(), this::detach);
			each(notification.getNewValue(), this::place);
		}
		case Notification.MOVE -> place(notification.getNewValue());
		default -> {
			// other events do not change where objects are
		}
		}
	}

	private void detach(Object value) {
		if (value instanceof EObject object) {
			detached.add(object);
		}
	}

	/** An object that gets a new place takes everything it contains with it. */
	private void place(Object value) {
		if (value instanceof EObject object) {
			placed.add(object);
			object.eAllContents().forEachRemaining(placed::add);
		}
	}

	private static void each(Object value, Consumer<Object> action) {
		if (value instanceof List<?> list) {
			list.forEach(action);
		} else if (value != null) {
			action.accept(value);
		}
	}
}
