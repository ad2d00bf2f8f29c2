package org.netcase.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Puts each object read into its container's list, at its stored position. A container is almost
 * always read before what it contains, so objects go into their lists while reading goes on, in
 * reading order; a list whose positions came out of order is put in order at the end, and objects
 * read before their container are placed then too.
 */
final class Placements {

	private final IdIndex objectsById;
	private final Map<EObject, Map<String, Slot>> slots = new IdentityHashMap<>();
	/** The previous placement's container and list: rows of one list come together. */
	private byte[] lastContainerId = {};
	private EObject lastContainer;
	private Slot lastSlot;

	private final IdList waitingContainers = new IdList(16);
	private final List<EObject> waitingChildren = new ArrayList<>();
	private final List<String> waitingFeatures = new ArrayList<>();
	private double[] waitingPositions = new double[16];

	Placements(IdIndex objectsById) {
		this.objectsById = objectsById;
	}

	/** @param row holds the container's id between start and end */
	void add(EObject child, byte[] row, int start, int end, String feature, double position) {
		EObject container = containerOf(row, start, end);
		if (container == null) {
			waitFor(child, row, start, end, feature, position);
		} else {
			slotOf(container, feature).add(child, position);
		}
	}

	/** Places the objects read before their container and puts every list in position order. */
	void finish() {
		for (int i = 0; i < waitingChildren.size(); i++) {
			EObject container = waitingContainers.find(objectsById, i);
			if (container != null) {
				slotOf(container, waitingFeatures.get(i)).add(waitingChildren.get(i), waitingPositions[i]);
			}
		}
		slots.values().forEach(byFeature -> byFeature.values().forEach(Slot::sort));
	}

	private EObject containerOf(byte[] row, int start, int end) {
		if (!Arrays.equals(row, start, end, lastContainerId, 0, lastContainerId.length)) {
			EObject container = objectsById.get(row, start, end);
			if (container == null) {
				return null;
			}
			lastContainerId = Arrays.copyOfRange(row, start, end);
			lastContainer = container;
			lastSlot = null;
		}
		return lastContainer;
	}

	private Slot slotOf(EObject container, String feature) {
		if (lastSlot != null && lastSlot.container == container && lastSlot.feature.equals(feature)) {
			return lastSlot;
		}
		lastSlot = slots.computeIfAbsent(container, key -> new HashMap<>()).computeIfAbsent(feature,
				name -> new Slot(container, name));
		return lastSlot;
	}

	private void waitFor(EObject child, byte[] row, int start, int end, String feature, double position) {
		int index = waitingChildren.size();
		if (index == waitingPositions.length) {
			waitingPositions = Arrays.copyOf(waitingPositions, index * 2);
		}
		waitingContainers.add(row, start, end);
		waitingChildren.add(child);
		waitingFeatures.add(feature);
		waitingPositions[index] = position;
	}

	/** One containment list (or single containment) of one container, and its children's positions. */
	private static final class Slot {
		private final EObject container;
		private final String feature;
		private final EReference reference;
		private final InternalEList<EObject> list;
		private double[] positions = new double[8];
		private int size;
		private boolean inOrder = true;

		Slot(EObject container, String feature) {
			this.container = container;
			this.feature = feature;
			EStructuralFeature stored = container.eClass().getEStructuralFeature(feature);
			this.reference = stored instanceof EReference containment && containment.isContainment() ? containment
					: null;
			this.list = reference != null && reference.isMany() ? listOf(container, reference) : null;
		}

		void add(EObject child, double position) {
			if (reference == null) {
				return; // the class no longer has this list: the object is dropped, as before
			}
			if (!reference.isMany()) {
				if (size == 0 || position < positions[0]) {
					container.eSet(reference, child);
					positions[0] = position;
					size = 1;
				}
				return;
			}
			if (size == positions.length) {
				positions = Arrays.copyOf(positions, size * 2);
			}
			inOrder &= size == 0 || positions[size - 1] <= position;
			positions[size++] = position;
			list.addUnique(child);
		}

		/**
		 * Reorders the children by position without notifications or containment changes, by
		 * permuting the list's backing array (every EMF containment list, generated or dynamic, is a
		 * BasicEList), where moving them one by one would be quadratic in a long list.
		 */
		void sort() {
			if (inOrder) {
				return;
			}
			Integer[] order = new Integer[size];
			Arrays.setAll(order, index -> index);
			Arrays.sort(order, Comparator.comparingDouble(index -> positions[index]));
			Object[] sorted = new Object[size];
			for (int i = 0; i < size; i++) {
				sorted[i] = list.basicGet(order[i]);
			}
			System.arraycopy(sorted, 0, ((BasicEList<?>) list).data(), 0, size);
		}

		@SuppressWarnings("unchecked")
		private static InternalEList<EObject> listOf(EObject container, EReference reference) {
			return (InternalEList<EObject>) container.eGet(reference);
		}
	}
}
