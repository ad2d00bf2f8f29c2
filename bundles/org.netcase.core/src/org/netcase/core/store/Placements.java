package org.netcase.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Where each object read goes: its container's list, at its stored position. Containers are known by
 * id until every object exists; each list is then filled at once, in position order.
 */
final class Placements {

	private EObject[] children;
	private final IdList containers;
	private String[] features;
	private double[] positions;
	private int size;

	Placements(int expected) {
		int capacity = Math.max(16, expected);
		children = new EObject[capacity];
		containers = new IdList(capacity);
		features = new String[capacity];
		positions = new double[capacity];
	}

	/** @param row holds the container's id between start and end */
	void add(EObject child, byte[] row, int start, int end, String feature, double position) {
		if (size == children.length) {
			grow();
		}
		children[size] = child;
		containers.add(row, start, end);
		features[size] = feature;
		positions[size] = position;
		size++;
	}

	void placeAll(IdIndex objectsById) {
		Map<EObject, Map<String, Indexes>> byContainer = new IdentityHashMap<>();
		for (int i = 0; i < size; i++) {
			EObject container = containers.find(objectsById, i);
			if (container != null) {
				byContainer.computeIfAbsent(container, key -> new HashMap<>())
						.computeIfAbsent(features[i], key -> new Indexes()).add(i);
			}
		}
		byContainer.forEach((container, byFeature) -> byFeature.forEach((name, indexes) -> place(container, name,
				indexes)));
	}

	private void place(EObject container, String name, Indexes indexes) {
		EStructuralFeature feature = container.eClass().getEStructuralFeature(name);
		if (!(feature instanceof EReference reference) || !reference.isContainment()) {
			return;
		}
		int[] order = indexes.sortedBy(positions);
		if (reference.isMany()) {
			List<EObject> contents = new ArrayList<>(order.length);
			for (int index : order) {
				contents.add(children[index]);
			}
			@SuppressWarnings("unchecked")
			InternalEList<EObject> list = (InternalEList<EObject>) container.eGet(reference);
			list.addAllUnique(contents);
		} else {
			container.eSet(reference, children[order[0]]);
		}
	}

	private void grow() {
		int capacity = size * 2;
		children = Arrays.copyOf(children, capacity);
		features = Arrays.copyOf(features, capacity);
		positions = Arrays.copyOf(positions, capacity);
	}

	/** The placements of one list, in reading order: mostly stored order already. */
	private static final class Indexes {
		private int[] values = new int[8];
		private int size;

		void add(int index) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = index;
		}

		int[] sortedBy(double[] positions) {
			int[] sorted = Arrays.copyOf(values, size);
			for (int i = 1; i < sorted.length; i++) {
				if (positions[sorted[i - 1]] > positions[sorted[i]]) {
					Integer[] boxed = Arrays.stream(sorted).boxed().toArray(Integer[]::new);
					Arrays.sort(boxed, (a, b) -> Double.compare(positions[a], positions[b]));
					return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
				}
			}
			return sorted;
		}
	}
}
