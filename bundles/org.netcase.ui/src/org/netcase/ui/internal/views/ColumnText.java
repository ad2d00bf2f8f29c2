package org.netcase.ui.internal.views;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels one column from its spec; the first column also shows the object's icon. */
final class ColumnText<T> extends ColumnLabelProvider {

	private final ColumnSpec<T> spec;
	private final ItemImages images;

	ColumnText(ColumnSpec<T> spec, ItemImages images) {
		this.spec = spec;
		this.images = images;
	}

	@SuppressWarnings("unchecked")
	@Override
	public String getText(Object element) {
		return spec.text().apply((T) element);
	}

	@Override
	public Image getImage(Object element) {
		return images == null ? null : images.imageOf(element);
	}
}
