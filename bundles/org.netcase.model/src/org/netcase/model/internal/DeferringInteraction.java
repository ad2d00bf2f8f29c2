package org.netcase.model.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.netcase.model.NetcasePackage.Literals;
import org.netcase.model.impl.InteractionImpl;
import org.netcase.model.storage.DeferredValueLoader;
import org.netcase.model.storage.DeferringObject;

/**
 * The interaction the model's factory creates. Its texts that no table shows and no report counts
 * (the body, the longest text of a network, the personal line, the reply's first words and the
 * message ids) are read from the store only when first asked for.
 */
public final class DeferringInteraction extends InteractionImpl implements DeferringObject {

    private static final List<EAttribute> DEFERRED = List.of(Literals.INTERACTION__BODY,
            Literals.INTERACTION__PERSONALIZATION, Literals.INTERACTION__REPLY_SNIPPET,
            Literals.INTERACTION__MESSAGE_ID, Literals.INTERACTION__REPLY_MESSAGE_ID);

    private volatile boolean valuesInStore;

    @Override
    public List<EAttribute> deferredAttributes() {
        return DEFERRED;
    }

    @Override
    public void deferValues() {
        valuesInStore = true;
    }

    @Override
    public boolean hasDeferredValues() {
        return valuesInStore;
    }

    @Override
    public void supplyDeferredValues(Map<EAttribute, Object> values) {
        body = (String) values.get(Literals.INTERACTION__BODY);
        personalization = (String) values.get(Literals.INTERACTION__PERSONALIZATION);
        replySnippet = (String) values.get(Literals.INTERACTION__REPLY_SNIPPET);
        messageId = (String) values.get(Literals.INTERACTION__MESSAGE_ID);
        replyMessageId = (String) values.get(Literals.INTERACTION__REPLY_MESSAGE_ID);
        valuesInStore = false;
    }

    private void read() {
        if (valuesInStore) {
            DeferredValueLoader.load(this);
        }
    }

    @Override
    public String getBody() {
        read();
        return body;
    }

    @Override
    public String getPersonalization() {
        read();
        return personalization;
    }

    @Override
    public String getReplySnippet() {
        read();
        return replySnippet;
    }

    @Override
    public String getMessageId() {
        read();
        return messageId;
    }

    @Override
    public String getReplyMessageId() {
        read();
        return replyMessageId;
    }

    // Each setter reads the stored values first, so that its notification, and so its undo, has the
    // real old value.

    @Override
    public void setBody(String newBody) {
        read();
        super.setBody(newBody);
    }

    @Override
    public void setPersonalization(String newPersonalization) {
        read();
        super.setPersonalization(newPersonalization);
    }

    @Override
    public void setReplySnippet(String newReplySnippet) {
        read();
        super.setReplySnippet(newReplySnippet);
    }

    @Override
    public void setMessageId(String newMessageId) {
        read();
        super.setMessageId(newMessageId);
    }

    @Override
    public void setReplyMessageId(String newReplyMessageId) {
        read();
        super.setReplyMessageId(newReplyMessageId);
    }

    /** Whether a deferred text is set is known once it is read: some of them are often empty. */
    @Override
    public boolean eIsSet(int featureID) {
        if (valuesInStore && DEFERRED.contains(eClass().getEStructuralFeature(featureID))) {
            read();
        }
        return super.eIsSet(featureID);
    }
}
