package org.netcase.ui.internal.views;

import java.text.Collator;
import java.util.Comparator;
import java.util.Date;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One column of a network table: its title, width, the text a row shows and the order in which
 * rows sort when the user clicks the header. Sorting compares typed keys, so dates and numbers
 * sort by value rather than by their text.
 */
public record ColumnSpec<T>(String title, int width, Function<T, String> text, Comparator<T> order) {

	private static final Collator COLLATOR = Collator.getInstance();

	/** A column whose text is also its sort key, compared the way the user's language sorts words. */
	public static <T> ColumnSpec<T> text(String title, int width, Function<T, String> text) {
		return new ColumnSpec<>(title, width, text, Comparator.comparing(text, COLLATOR::compare));
	}

	/** A date column; rows without a date sort last. */
	public static <T> ColumnSpec<T> date(String title, int width, Function<T, Date> date) {
		return new ColumnSpec<>(title, width, row -> Formats.date(date.apply(row)),
				Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder())));
	}

	/** A whole-number column shown by {@code text} but sorted by value. */
	public static <T> ColumnSpec<T> number(String title, int width, ToIntFunction<T> value, Function<T, String> text) {
		return new ColumnSpec<>(title, width, text, Comparator.comparingInt(value));
	}
}
