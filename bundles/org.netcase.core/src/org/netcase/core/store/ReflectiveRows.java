package org.netcase.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.netcase.model.storage.DeferringObject;

/**
 * Turns any object into its stored row data through EMF's reflective API, so classes from packages
 * that plug-ins contribute later are stored without code of their own ({@link RowDecoder} reads them
 * back). Containment is not part of the data (each child's row names its container), nor is the id
 * attribute (the row's id); transient, derived and unchangeable features are not stored; values are
 * written with their data type's own string form and references as the target's id.
 */
final class ReflectiveRows {

	/**
	 * One object's stored values.
	 *
	 * @param data     JSON of the values read when the network opens
	 * @param deferred JSON of the values of a {@link DeferringObject}'s deferred attributes, read when
	 *                 first asked for; null when it has none set
	 */
	record Row(String data, String deferred) {
	}

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

	/** Reads any deferred value first: the row holds everything, whatever was read so far. */
	static Row write(EObject object) {
		List<EAttribute> deferredAttributes = object instanceof DeferringObject deferring
				? deferring.deferredAttributes()
				: List.of();
		Map<String, Object> values = new LinkedHashMap<>();
		Map<String, Object> deferred = new LinkedHashMap<>();
		EAttribute idAttribute = object.eClass().getEIDAttribute();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!isStored(feature) || feature == idAttribute || !object.eIsSet(feature)) {
				continue;
			}
			Map<String, Object> target = deferredAttributes.contains(feature) ? deferred : values;
			Object value = object.eGet(feature, false);
			if (feature.isMany()) {
				List<String> strings = new ArrayList<>();
				for (Object element : (List<?>) value) {
					strings.add(toString(feature, element));
				}
				target.put(feature.getName(), strings);
			} else {
				target.put(feature.getName(), toString(feature, value));
			}
		}
		return new Row(JsonRow.write(values), deferred.isEmpty() ? null : JsonRow.write(deferred));
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
