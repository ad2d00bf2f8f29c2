package org.netcase.ui.internal.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Finds the EMF.Edit property source of a selected object and shows it to the Properties view. */
final class ItemPropertySources implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;
	/** Read once per page: the registry logs every invalid contribution each time it is read. */
	private final ExperimentKindChoices experimentKinds = new ExperimentKindChoices();

	ItemPropertySources(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		IItemPropertySource itemSource = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return itemSource == null ? null : new ItemPropertySource(object, itemSource, experimentKinds);
	}
}
