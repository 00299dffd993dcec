package dev.digestbot.ingest;

/** Short invented news articles for ingest tests; none is real news. */
final class NewsArticles {
    static final String FERRY = """
            Kelmouth ferry returns after a winter in dry dock

            The Kelmouth ferry sailed again on Monday after four months of repairs to its hull and engines.
            About 300 passengers crossed the estuary on the first day, according to the operator.
            "We have missed the morning crossing more than we expected," said Nadia Ferrow, a teacher who commutes to Ardle.
            The repairs cost £1.2m and were paid for by the county council.
            """;

    static final String ORCHARD = """
            ---
            title: "Volunteers replant the old Pellow orchard"
            tags: [environment, volunteering]
            url: https://news.example/pellow-orchard
            ---

            Volunteers in Pellow planted 140 apple trees on Saturday on the site of an orchard lost to a storm.
            The trees include six local varieties that growers had feared were gone for good.
            "Every one of these was grafted from a tree someone kept in a back garden," said Owen Tarrant, who led the work.
            The parish council has promised to water the saplings through their first summer.
            """;

    static final String MARKET = """
            <html><head><title>Night market to open in Sallow Street</title></head>
            <body><article>
            <h1>Night market to open in Sallow Street</h1>
            <p>A night market with 45 stalls will open in Sallow Street next month, the town council said on Thursday.</p>
            <p>Traders will pay £20 a night for a pitch, half the rate charged at the weekend market.</p>
            <p>"We want people to come back into the centre after six o'clock," said Ines Varga, the council's head of economy.</p>
            </article></body></html>
            """;

    static final String LIBRARY = """
            Bryncoed library saved by a village vote

            Residents of Bryncoed voted by 612 to 88 on Wednesday to take over the running of their library.
            The county had planned to close the branch in April to save £70,000 a year.
            "Nobody here wanted to lose it, so we are going to run it ourselves," said Gwen Aubrey, who organised the vote.
            A team of 30 volunteers will staff the library four days a week.
            """;

    private NewsArticles() {}
}
