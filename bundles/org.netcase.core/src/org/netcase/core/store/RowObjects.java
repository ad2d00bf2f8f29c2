package org.netcase.core.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;
import org.netcase.core.internal.Messages;
import org.netcase.core.store.StoreException.Reason;
import org.netcase.model.storage.DeferringObject;
import org.netcase.model.storage.StoredObjects;

/**
 * Turns rows of the objects table into objects with their attributes, and notes their references
 * for later. A row is its columns joined by {@link #SEPARATOR} (id, class, container, feature,
 * position, deferred flag, data) because every JDBC call costs more than SQLite's join. JSON data never
 * holds the separator: JsonRow escapes every control character.
 */
final class RowObjects {

	static final byte SEPARATOR = 0x1f;
	/** The column of a row that {@link #fieldEnds} gives the end of. */
	static final int ID = 0, CLASS = 1, CONTAINER = 2, FEATURE = 3, POSITION = 4;
	static final int FIELDS = 5;

	static final String QUERY = "SELECT id || char(31) || class || char(31) || coalesce(container, '')" //$NON-NLS-1$
			+ " || char(31) || coalesce(feature, '') || char(31) || quote(position) || char(31)" //$NON-NLS-1$
			+ " || (CASE WHEN deferred IS NULL THEN 0 ELSE 1 END) || char(31) || data FROM objects"; //$NON-NLS-1$

	/** A batch of rows with their objects, and where each row's fields end. */
	record Batch(byte[][] rows, EObject[] objects, int[] fieldEnds) {
	}

	private final Path file;
	private final RowDecoder decoder;
	private final PendingReferences references;
	private final Map<String, EClass> classes = new HashMap<>();
	private final List<EObject> deferredInRow = new ArrayList<>();
	/** The previous row's class: rows of one class come together, so most rows make no string of it. */
	private byte[] lastClassKey = {};
	private EClass lastClass;

	RowObjects(Path file, RowDecoder decoder, PendingReferences references) {
		this.file = file;
		this.decoder = decoder;
		this.references = references;
	}

	Batch create(byte[][] rows) throws StoreException {
		EObject[] objects = new EObject[rows.length];
		int[] fieldEnds = new int[rows.length * FIELDS];
		for (int i = 0; i < rows.length; i++) {
			objects[i] = create(rows[i], fieldEnds, i * FIELDS);
		}
		return new Batch(rows, objects, fieldEnds);
	}

	/** Objects whose deferred column holds values their class no longer defers. */
	List<EObject> deferredInRow() {
		return deferredInRow;
	}

	private EObject create(byte[] row, int[] fieldEnds, int at) throws StoreException {
		int end = -1;
		for (int field = 0; field < FIELDS; field++) {
			end++;
			while (row[end] != SEPARATOR) {
				end++;
			}
			fieldEnds[at + field] = end;
		}
		int idEnd = fieldEnds[at + ID];
		EClass eClass = classOf(row, idEnd + 1, fieldEnds[at + CLASS]);
		EObject object = StoredObjects.create(eClass, new String(row, 0, idEnd, StandardCharsets.UTF_8));
		int deferredFlag = fieldEnds[at + POSITION] + 1;
		decoder.decode(eClass, row, deferredFlag + 2, references.settingValuesOf(object));
		if (row[deferredFlag] == '1') {
			if (object instanceof DeferringObject deferring) {
				deferring.deferValues();
			} else {
				deferredInRow.add(object);
			}
		}
		return object;
	}

	private EClass classOf(byte[] row, int start, int end) throws StoreException {
		if (!Arrays.equals(row, start, end, lastClassKey, 0, lastClassKey.length)) {
			lastClassKey = Arrays.copyOfRange(row, start, end);
			String classKey = new String(lastClassKey, StandardCharsets.UTF_8);
			EClass eClass = classes.get(classKey);
			if (eClass == null) {
				eClass = resolveClass(classKey);
				classes.put(classKey, eClass);
			}
			lastClass = eClass;
		}
		return lastClass;
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
