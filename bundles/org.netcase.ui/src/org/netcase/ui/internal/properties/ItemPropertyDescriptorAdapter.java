package org.netcase.ui.internal.properties;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/** Shows one EMF.Edit property descriptor in the Properties view, with an editor fit for its type. */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;
	private final ExperimentKindChoices experimentKinds;

	ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor,
			ExperimentKindChoices experimentKinds) {
		this.object = object;
		this.descriptor = descriptor;
		this.experimentKinds = experimentKinds;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object)) {
			return null;
		}
		return new PropertyEditors(object, descriptor, experimentKinds).create(parent);
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return new PropertyValueLabels(descriptor.getLabelProvider(object),
				ExperimentKindChoices.isKindOf(descriptor.getFeature(object)) ? experimentKinds : null);
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ItemPropertyDescriptorAdapter adapter && adapter.getId().equals(getId());
	}
}
