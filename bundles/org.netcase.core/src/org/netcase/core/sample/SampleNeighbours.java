package org.netcase.core.sample;

import java.util.List;

import org.netcase.core.sample.Neighbour.Answer;
import org.netcase.core.sample.Neighbour.SentEmail;

/**
 * The ten neighbours of the sample case study. This is sample data a new user reads to see how
 * Netcase is meant to be used, so every note and email is as specific as a real one would be. The
 * businesses are invented and their addresses use the reserved .example domain, so nothing sent
 * from the sample can reach anyone.
 */
final class SampleNeighbours {

	static final String FOOD_AND_DRINK = "food & drink";
	static final String MAKERS = "makers";
	static final String WELLBEING = "wellbeing";
	static final String DESIGN = "design & places";

	private SampleNeighbours() {
	}

	static List<Neighbour> all() {
		return List.of(
				new Neighbour("Sofia", "Marino", "Marino's Bakehouse", "Owner and baker",
						"sofia@marinosbakehouse.example", "https://marinosbakehouse.example",
						"I buy my bread there every Saturday.",
						"Family sourdough bakery on Quay Street; opened a second oven last spring. Their Instagram is dark phone shots of great bread. I could photograph the morning bake for their website and the menu board.",
						FOOD_AND_DRINK,
						new SentEmail("Photos of your morning bake, on the house",
								"Your seeded rye deserves better light than the shop's ceiling lamps give it. I'd love to come by at 6:30 one morning and photograph the bake, so you have a dozen bright photos for your website and the menu board.",
								10, 8, 30,
								Answer.reply(8, 21, 15, "That is so kind! Come Thursday at 6:30, the rye comes out at 7."))),
				new Neighbour("Tomasz", "Nowak", "Spoke & Chain Cycles", "Owner and mechanic",
						"tomasz@spokeandchain.example", "https://spokeandchain.example",
						"He fixed the gears of my cargo bike last autumn.",
						"Repair shop with a growing rental fleet of cargo bikes for families. The rental page has no photos of the bikes in use. I could shoot a family riding one along the harbour path.",
						MAKERS,
						new SentEmail("Cargo bikes in action, for your rental page",
								"Your rental page lists the cargo bikes but doesn't show anyone riding one. On a sunny afternoon I'd like to photograph a family (mine volunteered) riding one along the harbour path, and give you the pictures to use however you like.",
								10, 14, 0, Answer.NONE)),
				new Neighbour("Aisha", "Rahman", "Bloom & Stem", "Florist and owner",
						"aisha@bloomandstem.example", "https://bloomandstem.example",
						"Her window display on Mill Street stopped me in my tracks.",
						"Independent florist doing weddings and weekly subscriptions. The wedding gallery on her site uses stock photos. I photographed the Olsen wedding where her peony arch was the star, and I know two couples planning spring weddings.",
						DESIGN,
						new SentEmail("Your peonies at the Olsen wedding",
								"I photographed the Olsen wedding in June and your peony arch was in half my best frames. I've put twenty of those photos in a folder for you to use on your wedding page, credited or not.",
								9, 9, 15,
								Answer.autoReply("Thanks for your message! I'm at the flower market until next week and will answer when I'm back. Aisha"))),
				new Neighbour("Erik", "Holm", "Holm Architecture Studio", "Principal architect",
						"erik@holmstudio.example", "https://holmstudio.example",
						"I read about his renovation of the old ferry office in the local paper.",
						"Two-person practice specialising in careful renovations of harbour buildings. Their portfolio photos are taken with a phone on grey days. I could photograph the ferry office at golden hour for their portfolio and award entries.",
						DESIGN,
						new SentEmail("The ferry office at golden hour",
								"The ferry office renovation is the nicest thing built on the harbour in years, and it glows around 8 pm this month. I'd like to photograph it then and send you the files for your portfolio or award entries.",
								9, 16, 40, Answer.NONE)),
				new Neighbour("Hannah", "Berg", "Still Water Yoga", "Founder and teacher",
						"hannah@stillwateryoga.example", "https://stillwateryoga.example",
						"A friend takes her Tuesday evening class.",
						"Studio above the bakery, opened eight months ago and grown by word of mouth. The website shows one photo of an empty room. With the students' consent I could photograph a class so newcomers see what a session feels like.",
						WELLBEING,
						new SentEmail("What a Tuesday class looks like",
								"A friend of mine loves your Tuesday evening class, and your website only shows the empty room. If your students agree, I'd like to photograph one class quietly from the back so newcomers can see what it feels like.",
								8, 10, 0,
								Answer.reply(6, 18, 30, "Thank you for thinking of us! Let me ask the Tuesday group; I think most of them would love it."))),
				new Neighbour("Daniel", "Okafor", "The Harbour Bookshop", "Owner",
						"daniel@harbourbookshop.example", "https://harbourbookshop.example",
						"I went to an author reading there in spring.",
						"Independent bookshop with a monthly author evening. Event announcements go out without pictures. I could photograph the next reading and give them photos to announce future evenings with.",
						MAKERS,
						new SentEmail("Photos for your author evenings",
								"The spring reading with Clara Ekdahl was packed, and your event posts never show that. I'd like to photograph your next reading and give you photos you can reuse to announce the ones after it.",
								8, 13, 30, Answer.NONE)),
				new Neighbour("Lena", "Fischer", "Dockside Coffee", "Co-owner",
						"lena@docksidecoffee.example", "https://docksidecoffee.example",
						"I edit photos at their window table on Wednesday mornings.",
						"Café whose walls show local artists, changing every two months. New exhibitions are announced with one phone photo. I could photograph each new hanging so the café and the artist both get good pictures.",
						FOOD_AND_DRINK,
						new SentEmail("Photographing your next wall exhibition",
								"I edit photos at your window table most Wednesdays and have watched three exhibitions go up on your walls. I'd like to photograph the next hanging properly, for you and for the artist.",
								7, 9, 0,
								Answer.reply(3, 12, 0, "Yes please! The next exhibition goes up on Monday. Coffee is on us that day."))),
				new Neighbour("Marcus", "Lee", "Tidewater Brewing Co.", "Head brewer and co-founder",
						"marcus@tidewaterbrewing.example", "https://tidewaterbrewing.example",
						"We talked about his saison at the harbour street market.",
						"Microbrewery with a taproom open Thursday to Saturday. Lovely illustrated labels, but no photos of the brewing itself. I could shoot a brew day for the taproom wall and a 'meet the brewers' page.",
						FOOD_AND_DRINK,
						new SentEmail("A brew day in pictures",
								"We talked at the street market about your saison. I'd like to spend a brew day with a camera and give you photos for the taproom wall and a 'meet the brewers' page.",
								6, 11, 0, Answer.NONE)),
				new Neighbour("Nadia", "Ivanova", "Ivanova Tailoring", "Master tailor",
						"nadia@ivanovatailoring.example", "https://ivanovatailoring.example",
						"She altered my suit for a friend's wedding.",
						"One-woman alterations and bespoke studio with great reviews and almost no online presence. I could photograph her at work for a shop window display and a simple website.",
						MAKERS,
						new SentEmail("Your hands at work",
								"You altered my suit for a wedding last year and it still fits as if it were made for me. I'd like to photograph you at work, the chalk, the pins, the old Singer, for your shop window or a simple website.",
								5, 15, 0, Answer.NONE)),
				new Neighbour("Oskar", "Dahl", "Greenline Gardens", "Owner and garden designer",
						"oskar@greenlinegardens.example", "https://greenlinegardens.example",
						"His van is parked on my street most mornings.",
						"Small landscaping firm that builds courtyard gardens in the old town. Their before-and-after photos are taken from different angles in different light. I could take matched before-and-after shots of the courtyard he is working on now.",
						DESIGN,
						new SentEmail("Matched before-and-after photos of your courtyard",
								"I've seen your van on Rope Walk Lane all month. Before-and-after photos only work when they're taken from the same spot in the same light; I'd like to do that for the courtyard you're working on, at no cost.",
								4, 8, 45, Answer.NONE)));
	}
}
