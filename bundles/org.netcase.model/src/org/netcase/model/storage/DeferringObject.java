package org.netcase.model.storage;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * A model object with attributes that a store may leave unread when it opens a network, because no
 * view needs them yet and reading them would make opening slow (an email's body, say). The first
 * {@code get} of such an attribute reads it through the {@link DeferredValueLoader} of the network
 * the object is in. {@code eIsSet} answers true while a value waits in the store.
 */
public interface DeferringObject extends EObject {

    /** The attributes a store keeps apart and reads only when first asked for. */
    List<EAttribute> deferredAttributes();

    /** Called by a store instead of setting the deferred attributes: their values wait in the store. */
    void deferValues();

    /** @return true while the deferred attributes' values wait in the store */
    boolean hasDeferredValues();

    /**
     * Sets a value read from the store later, without notifications: it is no change. Called for every
     * deferred attribute, with null for one the store holds no value for.
     */
    void supplyDeferredValue(EAttribute attribute, Object value);
}
