package org.netcase.core.reports;

import java.math.BigDecimal;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.netcase.core.internal.Messages;

/**
 * The value of one report line. The kinds are few on purpose: small samples are stated as counts
 * ("3 of 10"), never as percentages, and a renderer can chart counts and shares without parsing text.
 */
public sealed interface ReportValue {

	/** The value as the user reads it. */
	String text();

	/** A plain count, such as emails sent. */
	record Count(int count) implements ReportValue {

		public Count {
			if (count < 0) {
				throw new IllegalArgumentException("count < 0: " + count); //$NON-NLS-1$
			}
		}

		@Override
		public String text() {
			return Integer.toString(count);
		}
	}

	/** A part of a whole, such as "3 of 10" replied. */
	record Share(int count, int total) implements ReportValue {

		public Share {
			if (count < 0 || count > total) {
				throw new IllegalArgumentException("not a share: " + count + " of " + total); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		@Override
		public String text() {
			return NLS.bind(Messages.ReportValue_share, Integer.toString(count), Integer.toString(total));
		}
	}

	/** An amount with its localized unit, such as "2 days" or "6 hours"; money has an empty unit. */
	record Quantity(BigDecimal amount, String unit) implements ReportValue {

		public Quantity {
			Objects.requireNonNull(amount);
			Objects.requireNonNull(unit);
		}

		@Override
		public String text() {
			String number = amount.stripTrailingZeros().toPlainString();
			return unit.isBlank() ? number : NLS.bind(Messages.ReportValue_quantity, number, unit);
		}
	}

	/** Anything that is not a number, such as a stage or "no replies yet". */
	record Text(String text) implements ReportValue {

		public Text {
			Objects.requireNonNull(text);
		}
	}
}
