package org.netcase.model.internal;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.netcase.model.notify.NetworkChangeListener;
import org.netcase.model.notify.NetworkNotifier;

/**
 * The base class of every generated Netcase object (the GenModel's root extends class): besides its
 * own adapters, an object tells the {@link NetworkChangeListener} on the root of its containment tree
 * about each of its changes. An object that is its own root, such as one being created or read, has
 * only its own adapters to tell.
 */
public abstract class NetworkObjectImpl extends MinimalEObjectImpl.Container implements NetworkNotifier {

    @Override
    public boolean eNotificationRequired() {
        return super.eNotificationRequired() || networkListener() != null;
    }

    @Override
    public void eNotify(Notification notification) {
        super.eNotify(notification);
        NetworkChangeListener listener = eDeliver() ? networkListener() : null;
        if (listener != null && !isOwnAdapter(listener)) {
            listener.notifyChanged(notification);
        }
    }

    private NetworkChangeListener networkListener() {
        InternalEObject root = this;
        for (InternalEObject container = eInternalContainer(); container != null; container = container
                .eInternalContainer()) {
            root = container;
        }
        if (root == this || !(root instanceof NetworkObjectImpl network)) {
            return null;
        }
        Adapter[] adapters = network.eBasicAdapterArray();
        if (adapters != null) {
            for (Adapter adapter : adapters) {
                if (adapter instanceof NetworkChangeListener listener) {
                    return listener;
                }
            }
        }
        return null;
    }

    private boolean isOwnAdapter(Adapter adapter) {
        Adapter[] adapters = eBasicAdapterArray();
        if (adapters != null) {
            for (Adapter own : adapters) {
                if (own == adapter) {
                    return true;
                }
            }
        }
        return false;
    }
}
