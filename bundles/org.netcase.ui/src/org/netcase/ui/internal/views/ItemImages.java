package org.netcase.ui.internal.views;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the icons that EMF.Edit item providers name (URLs, or composed images whose first
 * layer is the base icon) into SWT images owned by a control and freed with it.
 */
public final class ItemImages {

	private final AdapterFactory adapterFactory;
	private final LocalResourceManager resources;

	public ItemImages(AdapterFactory adapterFactory, Control owner) {
		this.adapterFactory = adapterFactory;
		this.resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	public Image imageOf(Object element) {
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return labels == null ? null : image(labels.getImage(element));
	}

	private Image image(Object itemImage) {
		Object base = itemImage instanceof ComposedImage composed && !composed.getImages().isEmpty()
				? composed.getImages().get(0)
				: itemImage;
		if (base instanceof URL url) {
			return resources.create(ImageDescriptor.createFromURL(url));
		}
		return null;
	}
}
