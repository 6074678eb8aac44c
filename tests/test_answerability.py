"""The near-miss checks: a sentence about the same things that answers a different question."""

from qa import answerability as A
from qa.extract.base import Candidate, Sentence
from qa.models import AnswerType
from qa.question import analyze


def S(text: str) -> Sentence:
    return Sentence(text, 0)


def test_role_phrase():
    assert A.role_phrase("Who is the chief financial officer of Mead?") == ["chief", "financial", "officer"]
    assert A.role_phrase("Who chairs the Fed?") == []
    assert A.role_phrase("Who is the managing director of Lasmo?") == ["managing", "director"]


def test_wrong_role_needs_the_whole_role():
    q = analyze("Who is the chief financial officer of Mead?")
    assert A.wrong_role(q, S("Burnell Roberts, chairman and chief executive officer, said so."))
    assert not A.wrong_role(q, S("David Hilton, chief financial officer, said so."))
    assert not A.wrong_role(q, S("The company's CFO, David Hilton, said so."))
    # a one-word role is left to the title test
    assert not A.wrong_role(analyze("Who is the chairman of Mead?"), S("Roberts, the president, said so."))


def test_other_owner_of_the_role():
    q = analyze("Who is the chief executive of Southcorp?")
    s = S("\"It will transform the industry,\" said Trevor O'Hoy, Foster's chief executive officer.")
    assert A.other_owner(q, s) == "the role belongs to Foster"
    assert not A.other_owner(q, S("Southcorp's chief executive John Ballard said so."))
    assert not A.other_owner(q, S("John Ballard, chief executive of Southcorp, said so."))
    assert not A.other_owner(q, S("John Ballard, the chief executive, said so."))  # no owner named


def test_other_subject():
    q = analyze("What were Opel's sales in 1986?")
    article = "Colt Industries said it would sell Woodville."
    s = S("Woodville, which makes precision products, had 1986 sales of about 24 mln stg, it said.")
    assert A.other_subject(q, s, article) == "the sentence is about Woodville, not Opel"
    assert not A.other_subject(q, S("Opel had 1986 sales of 24 mln stg."), article)
    # a pronoun or a common noun opens the sentence: it may well be about Opel
    assert not A.other_subject(q, S("It had 1986 sales of 24 mln stg."), article)
    assert not A.other_subject(q, S("Analysts said sales were 24 mln stg."), "analysts said")
    # the speaker is not what the figure is about
    assert not A.other_subject(q, S("Smith said 1986 sales were 24 mln stg."), article)
    # "the former Arco chairman" may be named without Arco
    q2 = analyze("At what price does the former Arco chairman expect oil to end 1987?")
    assert not A.other_subject(q2, S("Anderson predicted oil would end 1987 at 24 dlrs."), article)


def test_other_scope():
    q = analyze("How many copies of Halo 2 have been sold in the UK?")
    assert A.other_scope(q, S("The game has sold more than five million copies worldwide."))
    assert not A.other_scope(q, S("The game has sold a million copies in the UK, and more worldwide."))
    assert not A.other_scope(analyze("How many copies were sold worldwide?"), S("It sold 5 mln worldwide."))


def test_other_line_item():
    q = analyze("How much did Upland pay for Consolidated?")
    s = S("The acquisition will produce revenues of 9.6 mln dlrs a year.")
    c = Candidate(s.text.index("9.6"), s.text.index(" a year"), AnswerType.HOW_MUCH, "money", kind="money")
    assert A.other_line_item(q, s, c) == "the amount is revenues, not what was asked"
    assert not A.other_line_item(analyze("What revenues will the acquisition produce?"), s, c)
    assert not A.other_line_item(analyze("How much turnover will it bring?"), s, c)  # a synonym


def test_absent_entity_reads_the_whole_article():
    article = A.article_stems("Lib Dems appoint", "Party chief executive Lord Rennard said the Lib Dem team grew.")
    assert A.absent_entity(analyze("Who is the chief executive of Southcorp?"), article)
    assert not A.absent_entity(analyze("Who is the Liberal Democrat chief executive?"), article)  # short form
    assert not A.absent_entity(analyze("Who is the party's chief executive?"), article)  # nothing named


def test_event_verb():
    assert A.event_verb("When did Tesco first launch its bid for Hillards?")[0] == "launch"
    assert A.event_verb("In which year was The Foothill Group founded?")[0] == "found"
    assert A.event_verb("On what date did North American Holding's fourth quarter end?")[0] == "end"
    assert A.event_verb("When did the failure that destroyed the rocket happen?") is None
    assert A.event_verb("When did prices rise?") == ("rise", "rose", "risen")


def test_other_event():
    q = analyze("When did Tesco first launch its bid for Hillards?")
    assert A.other_event(q, S("Tesco said it was extending its bid for Hillards until May 1."))
    assert not A.other_event(q, S("Tesco launched its bid for Hillards on March 2."))
    assert not A.other_event(q, S("The launch of Tesco's bid on March 2 surprised the market."))
    resume = analyze("When did the pipeline resume operation?")
    assert not A.other_event(resume, S("The resumption of pumping is set for March 20."))  # a derived noun
    rise = analyze("In which year did operating profit rise to 120 mln marks?")
    assert not A.other_event(rise, S("Operating profit rose to 120 mln marks in 1986."))  # irregular form
    delay = analyze("Until when has Capitol postponed its annual meeting?")
    assert not A.other_event(delay, S("Capitol delayed its annual meeting until May."))  # a synonym


def test_more_question_kinds():
    from qa.question import classify

    assert classify("Which FTC commissioner voted against the settlement?") == (AnswerType.WHO, "person")
    assert classify("How deep a cut does the department face?")[0] is AnswerType.HOW_MUCH
    assert classify("Which coastline was the hurricane bearing down on?")[0] is AnswerType.WHERE


def test_phrasal_verbs_and_irregular_synonyms():
    assert A.event_verb("On what day did the World Bank sign off on the loans?") == ("approve", "sign off")
    assert A.event_verb("When did the talks peter out?") is None  # a phrasal verb not in the table
    step = analyze("On what date did Funaro step down as finance minister?")
    assert A.other_event(step, S("Funaro angered the banks in February."))
    assert not A.other_event(step, S("Funaro stepped down on Monday."))
    assert not A.other_event(step, S("Funaro resigned on Monday."))
    laid = analyze("How many workers will GM lay off at Pontiac?")
    assert not A.other_event(laid, S("About 400 workers on the bus line will be laid off."))
    injured = analyze("How many people were injured by the hurricane?")
    assert A.other_event(injured, S("Ivan has killed at least 60 people."))
    assert A.event_verb("How many days must pass before a ballot can be held?")[0] == "pass"
    start = analyze("When did blood banks start screening donations?")
    assert not A.other_event(start, S("The practice of testing donated blood, begun in mid-1985, works."))


def test_book_author_is_not_the_byline():
    from qa.question import classify

    assert classify("Who wrote the article about the video call?") == (AnswerType.WHO, "author")
    assert classify("Who is the author of the Mary Queen of Scots biography?")[1] != "author"


def test_names_in_the_article_are_capitalised():
    article = A.article_stems("Argonaut cuts jobs", "The studio said it was a lifetime's work for Jez San.")
    assert A.absent_entity(analyze("Where is Lifetime Corp headquartered?"), article)
    typed_low = A.article_stems(None, "Studies are still being done on the carbozulia project, due in august.")
    assert not A.absent_entity(analyze("What will the Carbozulia project cost?"), typed_low)


def test_owner_without_possessive():
    q = analyze("Who is the chairman of GAF?")
    assert A.other_owner(q, S("Minstar chairman Irwin L. Jacobs sold his stake.")) == "the role belongs to Minstar"
    q2 = analyze("Who is the Liberal Democrat party chief executive?")
    assert not A.other_owner(q2, S("Party chief executive Lord Rennard said so."))


def test_possessor_and_leading_phrase():
    q = analyze("How much was Qwest's bid for MCI?")
    s = S("Verizon has won a takeover battle for MCI with a bid worth $6.8bn, reports say.")
    assert A.other_subject(q, s, "") == "the sentence is about Verizon, not Qwest"
    q2 = analyze("How much per share is GAF offering Borg-Warner holders?")
    s2 = S("In November, Jacobs had offered talks with Borg-Warner at 43 dlrs a share.")
    assert A.other_subject(q2, s2, "") == "the sentence is about Jacobs, not GAF"


def test_a_future_event_does_not_answer_when_it_happened():
    q = analyze("When did Reagan last visit West Berlin?")
    assert A.other_event(q, S("Reagan will visit Rome and West Berlin in June."))
    assert not A.other_event(q, S("Reagan visited West Berlin in 1982."))


def test_headquarters_must_be_said():
    q = analyze("In which city does General Motors have its headquarters?")
    assert A.other_attribute(q, S("The GM plant at Doraville, Ga., will be closed."))
    assert not A.other_attribute(q, S("The Detroit-based carmaker said so."))
    assert not A.other_attribute(analyze("In which city is Otari Electric based?"), S("<Otari Electric Co> of Tokyo said."))


def test_a_value_in_another_subjects_clause():
    q = analyze("How much money did Leonardo DiCaprio pledge to Unicef?")
    s = S('Actress Sandra Bullock has donated $1m to The American Red Cross and actor Leonardo DiCaprio pledged '
          'a "sizable" aid contribution to Unicef.')
    c = Candidate(s.text.index("$1m"), s.text.index("$1m") + 3, AnswerType.HOW_MUCH, "money")
    assert A.other_clause(q, s, c) == "the value belongs to Sandra Bullock, in another clause"
    one = S("Leonardo DiCaprio pledged $1m to Unicef and Red Cross officials welcomed it.")
    c1 = Candidate(one.text.index("$1m"), one.text.index("$1m") + 3, AnswerType.HOW_MUCH, "money")
    assert not A.other_clause(q, one, c1)


def test_inflections():
    assert {"died", "dies", "dying"} <= A.inflections(("die",))
    assert "stopped" in A.inflections(("stop",))
    assert "rose" in A.inflections(("rise", "rose", "risen"))
    assert not A.other_event(analyze("When did Marlon Brando die?"), S("Brando, who died last July, won an Oscar."))


def test_line_item_a_few_words_before_and_through_a_conversion():
    q = analyze("How large is President Bush's 2006 budget?")
    s = S("Bush cut spending to lower a record deficit projected to peak at $427bn (£230bn) this year.")
    for span in ("$427bn", "£230bn"):
        c = Candidate(s.text.index(span), s.text.index(span) + len(span), AnswerType.HOW_MUCH, "money", kind="money")
        assert A.other_line_item(q, s, c) == "the amount is deficit, not what was asked"


def test_brackets_do_not_split_clauses_and_the_question_subject_binds():
    assert len(A._clauses("An offer worth 3.1bn dollars ($2.3bn; £1.8bn) from Foster's.")) == 1
    q = analyze("What percentage of Circle K will Karl Eller own once the deal is done?")
    s = S("After the sale, Hervey will own 6,764,004 shares, or 13.61 pct of Circle K stock and Eller will hold "
          "2,873,300 shares, of 5.78 pct of the stock.")
    first = Candidate(s.text.index("13.61"), s.text.index("13.61") + 10, AnswerType.HOW_MUCH, "percent")
    second = Candidate(s.text.index("5.78"), s.text.index("5.78") + 8, AnswerType.HOW_MUCH, "percent")
    assert A.other_clause(q, s, first) == "the value belongs to Hervey, in another clause"
    assert not A.other_clause(q, s, second)


def test_heads_and_chief_executives():
    heads = analyze("Who heads Air China?")
    assert A.wrong_role(heads, S("Air China has been reorganised into three groups with China Southern."))
    s = S('"We are delighted," said LSE chief executive Clara Furse.')
    assert A.other_owner(heads, s) == "the role belongs to LSE"
    ceo = analyze("Who is the chief executive of Pacific Gas and Electric?")
    assert A.wrong_role(ceo, S("The stock fell, analysts and company executives said."))


def test_another_place_than_the_one_asked():
    q = analyze("When will the PlayStation Portable go on sale in Europe?")
    assert A.other_scope(q, S("Sony's PlayStation Portable goes on sale in the US on Thursday.")) == \
        "the sentence is about US, not Europe"
    assert not A.other_scope(q, S("It goes on sale in Europe in March and in the US on Thursday."))


def test_acronyms_and_short_forms_name_the_same_company():
    article = A.article_stems(None, "Pacific Gas and Electric Co said so. US Federal Reserve chairman Alan Greenspan spoke.")
    assert not A.absent_entity(analyze("Which analyst said PG&E won't raise its dividend?"), article)
    assert not A.absent_entity(analyze("When did Greenspan become Fed chairman?"), article)
    q = analyze("Who is the London Stock Exchange's chief executive?")
    assert not A.other_owner(q, S('"We are delighted," said LSE chief executive Clara Furse.'))


def test_announcing_is_saying_and_role_verbs_need_who_as_subject():
    q = analyze("When did Pacific Gas announce the change in its accounting?")
    assert not A.other_event(q, S("Pacific Gas said yesterday that a change in the method would cut earnings."))


def test_based_where_a_person_lives_is_no_head_office():
    q = analyze("Where is Jet Airways headquartered?")
    assert A.other_attribute(q, S("Jet Airways was founded by London-based ex-travel agent Naresh Goya."))
    assert not A.other_attribute(q, S("The Mumbai-based airline controls 45% of the market."))


def test_a_short_form_needs_every_part_and_a_long_form_a_short_word():
    south = A.article_stems(None, "Hapoel Bnei Sakhnin play in the South of Israel.")
    assert A.absent_entity(analyze("In which city is Southcorp headquartered?"), south)
    libdem = A.article_stems(None, "The Lib Dem team grew, party chief executive Lord Rennard said.")
    assert not A.absent_entity(analyze("Who is the Liberal Democrat chief executive?"), libdem)


def test_the_end_of_a_month_says_nothing_ended():
    q = analyze("When is the highway rehabilitation due to be finished?")
    assert A.other_event(q, S("The final list of contractors would be issued at the end of April."))
    assert not A.other_event(q, S("The rehabilitation will be finished at the end of April."))


def test_ordinals_roles_and_base_of_the_asked_company():
    q = analyze("Where will the Lions play their second Test against the All Blacks?")
    assert A.other_ordinal(q, S("The first Test against the All Blacks is in Christchurch on 25 June."))
    assert not A.other_ordinal(q, S("The second Test is in Wellington."))
    cfo = analyze("Who is the chief financial officer of Mellon Bank?")
    assert A.wrong_role(cfo, S("Mellon has the financial strength to cope, said Barnes."))
    ebay = analyze("Where is eBay based?")
    assert A.other_attribute(ebay, S("Chrysler was the only Detroit based automaker to gain share."))
    assert not A.other_attribute(analyze("Where is Nike based?"), S("Sales rose, said the firm based in Beaverton."))


def test_lower_case_phrases_spell_acronyms():
    text = "ABM Gold Corp filed for an initial public offering of six mln shares."
    article = A.article_stems(None, text)
    assert not A.absent_entity(analyze("How many shares is ABM Gold offering in its IPO?"), article, text)
    assert A.absent_entity(analyze("How many shares is ABM Gold offering in its GDR?"), article, text)


def test_a_head_of_government_is_a_head():
    q = analyze("Who leads Romania's ruling Social Democrats as prime minister?")
    assert not A.wrong_role(q, S("Results showed the ruling Social Democrats of Prime Minister Adrian Nastase ahead."))
    air = analyze("Who heads Air China?")
    assert A.other_owner(air, S("Germany's Chancellor Gerhard Schroeder signed a deal with Air China."))
