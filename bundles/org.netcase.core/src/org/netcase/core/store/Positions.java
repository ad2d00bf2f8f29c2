package org.netcase.core.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Gives placed objects a position in their container's list. Positions are numbers between the
 * neighbours' positions, so adding or moving one object writes one row however long the list is;
 * only when the numbers between two neighbours run out is the whole list renumbered.
 */
final class Positions {

	/** The position a neighbour has on disk; null when it is not stored. */
	@FunctionalInterface
	interface Stored {
		Double positionOf(EObject object) throws SQLException;
	}

	/** Beyond this many placed objects in one list, one pass over the list beats searching each. */
	private static final int SCAN_THRESHOLD = 16;

	private Positions() {
	}

	/**
	 * @return a position for every placed object, plus new positions for unplaced objects whose list
	 *         had to be renumbered
	 */
	static Map<EObject, Double> assign(Collection<EObject> placed, Stored stored) throws SQLException {
		Map<EObject, Double> positions = new HashMap<>();
		for (Map.Entry<ListKey, List<EObject>> group : groupByList(placed).entrySet()) {
			ListKey key = group.getKey();
			if (key.container == null || !key.feature.isMany()) {
				group.getValue().forEach(object -> positions.put(object, 0.0));
			} else {
				assignInList((List<?>) key.container.eGet(key.feature, false), group.getValue(), stored, positions);
			}
		}
		return positions;
	}

	private static void assignInList(List<?> list, List<EObject> members, Stored stored,
			Map<EObject, Double> positions) throws SQLException {
		int[] indices = indicesOf(list, members);
		for (int start = 0; start < indices.length;) {
			int end = start;
			while (end + 1 < indices.length && indices[end + 1] == indices[end] + 1) {
				end++;
			}
			int first = indices[start];
			int last = indices[end];
			Double lower = first > 0 ? known((EObject) list.get(first - 1), positions, stored) : null;
			Double upper = last + 1 < list.size() ? known((EObject) list.get(last + 1), positions, stored) : null;
			if (!fillRun(list, first, last, lower, upper, positions)) {
				renumber(list, positions);
				return;
			}
			start = end + 1;
		}
	}

	/** @return false when no distinct numbers are left between the neighbours */
	private static boolean fillRun(List<?> list, int first, int last, Double lower, Double upper,
			Map<EObject, Double> positions) {
		if ((first > 0 && lower == null) || (last + 1 < list.size() && upper == null)) {
			return false; // a neighbour that is not stored: only renumbering makes the list whole again
		}
		int count = last - first + 1;
		double from;
		double step;
		if (lower == null && upper == null) {
			from = 0;
			step = 1;
		} else if (upper == null) {
			from = lower;
			step = 1;
		} else if (lower == null) {
			from = upper - count - 1;
			step = 1;
		} else {
			from = lower;
			step = (upper - lower) / (count + 1);
		}
		double previous = lower == null ? Double.NEGATIVE_INFINITY : lower;
		for (int i = 0; i < count; i++) {
			double position = from + step * (i + 1);
			if (!(position > previous) || (upper != null && !(position < upper))) {
				return false;
			}
			positions.put((EObject) list.get(first + i), position);
			previous = position;
		}
		return true;
	}

	private static void renumber(List<?> list, Map<EObject, Double> positions) {
		for (int i = 0; i < list.size(); i++) {
			positions.put((EObject) list.get(i), (double) (i + 1));
		}
	}

	private static Double known(EObject neighbour, Map<EObject, Double> positions, Stored stored)
			throws SQLException {
		Double position = positions.get(neighbour);
		return position != null ? position : stored.positionOf(neighbour);
	}

	private static int[] indicesOf(List<?> list, List<EObject> members) {
		int[] indices = new int[members.size()];
		if (members.size() <= SCAN_THRESHOLD) {
			for (int i = 0; i < indices.length; i++) {
				// New objects are mostly appended: searching from the end finds them at once.
				indices[i] = list.lastIndexOf(members.get(i));
			}
		} else {
			Set<EObject> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
			wanted.addAll(members);
			int found = 0;
			for (int i = 0; i < list.size() && found < indices.length; i++) {
				if (wanted.contains(list.get(i))) {
					indices[found++] = i;
				}
			}
		}
		Arrays.sort(indices);
		return indices;
	}

	private static Map<ListKey, List<EObject>> groupByList(Collection<EObject> placed) {
		Map<ListKey, List<EObject>> groups = new LinkedHashMap<>();
		for (EObject object : placed) {
			groups.computeIfAbsent(new ListKey(object.eContainer(), object.eContainingFeature()),
					key -> new ArrayList<>()).add(object);
		}
		return groups;
	}

	private record ListKey(EObject container, EStructuralFeature feature) {
	}
}
