package org.netcase.core.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.netcase.core.internal.Messages;
import org.netcase.core.store.StoreException.Reason;
import org.netcase.model.Network;

/**
 * Reads a whole network from the objects table in one pass, in three stages that overlap on two
 * cores: one thread reads rows, one makes objects of them with their attributes ({@link RowObjects}),
 * and the caller indexes the objects and notes where each goes. Containment and references are
 * set once every object exists. Deferred values stay in the table ({@link StoredDeferredValues}).
 */
final class NetworkReader {

	private static final int BATCH_SIZE = 512;

	private final Connection connection;
	private final Path file;
	private final RowDecoder decoder;
	private final PendingReferences references = new PendingReferences();

	private IdIndex objectsById;
	private Placements placements;
	private EObject root;
	/** The previous row's feature: rows of one list come together, so most rows make no string of it. */
	private byte[] lastFeatureName = {};
	private String lastFeature;

	NetworkReader(Connection connection, Path file, RowDecoder decoder) {
		this.connection = connection;
		this.file = file;
		this.decoder = decoder;
	}

	/** @param deferredValues reads the values a class stopped deferring, which still wait in their column */
	Network read(StoredDeferredValues deferredValues) throws StoreException {
		try {
			int expected = expectedObjects();
			objectsById = new IdIndex(expected);
			placements = new Placements(objectsById);
			RowObjects rowObjects = new RowObjects(file, decoder, references);
			try (BatchPipe<RowObjects.Batch> batches = new BatchPipe<>("Netcase store decoder", //$NON-NLS-1$
					hand -> createObjects(rowObjects, hand))) {
				for (RowObjects.Batch batch = batches.next(); batch != null; batch = batches.next()) {
					place(batch);
				}
			}
			// Reading found any damage in the rows; the check of every other page needs only the
			// connection, so it runs while the objects are linked, which needs only memory.
			try (BatchPipe<Void> integrity = new BatchPipe<>("Netcase store check", //$NON-NLS-1$
					hand -> SqliteConnections.checkIntegrity(connection, file))) {
				placements.finish();
				references.resolve(objectsById);
				integrity.next(); // waits for the check, and throws the damage it found
			}
			for (EObject object : rowObjects.deferredInRow()) {
				deferredValues.readInto(object, references.settingValuesOf(object));
			}
			references.resolve(objectsById);
			if (!(root instanceof Network network)) {
				throw new StoreException(Reason.CORRUPT, NLS.bind(Messages.Store_corrupt,
						new Object[] { file, Messages.Store_noNetwork, StoreBackups.folderOf(file) }));
			}
			return network;
		} catch (SQLException | RuntimeException e) {
			throw SqliteConnections.translate(file, e);
		}
	}

	private void createObjects(RowObjects rowObjects, Consumer<RowObjects.Batch> hand)
			throws SQLException, StoreException {
		try (BatchPipe<byte[][]> rows = new BatchPipe<>("Netcase store reader", this::readRows)) { //$NON-NLS-1$
			for (byte[][] batch = rows.next(); batch != null; batch = rows.next()) {
				hand.accept(rowObjects.create(batch));
			}
		}
	}

	private void readRows(Consumer<byte[][]> hand) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(RowObjects.QUERY)) {
			byte[][] batch = new byte[BATCH_SIZE][];
			int size = 0;
			while (rows.next()) {
				batch[size++] = rows.getBytes(1);
				if (size == BATCH_SIZE) {
					hand.accept(batch);
					batch = new byte[BATCH_SIZE][];
					size = 0;
				}
			}
			hand.accept(Arrays.copyOf(batch, size));
		}
	}

	private void place(RowObjects.Batch batch) {
		for (int i = 0; i < batch.rows().length; i++) {
			byte[] row = batch.rows()[i];
			EObject object = batch.objects()[i];
			int at = i * RowObjects.FIELDS;
			int[] ends = batch.fieldEnds();
			objectsById.put(row, ends[at + RowObjects.ID], object);
			int containerStart = ends[at + RowObjects.CLASS] + 1;
			int containerEnd = ends[at + RowObjects.CONTAINER];
			if (containerStart == containerEnd) {
				root = object;
			} else {
				int featureEnd = ends[at + RowObjects.FEATURE];
				int positionEnd = ends[at + RowObjects.POSITION];
				double position = Double.parseDouble(
						new String(row, featureEnd + 1, positionEnd - featureEnd - 1, StandardCharsets.ISO_8859_1));
				placements.add(object, row, containerStart, containerEnd,
						featureOf(row, containerEnd + 1, featureEnd), position);
			}
		}
	}

	/** The largest row id: the number of objects, unless many were deleted. Sizes the tables at once. */
	private int expectedObjects() throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT max(rowid) FROM objects")) { //$NON-NLS-1$
			return result.next() ? (int) Math.min(result.getLong(1), 1 << 26) : 0;
		}
	}

	private String featureOf(byte[] row, int start, int end) {
		if (!Arrays.equals(row, start, end, lastFeatureName, 0, lastFeatureName.length)) {
			lastFeatureName = Arrays.copyOfRange(row, start, end);
			lastFeature = new String(lastFeatureName, StandardCharsets.UTF_8);
		}
		return lastFeature;
	}
}
