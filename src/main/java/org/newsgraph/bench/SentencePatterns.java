package org.newsgraph.bench;

import java.util.List;
import java.util.Map;

/**
 * The sentence patterns generated news is written from, grouped by what they report: headlines and opening sentences
 * per kind of story, then meetings, replacements, contested places, quotes and the filler sentences that carry no
 * relation at all. Some patterns are built to trigger a relation cue and some to look like one without being one ("is
 * expected to meet", "would succeed"), as real news does. Slots are described in {@link Template}; people are A to D.
 */
final class SentencePatterns {

    /** What a generated story is mainly about. */
    enum Theme { MEETING, SUCCESSION, CONFLICT, ECONOMY }

    private SentencePatterns() {}

    static final Map<Theme, List<Template>> HEADLINES = Map.of(
            Theme.MEETING, parse(
                    "{A.last} Hosts {B.last} for Talks in {CITY}",
                    "{A.last} and {B.last} Meet in {CITY} as Tensions Ease",
                    "No Breakthrough as {A.last} Meets {B.last}",
                    "{A.last} Holds Talks With {B.last} on Trade and Security",
                    "{COUNTRY.name} and {COUNTRY2.name} Leaders Meet in {CITY}"),
            Theme.SUCCESSION, parse(
                    "{ORG.name} Names {A.full} to Replace {B.last}",
                    "{A.last} Takes Over From {B.last} as {B.Role}",
                    "{B.last} Steps Down, {A.last} Named Successor",
                    "{COUNTRY.name} Appoints New {A.Role} After {B.last} Exit"),
            Theme.CONFLICT, parse(
                    "{COUNTRY.name} Claims Control of {TOWN}",
                    "Fighting Continues Around {TOWN} as Claims Clash",
                    "{COUNTRY2.name} Denies Losing {TOWN}",
                    "Battle for {TOWN} Intensifies as Both Sides Claim Gains"),
            Theme.ECONOMY, parse(
                    "{ORG.name} Warns of Slowdown in {COUNTRY.name}",
                    "Inflation in {COUNTRY.name} Hits Highest Level Since {YEAR}",
                    "{ORG.name} Shares Fall After Profit Warning",
                    "{CITY} Braces for Strikes Over Pay"));

    static final Map<Theme, List<Template>> LEADS = Map.of(
            Theme.MEETING, parse(
                    "{A} met {B} in {CITY} on {DAY}, in the first face-to-face talks between the two governments "
                            + "since {YEAR}.",
                    "{A} held talks with {B} on {DAY} as both sides sought to ease tensions over {TOPIC}.",
                    "{A} hosted {B} at the presidential palace on {DAY} for talks that lasted more than {N} hours."),
            Theme.SUCCESSION, parse(
                    "{ORG} named {A} to replace {B} as {B.role} on {DAY}, ending weeks of speculation about the post.",
                    "{A} replaced {B} as {B.role} on {DAY}, the latest in a series of changes at the top of {ORG}.",
                    "{B} was replaced by {A} as {B.role} on {DAY} after {NW} years in the job."),
            Theme.CONFLICT, parse(
                    "{COUNTRY} said on {DAY} that its forces had captured {TOWN}, but {COUNTRY2} denied the claim and "
                            + "said fighting continues.",
                    "Control of {TOWN} remained contested on {DAY}, with {COUNTRY} and {COUNTRY2} both claiming to "
                            + "hold the town.",
                    "{COUNTRY2} dismissed claims by {COUNTRY} that {TOWN} had fallen, saying its troops still held "
                            + "the centre of the town."),
            Theme.ECONOMY, parse(
                    "{ORG} cut its growth forecast for {COUNTRY} on {DAY}, citing weak demand and rising borrowing "
                            + "costs.",
                    "Inflation in {COUNTRY} rose to {PCT} in {MONTH}, the highest level since {YEAR}, official figures "
                            + "showed on {DAY}.",
                    "Shares in {ORG} fell {PCT} on {DAY} after the company warned that profits would miss "
                            + "expectations."));

    static final List<Template> MEETINGS = parse(
            "{A} met {B} in {CITY} on {DAY}.",
            "{A} and {B} met for more than {N} hours, officials said.",
            "It was the first time {A} had met {B} since {YEAR}.",
            "{A} held talks with {B} and {C} in {CITY}, according to a statement from {ORG}.",
            "Talks between {A} and {B} focused on {TOPIC}, a senior official said.",
            "{A} spoke by phone with {B} on {DAY}, the office of {A.last} said.",
            "{A} later received {B} at the foreign ministry in {CITY}.",
            "Earlier in the week, {C} met {D} in {CITY2} to prepare the ground for the summit.",
            "{A} is expected to meet {C} in {CITY2} next month.",
            "The meeting between {A} and {B} was the first since {YEAR}.",
            "{C}, who attended the talks, said the two sides had made progress on {TOPIC}.",
            "{A} sat down with {B} for a working lunch before the two leaders addressed reporters.",
            "Negotiations between {A} and {B} will continue in {CITY2}, a spokesperson said.",
            "{A} met {C} on the sidelines of the summit, a government official told reporters.",
            "The talks included {C} and {D}, officials said.",
            "{B} also held talks with {D} on {TOPIC} before flying back to {CITY2}.");

    static final List<Template> REPLACEMENTS = parse(
            "{A} replaced {B} as {B.role} in {MONTH}.",
            "{A}, who took over from {B} in {MONTH}, has promised a review of {TOPIC}.",
            "{B} was succeeded by {A}, a former {A.role} from {A.country}.",
            "{ORG} said {A} would succeed {B} at the start of {MONTH}.",
            "{C} stepped in after {D} resigned over {TOPIC}.",
            "{B} had held the post since {YEAR} and was widely expected to stay on until the next election.",
            "The appointment of {A} was welcomed by {ORG}, which had called for new leadership.",
            "{A} is the third person to hold the post since {YEAR}.",
            "{ORG} named {C} to replace {D} as {D.role} later on {DAY}.",
            "{D} was replaced by {C} as head of the delegation.",
            "Critics said {A} lacked experience, but supporters pointed to {A.last}'s years as {A.role}.");

    static final List<Template> CONTESTS = parse(
            "{COUNTRY}'s defence ministry said its troops had taken control of {TOWN}, a claim {COUNTRY2} rejected.",
            "{COUNTRY2} denied that {TOWN} had fallen and said its forces were still fighting in the town.",
            "Fighting continues around {TOWN}, where both sides claim to have made gains.",
            "{A} insisted that {TOWN} was under full control, contradicting reports from {ORG}.",
            "Independent verification of the claims about {TOWN} was not possible.",
            "The battle for {TOWN} has lasted more than {N} weeks and displaced some {NUM} people.",
            "Satellite images reviewed by {ORG} showed heavy damage in {TOWN} and nearby villages.",
            "Residents of {TOWN} said shelling had intensified overnight.",
            "Control of {TOWN} is contested, with {COUNTRY} and {COUNTRY2} giving conflicting accounts.",
            "{COUNTRY} says it liberated {TOWN} last week, a claim its neighbour dismissed as propaganda.",
            "Officials in {CITY} denied reports that {TOWN} had been encircled.",
            "Troops from {COUNTRY} claimed to have seized the main road into {REGION}, but {COUNTRY2} disputes the "
                    + "account.");

    static final List<Template> QUOTES = parse(
            "“{QUOTE},” {A} told reporters in {CITY}.",
            "“{QUOTE},” said {C}.",
            "{B} said: “{QUOTE}.”",
            "“{QUOTE},” {D} wrote on social media.",
            "In a statement, {ORG} said: “{QUOTE}.”",
            "\"{QUOTE},\" a senior official in {CITY} said, speaking on condition of anonymity.",
            "\"{QUOTE},\" {A.last} added.");

    static final List<Template> FILLER = parse(
            "Analysts at {ORG} expect the economy to grow by {PCT} this year.",
            "Prices rose {PCT} in {MONTH} compared with a year earlier, according to official figures.",
            "The central bank in {CITY} kept interest rates unchanged at {PCT}.",
            "Shares of {ORG} fell {PCT} in early trading in {CITY}.",
            "The government has set aside {MONEY} for the programme, which will run until {YEAR}.",
            "Unemployment in {REGION} stood at {PCT} at the end of {MONTH}.",
            "Exports to {COUNTRY} have fallen for {NW} consecutive months.",
            "The deal, worth {MONEY}, still needs the approval of regulators in {COUNTRY2}.",
            "Some {NUM} workers in {CITY2} walked off the job on {DAY} to demand higher pay.",
            "{ORG} said in a statement that it would review its investments in {REGION}.",
            "Heavy rain disrupted traffic across {REGION} on {DAY}, local authorities said.",
            "Officials declined to give further details.",
            "The talks are due to resume later this month.",
            "The proposal drew criticism from opposition lawmakers, who said it did little to address {TOPIC}.",
            "Turnout in the regional elections in {REGION} was {PCT}, the electoral commission said.",
            "A spokesperson for {ORG} did not respond to a request for comment.",
            "The announcement came as {ORG2} prepared to publish its annual report on {TOPIC}.",
            "Diplomats in {CITY} said the mood had improved in recent weeks.",
            "According to {ORG}, more than {NUM} people have been affected.",
            "{COUNTRY} and {COUNTRY2} signed a memorandum on {TOPIC} worth {MONEY}.",
            "The plan would cost about {MONEY} over {NW} years, according to estimates by {ORG}.",
            "In {CITY2}, hundreds of people gathered outside the parliament building on {DAY}.",
            "Critics say the measures come too late for businesses in {REGION}.",
            "The figures were published on {DAY} by the statistics office in {CITY}.",
            "Energy prices have risen by {PCT} since {MONTH}, putting pressure on households.",
            "{A} told reporters that the government would not change course on {TOPIC}.",
            "{C} said the decision reflected the views of {ORG}.",
            "Observers from {ORG} said the process had been largely orderly.",
            "Flights between {CITY} and {CITY2} were cancelled on {DAY} because of a strike by air traffic "
                    + "controllers.",
            "The ministry said it had received more than {NUM} applications by the end of {MONTH}.",
            "Both sides have agreed to set up a working group on {TOPIC}.",
            "The {ORG.name} report, due in {MONTH}, is expected to show a further slowdown.",
            "Local media in {COUNTRY2} reported that {NUM} people had been evacuated from {REGION}.",
            "{D} described the situation as difficult but manageable.",
            "It was not immediately clear how the changes would affect {TOPIC}.",
            "The visit comes {NW} weeks after a dispute over {TOPIC} strained relations between {COUNTRY} and "
                    + "{COUNTRY2}.",
            "Speaking at a news conference in {CITY} on {DAY}, {A} said the government remained committed to {TOPIC}, "
                    + "adding that talks with partners in {COUNTRY2} and at {ORG} would continue in the coming weeks.",
            "Markets in {CITY} closed higher on {DAY}, with the main index up {PCT}.",
            "{ORG2} has said it will publish its own assessment of {TOPIC} by the end of {MONTH}.",
            "The last comparable agreement, signed in {CITY2} in {YEAR}, collapsed within {NW} months.",
            "Lawmakers in {COUNTRY} are due to vote on the budget on {DATE}.",
            "More than {NUM} people have signed a petition calling for an inquiry into {TOPIC}.");

    static final List<Template> SUBHEADINGS = parse(
            "Talks Resume", "What Comes Next", "Markets React", "A Long Dispute", "{COUNTRY.name} Responds",
            "Pressure Mounts", "Reaction in {CITY}", "Questions Remain", "Background", "New Leadership");

    static final List<String> TOPICS = List.of("energy prices", "trade tariffs", "border security", "the grain deal",
            "migration", "climate finance", "nuclear safety", "debt relief", "the ceasefire", "prisoner exchanges",
            "sanctions", "water rights", "fishing quotas", "defence spending", "the pipeline project", "food security",
            "digital taxes", "public health", "the peace plan", "infrastructure investment");

    static final List<String> QUOTE_TEXTS = List.of("We had a frank and useful exchange of views",
            "There is still a lot of work to do", "Our position has not changed",
            "We will not accept any agreement that ignores our concerns", "The door to dialogue remains open",
            "These are difficult times, but we are ready to act", "Nobody should expect miracles",
            "We are ready to discuss any proposal in good faith", "The situation on the ground is very serious",
            "I am honoured to take on this role", "We have made real progress", "This is only the beginning",
            "Our economy is stronger than many expected", "We will continue to defend our interests");

    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve");

    /** Every pattern of every group, for checks. */
    static List<Template> all() {
        List<Template> all = new java.util.ArrayList<>();
        HEADLINES.values().forEach(all::addAll);
        LEADS.values().forEach(all::addAll);
        List.of(MEETINGS, REPLACEMENTS, CONTESTS, QUOTES, FILLER, SUBHEADINGS).forEach(all::addAll);
        return all;
    }

    private static List<Template> parse(String... patterns) {
        return java.util.Arrays.stream(patterns).map(Template::parse).toList();
    }
}
