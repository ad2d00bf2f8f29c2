package org.netcase.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;
import org.netcase.core.internal.Messages;
import org.netcase.core.store.StoreException.Reason;
import org.netcase.model.Network;

/**
 * Reads a whole network from the objects table in two passes: first every object is created and put
 * in its container in stored order, then attributes and references are set, once every target exists.
 */
final class NetworkReader {

	private final Connection connection;
	private final Path file;

	NetworkReader(Connection connection, Path file) {
		this.connection = connection;
		this.file = file;
	}

	Network read() throws StoreException {
		try {
			Map<String, EObject> objectsById = new HashMap<>();
			EObject root = createObjects(objectsById);
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT id, data FROM objects")) { //$NON-NLS-1$
				while (rows.next()) {
					EObject object = objectsById.get(rows.getString(1));
					Map<String, Object> values = JsonRow.read(rows.getString(2));
					ReflectiveRows.readAttributes(object, values);
					ReflectiveRows.readReferences(object, values, objectsById);
				}
			}
			if (!(root instanceof Network network)) {
				throw new StoreException(Reason.CORRUPT, NLS.bind(Messages.Store_corrupt,
						new Object[] { file, Messages.Store_noNetwork, StoreBackups.folderOf(file) }));
			}
			return network;
		} catch (SQLException | RuntimeException e) {
			throw SqliteConnections.translate(file, e);
		}
	}

	/** Creates every object and puts it in its container, in stored order; returns the root. */
	private EObject createObjects(Map<String, EObject> objectsById) throws SQLException, StoreException {
		Map<String, EClass> classes = new HashMap<>();
		record Placement(EObject child, String container, String feature, double position) {
		}
		List<Placement> placements = new ArrayList<>();
		EObject root = null;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, class, container, feature, position FROM objects")) { //$NON-NLS-1$
			while (rows.next()) {
				String classKey = rows.getString(2);
				EClass eClass = classes.get(classKey);
				if (eClass == null) {
					eClass = resolveClass(classKey);
					classes.put(classKey, eClass);
				}
				EObject object = EcoreUtil.create(eClass);
				objectsById.put(rows.getString(1), object);
				String container = rows.getString(3);
				if (container == null) {
					root = object;
				} else {
					placements.add(new Placement(object, container, rows.getString(4), rows.getDouble(5)));
				}
			}
		}
		placements.sort(Comparator.comparingDouble(Placement::position));
		Map<EObject, Map<String, List<EObject>>> children = new HashMap<>();
		for (Placement placement : placements) {
			EObject container = objectsById.get(placement.container());
			if (container != null) {
				children.computeIfAbsent(container, key -> new HashMap<>())
						.computeIfAbsent(placement.feature(), key -> new ArrayList<>()).add(placement.child());
			}
		}
		children.forEach((container, byFeature) -> byFeature.forEach((name, contents) -> {
			EStructuralFeature feature = container.eClass().getEStructuralFeature(name);
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					InternalEList<EObject> list = (InternalEList<EObject>) container.eGet(reference);
					list.addAllUnique(contents);
				} else {
					container.eSet(reference, contents.get(0));
				}
			}
		}));
		return root;
	}
	private EClass resolveClass(String classKey) throws StoreException {
		int hash = classKey.lastIndexOf('#');
		EPackage ePackage = hash < 0 ? null : EPackage.Registry.INSTANCE.getEPackage(classKey.substring(0, hash));
		EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(classKey.substring(hash + 1));
		if (!(classifier instanceof EClass eClass)) {
			throw new StoreException(Reason.UNKNOWN_MODEL, NLS.bind(Messages.Store_unknownModel, file, classKey));
		}
		return eClass;
	}
}
