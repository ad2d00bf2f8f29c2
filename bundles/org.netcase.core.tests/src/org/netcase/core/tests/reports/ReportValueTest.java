package org.netcase.core.tests.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.netcase.core.reports.ReportValue.Count;
import org.netcase.core.reports.ReportValue.Quantity;
import org.netcase.core.reports.ReportValue.Share;
import org.netcase.core.reports.ReportValue.Text;

class ReportValueTest {

	@Test
	void aShareReadsAsCountOfTotal() {
		assertThat(new Share(3, 10).text()).isEqualTo("3 of 10");
	}

	@Test
	void aShareCannotExceedItsTotal() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Share(11, 10));
	}

	@Test
	void aQuantityShowsNoNeedlessDecimals() {
		assertThat(new Quantity(new BigDecimal("2.0"), "days").text()).isEqualTo("2 days");
		assertThat(new Quantity(new BigDecimal("1.5"), "days").text()).isEqualTo("1.5 days");
		assertThat(new Quantity(new BigDecimal("1200.00"), "").text()).isEqualTo("1200");
	}

	@Test
	void countsAndTextsReadAsThemselves() {
		assertThat(new Count(10).text()).isEqualTo("10");
		assertThat(new Text("visited").text()).isEqualTo("visited");
	}
}
