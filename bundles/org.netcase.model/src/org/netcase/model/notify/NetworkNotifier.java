package org.netcase.model.notify;

/**
 * A model object that tells the {@link NetworkChangeListener} of the network it is in about its
 * changes, so that a listener needs no adapter on it. Every generated Netcase object is one.
 */
public interface NetworkNotifier {
}
