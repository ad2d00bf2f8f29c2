package org.netcase.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.netcase.model.storage.DeferredValueLoader;
import org.netcase.model.storage.DeferringObject;

/**
 * Reads deferred values from the objects table's deferred column when a {@link DeferringObject} is
 * first asked for one. It sits on the network's root while the store is open; the store also uses
 * it for objects about to be deleted, whose values an undo must be able to write back.
 */
final class StoredDeferredValues extends AdapterImpl implements DeferredValueLoader {

	private final Connection connection;
	private final RowDecoder decoder;

	StoredDeferredValues(Connection connection, RowDecoder decoder) {
		this.connection = connection;
		this.decoder = decoder;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == DeferredValueLoader.class;
	}

	@Override
	public synchronized void loadDeferredValues(DeferringObject object) {
		Map<EAttribute, Object> values = new HashMap<>();
		try {
			readInto(object, collecting(values));
		} catch (SQLException e) {
			throw new IllegalStateException("Cannot read the stored values of " + object + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		object.supplyDeferredValues(values);
	}

	/** A sink that keeps the values it is given; the map has no entry for a value the column lacks. */
	private static RowDecoder.Sink collecting(Map<EAttribute, Object> values) {
		return new RowDecoder.AttributeSink() {
			@Override
			public void attribute(EAttribute attribute, Object value) {
				values.put(attribute, value);
			}

			@Override
			public void attributes(EAttribute attribute, List<Object> list) {
				values.put(attribute, list);
			}
		};
	}

	@Override
	public synchronized void loadAllDeferredValues() {
		Map<String, DeferringObject> waiting = new HashMap<>();
		for (Iterator<EObject> contents = EcoreUtil.getAllProperContents((EObject) getTarget(), false); contents
				.hasNext();) {
			if (contents.next() instanceof DeferringObject deferring && deferring.hasDeferredValues()) {
				waiting.put(ReflectiveRows.idOf(deferring), deferring);
			}
		}
		try (Statement statement = connection.createStatement(); ResultSet rows = statement
				.executeQuery("SELECT id, deferred FROM objects WHERE deferred IS NOT NULL")) { //$NON-NLS-1$
			while (rows.next()) {
				DeferringObject object = waiting.get(rows.getString(1));
				if (object != null) {
					Map<EAttribute, Object> values = new HashMap<>();
					decoder.decode(object.eClass(), rows.getBytes(2), collecting(values));
					object.supplyDeferredValues(values);
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException("Cannot read the stored values of the network: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** Decodes the object's deferred column, when it has one, into the sink. */
	synchronized void readInto(EObject object, RowDecoder.Sink sink) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT deferred FROM objects WHERE id = ?")) { //$NON-NLS-1$
			query.setString(1, ReflectiveRows.idOf(object));
			try (ResultSet row = query.executeQuery()) {
				byte[] deferred = row.next() ? row.getBytes(1) : null;
				if (deferred != null) {
					decoder.decode(object.eClass(), deferred, sink);
				}
			}
		}
	}

	/** Leaves the network: from now on a deferred value asked for fails instead of reading a closed store. */
	void detach() {
		if (getTarget() != null) {
			getTarget().eAdapters().remove(this);
		}
	}
}
