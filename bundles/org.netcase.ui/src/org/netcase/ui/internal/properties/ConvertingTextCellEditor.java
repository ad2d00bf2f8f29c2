package org.netcase.ui.internal.properties;

import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text field for a typed value: the value is shown as text, typed text is checked while the
 * user types (the Properties view shows the message in the status line) and converted back only
 * when it is valid, so a typo never reaches the model.
 */
final class ConvertingTextCellEditor extends TextCellEditor {

	private static final String LIST_SEPARATOR = ","; //$NON-NLS-1$

	private final Function<Object, String> toText;
	private final Function<String, Object> fromText;

	private ConvertingTextCellEditor(Composite parent, Function<Object, String> toText,
			Function<String, Object> fromText, Function<String, String> check) {
		super(parent);
		this.toText = toText;
		this.fromText = fromText;
		setValidator(value -> check.apply((String) value));
	}

	static ConvertingTextCellEditor values(Composite parent, EDataType type) {
		return new ConvertingTextCellEditor(parent,
				value -> value == null ? "" : EcoreUtil.convertToString(type, value), //$NON-NLS-1$
				text -> PropertyEditors.convert(type, text),
				text -> PropertyEditors.validate(type, text));
	}

	static ConvertingTextCellEditor dates(Composite parent) {
		return new ConvertingTextCellEditor(parent,
				value -> value == null ? "" : DateText.format((Date) value), //$NON-NLS-1$
				DateText::parse,
				DateText::validate);
	}

	/** Many values typed on one line, separated by commas, e.g. two email addresses. */
	static ConvertingTextCellEditor listOf(Composite parent, EDataType type) {
		return new ConvertingTextCellEditor(parent,
				value -> ((Collection<?>) value).stream()
						.map(element -> EcoreUtil.convertToString(type, element))
						.collect(Collectors.joining(LIST_SEPARATOR + " ")), //$NON-NLS-1$
				text -> items(text).stream().map(item -> PropertyEditors.convert(type, item)).toList(),
				text -> items(text).stream().map(item -> PropertyEditors.validate(type, item))
						.filter(message -> message != null).findFirst().orElse(null));
	}

	private static List<String> items(String text) {
		return Arrays.stream(text.split(LIST_SEPARATOR)).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(toText.apply(value));
	}

	@Override
	protected Object doGetValue() {
		return fromText.apply((String) super.doGetValue());
	}
}
