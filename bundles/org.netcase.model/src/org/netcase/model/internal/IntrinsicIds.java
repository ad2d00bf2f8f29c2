package org.netcase.model.internal;

import java.util.UUID;
import java.util.function.Supplier;

/** Creates the intrinsic id every model object gets when it is created. */
public final class IntrinsicIds {

    /** The id of the object a store is reading back, which needs no new one. */
    private static final ThreadLocal<String> STORED_ID = new ThreadLocal<>();

    private IntrinsicIds() {
    }

    public static String newId() {
        String stored = STORED_ID.get();
        return stored != null ? stored : UUID.randomUUID().toString();
    }

    /** Runs {@code creation} so that the object it creates gets {@code id} instead of a new one. */
    public static <T> T withStoredId(String id, Supplier<T> creation) {
        STORED_ID.set(id);
        try {
            return creation.get();
        } finally {
            STORED_ID.remove();
        }
    }
}
