package org.netcase.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Turns any object into its stored row data and back through EMF's reflective API, so classes from
 * packages that plug-ins contribute later are stored without code of their own. Containment is not
 * part of the data (each child's row names its container); transient, derived and unchangeable
 * features are not stored; values are written with their data type's own string form and references
 * as the target's id.
 */
final class ReflectiveRows {

	private ReflectiveRows() {
	}

	static String idOf(EObject object) {
		String id = EcoreUtil.getID(object);
		if (id == null) {
			throw new IllegalStateException("Cannot store an object without an id: " + object); //$NON-NLS-1$
		}
		return id;
	}

	static String classKey(EClass eClass) {
		return eClass.getEPackage().getNsURI() + '#' + eClass.getName();
	}

	static boolean isStored(EStructuralFeature feature) {
		if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()) {
			return false;
		}
		return !(feature instanceof EReference reference) || !reference.isContainment() && !reference.isContainer();
	}

	static String write(EObject object) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!isStored(feature) || !object.eIsSet(feature)) {
				continue;
			}
			Object value = object.eGet(feature, false);
			if (feature.isMany()) {
				List<String> strings = new ArrayList<>();
				for (Object element : (List<?>) value) {
					strings.add(toString(feature, element));
				}
				values.put(feature.getName(), strings);
			} else {
				values.put(feature.getName(), toString(feature, value));
			}
		}
		return JsonRow.write(values);
	}

	/** Sets the attributes; references wait until every object exists ({@link #readReferences}). */
	static void readAttributes(EObject object, Map<String, Object> values) {
		EClass eClass = object.eClass();
		values.forEach((name, value) -> {
			if (eClass.getEStructuralFeature(name) instanceof EAttribute attribute && isStored(attribute)) {
				if (attribute.isMany()) {
					@SuppressWarnings("unchecked")
					EList<Object> list = (EList<Object>) object.eGet(attribute);
					for (Object element : (List<?>) value) {
						list.add(element == null ? null
								: EcoreUtil.createFromString(attribute.getEAttributeType(), (String) element));
					}
				} else {
					object.eSet(attribute, value == null ? null
							: EcoreUtil.createFromString(attribute.getEAttributeType(), (String) value));
				}
			}
		});
	}

	static void readReferences(EObject object, Map<String, Object> values, Map<String, EObject> objectsById) {
		EClass eClass = object.eClass();
		values.forEach((name, value) -> {
			if (eClass.getEStructuralFeature(name) instanceof EReference reference && isStored(reference)
					&& !isRestoredByOpposite(reference)) {
				if (reference.isMany()) {
					List<EObject> targets = new ArrayList<>();
					for (Object id : (List<?>) value) {
						EObject target = objectsById.get(id);
						if (target != null) {
							targets.add(target);
						}
					}
					@SuppressWarnings("unchecked")
					EList<EObject> list = (EList<EObject>) object.eGet(reference);
					if (list.isEmpty()) {
						// Skips the uniqueness scan, which is quadratic in large lists; the ids are unique.
						((InternalEList<EObject>) list).addAllUnique(targets);
					} else {
						// A many-to-many opposite filled part of the list already: reorder to the stored order.
						ECollections.setEList(list, targets);
					}
				} else {
					object.eSet(reference, value == null ? null : objectsById.get(value));
				}
			}
		});
	}

	/**
	 * A single reference whose opposite is a stored list is set when that list is read, and setting it
	 * here first would put the list in reading order instead of its stored order.
	 */
	private static boolean isRestoredByOpposite(EReference reference) {
		EReference opposite = reference.getEOpposite();
		return !reference.isMany() && opposite != null && opposite.isMany() && isStored(opposite);
	}

	private static String toString(EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}
		return idOf((EObject) value);
	}
}
