package org.netcase.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Looks at a file's first bytes before SQLite touches it, so a file of another kind is recognized
 * without ever being opened for writing, and a truncated database is caught even where SQLite would
 * only fail later, on the first page it cannot read.
 */
final class SqliteFileHeader {

	enum Verdict {
		SQLITE, NOT_SQLITE, TRUNCATED
	}

	private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
	private static final int HEADER_SIZE = 100;

	private SqliteFileHeader() {
	}

	static Verdict check(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE);
			while (header.hasRemaining() && channel.read(header) >= 0) {
				// read until the header is full or the file ends
			}
			if (header.position() < MAGIC.length) {
				return Verdict.NOT_SQLITE;
			}
			for (int i = 0; i < MAGIC.length; i++) {
				if (header.get(i) != MAGIC[i]) {
					return Verdict.NOT_SQLITE;
				}
			}
			if (header.position() < HEADER_SIZE) {
				return Verdict.TRUNCATED;
			}
			int pageSize = Short.toUnsignedInt(header.getShort(16));
			long pageBytes = pageSize == 1 ? 65536 : pageSize;
			long pageCount = Integer.toUnsignedLong(header.getInt(28));
			boolean pageCountValid = header.getInt(24) == header.getInt(92);
			if (size % pageBytes != 0 || (pageCountValid && size < pageCount * pageBytes)) {
				return Verdict.TRUNCATED;
			}
			return Verdict.SQLITE;
		}
	}
}
