package org.netcase.model.notify;

import org.eclipse.emf.common.notify.Adapter;

/**
 * An adapter on a network's root that hears every change of every Netcase object in that network,
 * without being an adapter on each of them: a large network has a million objects, and adding an
 * adapter to each took a tenth of the time of opening it. Objects of other packages in the network
 * (a plug-in's classes) report only to their own adapters.
 */
public interface NetworkChangeListener extends Adapter {
}
