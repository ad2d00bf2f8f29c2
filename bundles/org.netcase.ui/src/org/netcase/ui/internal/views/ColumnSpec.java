package org.netcase.ui.internal.views;

import java.text.Collator;
import java.util.Date;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One column of a network table: its title, width, the text a row shows and the key by which
 * rows sort when the user clicks the header. Keys are typed, so dates and numbers sort by value
 * rather than by their text, and words sort the way the user's language sorts them.
 */
public record ColumnSpec<T>(String title, int width, Function<T, String> text, Function<T, Comparable<?>> sortKey) {

	/** A column whose text is also its sort key. */
	public static <T> ColumnSpec<T> text(String title, int width, Function<T, String> text) {
		Collator collator = Collator.getInstance();
		return new ColumnSpec<>(title, width, text, row -> collator.getCollationKey(text.apply(row)));
	}

	/** A date column; rows without a date sort last. */
	public static <T> ColumnSpec<T> date(String title, int width, Function<T, Date> date) {
		return new ColumnSpec<>(title, width, row -> Formats.date(date.apply(row)), date::apply);
	}

	/** A whole-number column shown by {@code text} but sorted by value. */
	public static <T> ColumnSpec<T> number(String title, int width, ToIntFunction<T> value, Function<T, String> text) {
		return new ColumnSpec<>(title, width, text, row -> value.applyAsInt(row));
	}
}
