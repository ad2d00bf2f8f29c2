package org.netcase.model.internal;

import java.util.UUID;

/** Creates the intrinsic id every model object gets when it is created. */
public final class IntrinsicIds {

    private IntrinsicIds() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
