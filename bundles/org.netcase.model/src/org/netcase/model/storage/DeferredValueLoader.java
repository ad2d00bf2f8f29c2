package org.netcase.model.storage;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Reads deferred values from the store a network was opened from. The store adds it as an adapter
 * to the network's root object, and removes it when it closes.
 */
public interface DeferredValueLoader extends Adapter {

    /** Supplies every deferred value of {@code object} ({@link DeferringObject#supplyDeferredValues}). */
    void loadDeferredValues(DeferringObject object);

    /** Supplies every deferred value still waiting in the network at once, faster than one by one. */
    void loadAllDeferredValues();

    /**
     * Reads the deferred values of {@code object} through the loader of the network it is in.
     *
     * @throws IllegalStateException when the object is in no network whose store is still open: its
     *                               values would be lost, so this is never answered with null
     */
    static void load(DeferringObject object) {
        EObject root = EcoreUtil.getRootContainer(object);
        if (!(EcoreUtil.getExistingAdapter(root, DeferredValueLoader.class) instanceof DeferredValueLoader loader)) {
            throw new IllegalStateException("The stored values of " + object //$NON-NLS-1$
                    + " cannot be read: it is in no network whose store is open"); //$NON-NLS-1$
        }
        loader.loadDeferredValues(object);
    }

    /**
     * Reads every deferred value of the network {@code object} is in, if it came from a store: before
     * the whole network is written elsewhere, or used after its store is closed.
     */
    static void loadAll(EObject object) {
        if (EcoreUtil.getExistingAdapter(EcoreUtil.getRootContainer(object),
                DeferredValueLoader.class) instanceof DeferredValueLoader loader) {
            loader.loadAllDeferredValues();
        }
    }
}
