package org.netcase.model.storage;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * A model object with attributes that a store may leave unread when it opens a network, because no
 * view needs them yet and reading them would make opening slow (an email's body, say). The first
 * {@code get} (or {@code eIsSet}) of such an attribute reads them all through the
 * {@link DeferredValueLoader} of the network the object is in.
 */
public interface DeferringObject extends EObject {

    /** The attributes a store keeps apart and reads only when first asked for. */
    List<EAttribute> deferredAttributes();

    /** Called by a store instead of setting the deferred attributes: their values wait in the store. */
    void deferValues();

    /** @return true while the deferred attributes' values wait in the store */
    boolean hasDeferredValues();

    /**
     * Sets the values read from the store later, without notifications: they are no change. The map
     * has no entry for an attribute the store holds no value for.
     */
    void supplyDeferredValues(Map<EAttribute, Object> values);
}
