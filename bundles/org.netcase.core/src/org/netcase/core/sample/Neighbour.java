package org.netcase.core.sample;

/**
 * One of the ten people in the sample whose business the owner would like to help, with the
 * research she did and the email she sent.
 */
record Neighbour(String firstName, String lastName, String business, String role, String email,
		String website, String howFound, String researchNotes, String tag, SentEmail sentEmail) {

	/**
	 * The email of the outreach experiment. Times are whole days back from today plus a time of day.
	 *
	 * @param personalization the sentence written for this neighbour alone
	 * @param answer          what came back, if anything
	 */
	record SentEmail(String subject, String personalization, int daysAgo, int hour, int minute, Answer answer) {
	}

	/** What came back: a real reply, an out-of-office message, or nothing (yet). */
	record Answer(Kind kind, int daysAgo, int hour, int minute, String snippet) {

		enum Kind {
			REPLY, AUTO_REPLY, NONE
		}

		static final Answer NONE = new Answer(Kind.NONE, 0, 0, 0, null);

		static Answer reply(int daysAgo, int hour, int minute, String snippet) {
			return new Answer(Kind.REPLY, daysAgo, hour, minute, snippet);
		}

		static Answer autoReply(String snippet) {
			return new Answer(Kind.AUTO_REPLY, 0, 0, 0, snippet);
		}
	}
}
