package org.netcase.model.internal;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.netcase.model.NetcasePackage;
import org.netcase.model.impl.InteractionImpl;
import org.netcase.model.storage.DeferredValueLoader;
import org.netcase.model.storage.DeferringObject;

/**
 * The interaction the model's factory creates: its body, the longest text of a network and shown by
 * no table, is read from the store only when first asked for.
 */
public final class DeferringInteraction extends InteractionImpl implements DeferringObject {

    private static final List<EAttribute> DEFERRED = List.of(NetcasePackage.Literals.INTERACTION__BODY);

    private boolean bodyInStore;

    @Override
    public List<EAttribute> deferredAttributes() {
        return DEFERRED;
    }

    @Override
    public void deferValues() {
        bodyInStore = true;
    }

    @Override
    public boolean hasDeferredValues() {
        return bodyInStore;
    }

    @Override
    public void supplyDeferredValue(EAttribute attribute, Object value) {
        if (attribute == NetcasePackage.Literals.INTERACTION__BODY) {
            body = (String) value;
            bodyInStore = false;
        }
    }

    @Override
    public String getBody() {
        if (bodyInStore) {
            DeferredValueLoader.load(this);
        }
        return body;
    }

    /** Reads the stored body first, so the change's notification, and so its undo, has the real old text. */
    @Override
    public void setBody(String newBody) {
        getBody();
        super.setBody(newBody);
    }

    @Override
    public boolean eIsSet(int featureID) {
        return featureID == NetcasePackage.INTERACTION__BODY && bodyInStore || super.eIsSet(featureID);
    }
}
