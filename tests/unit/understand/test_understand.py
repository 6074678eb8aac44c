import pytest

from qa.errors import QAError
from qa.models import AnswerType as T
from qa.understand import Subtype, classify, understand
from qa.understand.query import query_terms
from qa.understand.slots import keywords

analyze = understand


@pytest.mark.parametrize("q,kind,sub", [
    ("Who is the NATO Secretary General?", T.WHO, "person"),
    ("Who bought the stake?", T.WHO, None),
    ("Which Federal Reserve chairman decided not to stay?", T.WHO, "person"),
    ("Which is Denmark's second largest telephone company?", T.WHO, "org"),
    ("What was Foothill's profit in 1986?", T.HOW_MUCH, None),
    ("What were Metromail's nine-month earnings per share?", T.HOW_MUCH, None),
    # a long owner: the noun after the last possessive is asked
    ("What were the Bank of New England Corp of Boston's 1986 earnings?", T.HOW_MUCH, None),
    ("What is the First National Bank of Chicago's annual dividend?", T.HOW_MUCH, None),
    ("What did the chairman of Acme say about the company's profit?", T.WHAT, None),
    ("What coupon does the loan carry?", T.HOW_MUCH, "percent"),
    ("How fast did the economy grow?", T.HOW_MUCH, "percent"),
    ("For which fiscal year was it requested?", T.WHEN, "year"),
    ("Who wrote the article about the video call?", T.WHO, "author"),
    ("Which company bought Texaco?", T.WHO, "org"),
    ("When will the video call take place?", T.WHEN, None),
    ("What time is the meeting?", T.WHEN, "time"),
    ("On what date did they sign?", T.WHEN, None),
    ("In what year was the plant opened?", T.WHEN, "year"),
    ("What day was the summit?", T.WHEN, None),
    ("How much military aid did Paris pledge?", T.HOW_MUCH, None),
    ("How large is the plan?", T.HOW_MUCH, None),
    ("What is the size of the fund?", T.HOW_MUCH, None),
    ("What percentage did sales rise?", T.HOW_MUCH, "percent"),
    ("How many countries were invited?", T.HOW_MANY, None),
    ("Where did Macron meet Zelensky?", T.WHERE, None),
    ("Which country hosts the summit?", T.WHERE, None),
    ("In which city is the company based?", T.WHERE, None),
    ("What did the invitation not mention?", T.WHAT, None),
])
def test_classify(q, kind, sub):
    assert classify(q) == (kind, Subtype(sub or ""))


def test_analysis_keywords_entities_and_target():
    assert analyze("How many mining concessions does it own?").target == "concessions"
    assert analyze("How many people died?").target == "people"
    a = analyze("How many countries' chiefs of general staff are meeting with Burkhardt?")
    assert a.type is T.HOW_MANY and a.target == "countries"
    assert "burkhardt" in a.keywords and "how" not in a.keywords
    assert a.entities == ("Burkhardt",)
    assert "take" not in analyze("When will the video call take place?").keywords


def test_query_terms_add_synonyms_at_lower_weight():
    terms, weights = query_terms(analyze("How much did Paris promise?"))
    assert terms[:2] == ["pari", "promis"] and weights[:2] == [1.0, 1.0]
    assert "pledg" in terms and weights[terms.index("pledg")] == 0.5


@pytest.mark.parametrize("bad,msg", [("", "empty"), ("   \n ", "empty"), ("x" * 10_000, "too long")])
def test_bad_questions(bad, msg):
    with pytest.raises(QAError, match=msg):
        analyze(bad)


def test_price_questions_without_how_much():
    assert classify("What is Lifetime paying per share for Nippon Lace?") == (T.HOW_MUCH, Subtype.NONE)
    assert classify("What price per share is Eller paying?") == (T.HOW_MUCH, Subtype.NONE)


def test_phrasal_verbs_search_for_the_verb_they_mean():
    assert keywords("When did the board call off the merger?") == ["board", "cancel", "merger"]
    assert "resign" in keywords("When did Funaro step down?")


def test_the_noun_after_which_decides_person_or_organisation():
    assert classify("Which analyst at the brokerage firm cut his forecast?") == (T.WHO, "person")
    assert classify("In which year did King Instrument file its suit?")[0] is T.WHEN


def test_more_question_shapes():
    assert classify("What size of stake did Eastman Kodak buy in Enzon?") == (T.HOW_MUCH, "percent")
    assert classify("During which months was the site online?") == (T.WHEN, "month")
    assert classify("Which part of Indonesia would the Gurkhas be sent to?")[0] is T.WHERE


def test_british_and_american_spellings_find_each_other():
    from qa.lexicon.synonyms import synonyms
    from qa.lexicon.tokens import stem

    assert stem("authorized") in synonyms("authorised")
    assert stem("labor") in synonyms("labour")


def test_slots_are_read_once_from_the_question():
    from qa.mentions import role_phrase

    assert role_phrase("Who is the chief financial officer of Mead?") == ["chief", "financial", "officer"]
    assert role_phrase("Who chairs the Fed?") == []
    assert role_phrase("Who is the managing director of Lasmo?") == ["managing", "director"]
    q = understand("How much per share is GAF offering Borg-Warner holders in the first quarter of 1987?")
    assert q.subject == ("GAF",) and q.per_share and q.periods == {"quarter-1"} and q.years == {"1987"}
    assert understand("How much was Qwest's bid for MCI?").possessors == ("Qwest",)
    assert understand("Where will the Lions play their second Test?").ordinals == (("second", "test"),)
    assert understand("Where is Nike based?").asks_base
    assert understand("Over how many years will the loan be repaid?").count_frame == "Over"
    assert understand("Who heads Air China?").head_verb


def test_the_event_a_question_asks_about():
    from qa.understand.slots import event

    assert event("When did Tesco first launch its bid for Hillards?")[0] == "launch"
    assert event("In which year was The Foothill Group founded?")[0] == "found"
    assert event("On what date did North American Holding's fourth quarter end?")[0] == "end"
    assert event("When did the failure that destroyed the rocket happen?") is None
    assert event("When did prices rise?") == ("rise", "rose", "risen")
    assert event("On what day did the World Bank sign off on the loans?") == ("approve", "sign off")
    assert event("When did the talks peter out?") is None  # a phrasal verb not in the table
    assert event("How many days must pass before a ballot can be held?")[0] == "pass"


def test_a_which_phrase_asks_for_its_last_noun():
    """"Which union official" asks for a person, "Which chairman's company" for a company; the
    phrase ends where the clause after it starts (an auxiliary, an article, an -ed verb)."""
    for q in ["Which union official spoke for the technicians?", "Which Dresdner Bank board member runs Latin America?",
              "Which company's chairman resigned?", "Which Deutsche Bank chief executive announced a shake-up?",
              "Which congressman introduced the bill?"]:
        assert classify(q) == (T.WHO, Subtype.PERSON), q
    for q in ["Which official body approved it?", "Which chairman's company went bankrupt?",
              "Which company hired the official?", "Which bank did the chairman found?"]:
        assert classify(q) == (T.WHO, Subtype.ORG), q


def test_more_question_kinds():
    assert classify("Which FTC commissioner voted against the settlement?") == (T.WHO, Subtype.PERSON)
    assert classify("How deep a cut does the department face?")[0] is T.HOW_MUCH
    assert classify("Which coastline was the hurricane bearing down on?")[0] is T.WHERE
    assert classify("Who wrote the article about the video call?") == (T.WHO, Subtype.AUTHOR)
    assert classify("Who is the author of the Mary Queen of Scots biography?")[1] is not Subtype.AUTHOR


@pytest.mark.parametrize("question,kind,sub", [
    ("Which rookie kicker missed the field goal?", "who", "person"),
    # a name with a comma in it, a calling, a verb that ends the which-phrase
    ("Which Kidder, Peabody vice president defended employee drug testing?", "who", "person"),
    ("Which consultant reassessed the gas reserves of Santos's Cooper Basin ventures?", "who", "person"),
    ("Which index climbed the most?", "who", "name"),
    # weights and speeds, and a rate asked with "how fast"
    ("How heavy was the satellite?", "how_many", "weight"),
    ("How much does the new Airbus wing weigh?", "how_many", "weight"),
    ("How fast was the train travelling when it derailed?", "how_many", "speed"),
    ("How fast did China's economy grow in 2004?", "how_much", "percent"),
    ("At which festival did the film premiere?", "where", ""),
    ("Which film won best picture?", "who", "name"),
    ("What was the name of the ship?", "who", "name"),
    ("What is Colt Industries worth?", "how_much", ""),
    ("What is the Whitbread Book of the Year prize worth?", "how_much", ""),
    ("How old is the chairman of Chrysler?", "how_many", "age"),
    ("What age was the pilot?", "how_many", "age"),
    ("How long will the strike last?", "how_many", "duration"),
    ("How far is the mine from Johannesburg?", "how_many", "distance"),
    ("How tall is the tower?", "how_many", "distance"),
    ("Which bank bought Midland?", "who", "org"),
    ("Which striker scored twice?", "who", "person"),
    ("How long ago did the firm open?", "when", ""),
    # nouns that name money asked for
    ("What royalties does the producer claim from the film's makers?", "how_much", ""),
    ("What damages does he seek from NBC?", "how_much", ""),
    ("What wage increase does the 1987 contract give?", "how_much", ""),
    ("What was the US trade gap with China in 2004?", "how_much", ""),
    ("What award did the film win?", "what", ""),
    # measures: a length, a period, a rank; never a whole sentence
    ("How wide was the algae bloom off the coast?", "how_many", "distance"),
    ("How deep underground was the epicentre?", "how_many", "distance"),
    ("At what depth was oil found in the well?", "how_many", "distance"),
    ("What length of piping was laid under the river?", "how_many", "distance"),
    ("How deep is the pay cut the pilots accepted?", "how_much", ""),  # an amount is asked about
    ("How high could silver go this year?", "how_much", ""),
    ("How often is the dividend reset?", "how_many", "duration"),
    ("To what world ranking did she rise?", "how_many", ""),
    ("What could the contract be worth with all options?", "how_much", ""),
    ("What was the purse of the handicap?", "how_much", ""),
    ("In what denominations will the certificates be issued?", "how_much", ""),
    # a measure noun past the focus window, or a cost said far from "what"
    ("What was the colony's October 1987 current account surplus?", "how_much", ""),
    ("What were France's 2004 box office takings?", "how_much", ""),
    ("What does the boxed set of the band's complete studio recordings cost?", "how_much", ""),
    ("What were the bakery's sales last year?", "how_much", ""),  # the sales, not the year
    ("What did the chairman say about the company's 1986 profit?", "what", ""),  # what was said
    ("What did the minister announce last week?", "what", ""),
    ("Which prize did the film win?", "who", "name"),
    # "what" as the object of a verb that asks for an amount or a golf score (amount_verbs,
    # score_verbs), and the nouns of trade, gifts, tolls and load factors
    ("What did the magnate donate to Labour?", "how_much", ""),
    ("What did South Africa's imports total in February 1987?", "how_much", ""),
    ("What did the film cost to make?", "how_much", ""),
    ("What had the film grossed after three weekends?", "how_much", ""),
    ("What did Reuters pay for Instinet?", "how_much", ""),
    ("What did Broadhurst shoot on Friday in Madrid?", "how_many", ""),
    ("What steps did the bank take?", "what", ""),  # take: an action as often as an amount
    ("What did the board say about the total?", "what", ""),  # total after "the": a noun
    ("What were China's exports in December 2004?", "how_much", ""),
    ("What refund per customer did the board seek?", "how_much", ""),
    ("What was the airline's load factor in March?", "how_much", "percent"),
    ("What was the flood's death toll?", "how_many", ""),
    ("What is a manual worker's life expectancy at birth?", "how_many", ""),
])
def test_which_noun_and_how_old_long_far_never_fall_back_to_a_sentence(question, kind, sub):
    q = understand(question)
    assert (q.type.value, q.subtype.value) == (kind, sub)


@pytest.mark.parametrize("question, kind", [
    ("What is the capacity of the hydrocracker at the refinery?", T.HOW_MANY),  # count_nouns
    ("What is the rated output of Unit 3?", T.HOW_MANY),
    ("What is the population of the province?", T.HOW_MANY),
    ("What is the insurer's exposure to the storm?", T.HOW_MUCH),  # amount_nouns
    ("Which production company made the film?", T.WHO),  # a noun before the head is not the head
    ("What is the company's name?", T.WHO),
])
def test_the_noun_asked_about_types_what_questions(question, kind):
    assert classify(question)[0] is kind


@pytest.mark.parametrize("question,asks", [
    ("Until when is Gabelli's buyout proposal for Di Giorgio open?", True),
    ("By when will Marubeni's Tianjin broiler plant be completed?", True),
    ("By what year will PacifiCorp's preferred stock be fully retired?", True),
    ("When does the tender offer expire?", True),
    ("What is the deadline for bids?", True),
    ("When did the strike end?", False),  # "ended on Tuesday", not "until Tuesday"
    ("When did GM open the plant?", False),
])
def test_a_question_that_asks_when_something_ends(question, asks):
    assert understand(question).asks_end is asks


def test_a_when_question_that_asks_for_a_day():
    assert understand("On what date did the talks open?").asks_day
    assert understand("Which day will the shares be listed?").asks_day
    assert not understand("When did the talks open?").asks_day
    assert not understand("In what year did the talks open?").asks_day
