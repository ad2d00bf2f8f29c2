package org.netcase.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Sets attributes at once and keeps references by id until every object exists, compactly: a large
 * network has a million of them. A many reference with a many opposite may be partly filled from
 * the other side first; it is then reordered.
 */
final class PendingReferences {

	private EObject[] owners = new EObject[1024];
	private EReference[] features = new EReference[1024];
	/** Where each reference's targets start among the ids, and how many (0 for a null single reference). */
	private int[] firsts = new int[1024];
	private int[] counts = new int[1024];
	private int size;
	private final IdList targetIds = new IdList(4096);

	RowDecoder.Sink settingValuesOf(EObject object) {
		return new RowDecoder.Sink() {
			@Override
			public void attribute(EAttribute attribute, Object value) {
				object.eSet(attribute, value);
			}

			@Override
			public void attributes(EAttribute attribute, List<Object> values) {
				@SuppressWarnings("unchecked")
				InternalEList<Object> list = (InternalEList<Object>) object.eGet(attribute);
				list.addAllUnique(values);
			}

			@Override
			public void references(EReference reference, byte[] ids, int[] bounds, int count) {
				add(object, reference, ids, bounds, count);
			}
		};
	}

	private void add(EObject owner, EReference reference, byte[] ids, int[] bounds, int count) {
		if (size == owners.length) {
			owners = Arrays.copyOf(owners, size * 2);
			features = Arrays.copyOf(features, size * 2);
			firsts = Arrays.copyOf(firsts, size * 2);
			counts = Arrays.copyOf(counts, size * 2);
		}
		owners[size] = owner;
		features[size] = reference;
		firsts[size] = targetIds.size();
		counts[size] = count;
		size++;
		for (int i = 0; i < count; i++) {
			targetIds.add(ids, bounds[2 * i], bounds[2 * i + 1]);
		}
	}

	void resolve(IdIndex index) {
		for (int i = 0; i < size; i++) {
			EReference reference = features[i];
			if (reference.isMany()) {
				List<EObject> targets = new ArrayList<>(counts[i]);
				for (int id = firsts[i]; id < firsts[i] + counts[i]; id++) {
					EObject target = targetIds.find(index, id);
					if (target != null) {
						targets.add(target);
					}
				}
				@SuppressWarnings("unchecked")
				InternalEList<EObject> list = (InternalEList<EObject>) owners[i].eGet(reference);
				if (list.isEmpty()) {
					// Skips the uniqueness scan, which is quadratic in large lists; the ids are unique.
					list.addAllUnique(targets);
				} else {
					ECollections.setEList(list, targets);
				}
			} else {
				owners[i].eSet(reference, counts[i] == 0 ? null : targetIds.find(index, firsts[i]));
			}
			owners[i] = null;
		}
		size = 0;
		targetIds.clear();
	}
}
