package org.netcase.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of a Netcase database and the steps that bring an older file up to date. The SQL is
 * plain enough to run unchanged on PostgreSQL: one row per object, its data as JSON text (the values
 * a class defers in a column of their own), and a version per row that every write increments, ready
 * for optimistic concurrency.
 */
final class Schema {

	static final int CURRENT_VERSION = 2;

	static final String SCHEMA_TABLE = "netcase_schema"; //$NON-NLS-1$

	private static final List<String> CREATE_CURRENT = List.of(
			"CREATE TABLE netcase_schema (version INTEGER NOT NULL)", //$NON-NLS-1$
			"INSERT INTO netcase_schema (version) VALUES (" + CURRENT_VERSION + ")", //$NON-NLS-1$ //$NON-NLS-2$
			"CREATE TABLE objects (id VARCHAR(64) NOT NULL PRIMARY KEY, class VARCHAR(512) NOT NULL," //$NON-NLS-1$
					+ " container VARCHAR(64), feature VARCHAR(128), position DOUBLE PRECISION NOT NULL," //$NON-NLS-1$
					+ " version BIGINT NOT NULL, data TEXT NOT NULL, deferred TEXT)"); //$NON-NLS-1$

	/** Step i brings a file from version i to version i + 1. */
	private static final List<List<String>> MIGRATIONS = List.of(
			// Version 0 had no per-object version; every existing object starts at 1.
			List.of("ALTER TABLE objects ADD COLUMN version BIGINT NOT NULL DEFAULT 1"), //$NON-NLS-1$
			// Version 1 kept every value in data, where version 2 still reads it; rows written from now on
			// keep the values of deferring objects' deferred attributes apart, read only when asked for.
			List.of("ALTER TABLE objects ADD COLUMN deferred TEXT")); //$NON-NLS-1$

	private Schema() {
	}

	static void create(Connection connection) throws SQLException {
		execute(connection, CREATE_CURRENT);
	}

	/** @return the version, or -1 when the database has no Netcase schema table */
	static int versionOf(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet tables = statement.executeQuery(
						"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + SCHEMA_TABLE + "'")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!tables.next() || tables.getInt(1) == 0) {
				return -1;
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet version = statement.executeQuery("SELECT version FROM " + SCHEMA_TABLE)) { //$NON-NLS-1$
			return version.next() ? version.getInt(1) : -1;
		}
	}

	/** Runs the steps from {@code version} to the current one in the caller's transaction. */
	static void migrate(Connection connection, int version) throws SQLException {
		for (int step = version; step < CURRENT_VERSION; step++) {
			execute(connection, MIGRATIONS.get(step));
		}
		execute(connection, List.of("UPDATE netcase_schema SET version = " + CURRENT_VERSION)); //$NON-NLS-1$
	}

	private static void execute(Connection connection, List<String> statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}
}
