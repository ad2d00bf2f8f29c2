package org.netcase.ui.internal.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/**
 * Chooses the Properties view editor for one property: a drop-down for enumerations, booleans
 * and references, a check list for many references, a dialog for long text, and a validated
 * text field for names, numbers and dates.
 */
final class PropertyEditors {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;
	private final IItemLabelProvider labels;
	private final ExperimentKindChoices experimentKinds;

	PropertyEditors(Object object, IItemPropertyDescriptor descriptor, ExperimentKindChoices experimentKinds) {
		this.object = object;
		this.descriptor = descriptor;
		this.labels = descriptor.getLabelProvider(object);
		this.experimentKinds = experimentKinds;
	}

	CellEditor create(Composite parent) {
		EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
		if (ExperimentKindChoices.isKindOf(feature)) {
			return new ChoiceCellEditor(parent, experimentKinds.ids(((EObject) object).eGet(feature)),
					experimentKinds::label);
		}
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices != null && feature.isMany()) {
			return new ChoicesCellEditor(parent, descriptor.getDisplayName(object), List.copyOf(choices), labels);
		}
		if (choices != null) {
			return new ChoiceCellEditor(parent, choicesWithNone(feature, choices), this::label);
		}
		if (!(feature instanceof EAttribute attribute)) {
			return null;
		}
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany()) {
			return ConvertingTextCellEditor.listOf(parent, type);
		}
		if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
			return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), this::label);
		}
		if (type.getInstanceClass() == Date.class) {
			return ConvertingTextCellEditor.dates(parent);
		}
		if (descriptor.isMultiLine(object)) {
			return new LongTextCellEditor(parent, descriptor.getDisplayName(object));
		}
		if (type.getInstanceClass() == String.class) {
			return new TextCellEditor(parent);
		}
		return ConvertingTextCellEditor.values(parent, type);
	}

	private String label(Object choice) {
		return choice == null ? Messages.noValue : labels.getText(choice);
	}

	/** Optional single references can be cleared; required ones and enums cannot. */
	private static List<Object> choicesWithNone(EStructuralFeature feature, Collection<?> choices) {
		List<Object> values = new ArrayList<>();
		boolean clearable = !feature.isRequired() && !(feature.getEType() instanceof EEnum);
		if (clearable && !choices.contains(null)) {
			values.add(null);
		}
		values.addAll(choices);
		return values;
	}

	/**
	 * Text typed for a data value, converted the way EMF serializes that type; empty text clears
	 * values that may be missing (an amount not known yet) and is invalid for plain numbers.
	 */
	static Object convert(EDataType type, String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty() && !type.getInstanceClass().isPrimitive()) {
			return null;
		}
		return EcoreUtil.createFromString(type, trimmed);
	}

	static String validate(EDataType type, String text) {
		try {
			convert(type, text);
			return null;
		} catch (RuntimeException e) {
			return NLS.bind(Messages.invalidValue, text, expected(type.getInstanceClass()));
		}
	}

	private static String expected(Class<?> type) {
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return Messages.expectWholeNumber;
		}
		return Messages.expectNumber;
	}
}
