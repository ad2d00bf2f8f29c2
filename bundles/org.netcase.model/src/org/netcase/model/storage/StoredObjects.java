package org.netcase.model.storage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.netcase.model.internal.IntrinsicIds;

/**
 * Creates the objects a store reads back. Model objects get a new random id when they are created;
 * a store that sets the stored id right after would have made a million random ids for nothing when
 * it opens a large network.
 */
public final class StoredObjects {

    private StoredObjects() {
    }

    /** Creates an object of any class, with its stored id. */
    public static EObject create(EClass eClass, String id) {
        EObject object = IntrinsicIds.withStoredId(id, () -> EcoreUtil.create(eClass));
        EAttribute idAttribute = eClass.getEIDAttribute();
        // The model's factory gave it the stored id already; another package's factory gave it none.
        if (object.eGet(idAttribute) != id) {
            object.eSet(idAttribute, id);
        }
        return object;
    }
}
