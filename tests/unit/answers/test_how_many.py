import pytest

from qa.answers.base import Sentence
from qa.answers.how_many.counts import extract_counts


def counts(text, target=None):
    s = Sentence(text, 0)
    return [(c.text(s), c.value.count if c.value else None, c.prior) for c in extract_counts(s, target)]


def test_counts_with_their_nouns():
    assert counts("officials from 28 countries, but", "countries") == [("28 countries", 28, 1.0)]
    assert counts("from more than 30 countries willing", "countries")[0][:2] == ("30 countries", 30)


@pytest.mark.parametrize("text,span,qualifier", [
    ("from more than 30 countries willing", "30 countries", "more than"),
    ("the plant employs some 1,350 inspectors", "1,350 inspectors", "some"),
    ("it may cut up to 300 jobs", "300 jobs", "up to"),
    ("an estimated 12,000 people marched", "12,000 people", "an estimated"),
    ("hired 1,200 new workers", "1,200 new workers", None),
])
def test_a_hedge_stays_in_the_value_not_the_span(text, span, qualifier):
    """Where a gold set lists only one form, it leaves the hedge out (42 answers over the gold sets)
    far more often than it keeps it (2); a reader still sees the hedge in the value and the sentence."""
    s = Sentence(text, 0)
    c = extract_counts(s, None)[0]
    assert (c.text(s), c.value.qualifier) == (span, qualifier)


def test_target_noun_preferred_and_adjectives_skipped():
    got = counts("cut about 300 jobs at three plants", "plants")
    assert ("three plants", 3, 1.0) in got
    assert ("300 jobs", 300, 0.35) in got
    assert counts("hired 1,200 new workers")[0][:2] == ("1,200 new workers", 1200)


def test_dates_money_and_percentages_are_not_counts():
    assert counts("on March 7 it paid $5 million, 15 pct of 12 mln dlrs") == []


@pytest.mark.parametrize("text, target, want", [
    # 23 such designations over the archive ("737-300 aircraft", "A310-300 aircraft", "747-400 airliners")
    ("ordered 15 Boeing 767-300 planes worth 975 mln dlrs", "planes", [("15 Boeing 767-300 planes", 15)]),
    ("would lease two 747-400 aircraft from Boeing", None, [("two 747-400 aircraft", 2)]),
    ("and two A310-300 aircraft", None, [("two A310-300 aircraft", 2)]),
    ("talks among the G-7 nations", "nations", []),  # a name's number
    ("after a 2-1 win over Chelsea", None, []),  # a score
    ("The CMB has 455,000 60-kg bags of coffee", "bags", [("455,000 60-kg bags", 455000)]),  # a measure
])
def test_a_designation_is_part_of_the_noun_not_a_count(text, target, want):
    assert [c[:2] for c in counts(text, target)] == want


def test_the_asked_noun_a_few_words_on_and_bare_totals():
    from qa.answers.base import Sentence
    from qa.answers.how_many.counts import extract_counts

    s = Sentence("Meanwhile 70 Hong Kong music and movie stars re-recorded the song.", 0)
    assert [c.text(s) for c in extract_counts(s, "stars")] == ["70 Hong Kong music and movie stars"]
    s2 = Sentence("He went 10-8 with a 3.21 ERA in 30 starts last season.", 0)
    assert "30 starts" in [c.text(s2) for c in extract_counts(s2, "starts")]
    assert not any(c.text(s2).startswith("3.21") and c.text(s2).endswith("starts") for c in extract_counts(s2, "starts"))
    s3 = Sentence("Active rotary rigs fell by 35 to a total of 766, against 1,212 working rigs a year ago.", 0)
    assert "766" in [c.text(s3) for c in extract_counts(s3, "rigs")]


def test_part_of_a_whole():
    from qa.answers.base import Sentence
    from qa.answers.how_many.counts import extract_counts

    s = Sentence("Insat 1B controls 182 of the country's 187 television stations.", 0)
    assert ("182", 0.9) in [(c.text(s), c.prior) for c in extract_counts(s, "stations")]


def measures(text, subtype):
    from qa.answers.how_many.measures import extract_measures
    from qa.understand.frame import Subtype

    s = Sentence(text, 0)
    return [(c.text(s), c.value.count, c.value.unit) for c in extract_measures(s, Subtype(subtype))]


@pytest.mark.parametrize("text,subtype,want", [
    ("BNP leader Nick Griffin, 45, was arrested.", "age", ("45", 45, "years")),
    ("the 71-year-old former minister", "age", ("71", 71, "years")),
    ("has died at the age of 83.", "age", ("83", 83, "years")),
    ("England centre Mike Tindall (26) is fit", "age", ("26", 26, "years")),
    ('"We are a tribute band," said Hynde, 53.', "age", ("53", 53, "years")),
    ("Chirac, who turned 72 in November", "age", ("72", 72, "years")),
    ("Gordon Cooper has died. He was 77.", "age", ("77", 77, "years")),
    ("Group president Jean Mantelet, who is 87, said", "age", ("87", 87, "years")),
    ("Marcello Viotti has died in Germany at 50.", "age", ("50", 50, "years")),
    ("Chirac passed his 72nd birthday yesterday", "age", ("72", 72, "years")),
    ("Pickens is 58.", "age", ("58", 58, "years")),
    ("firms are protected for 180 days", "duration", ("180 days", 180, "days")),
    ("a three-week strike", "duration", ("three-week", 3, "weeks")),
    ("a 45-minute concert", "duration", ("45-minute", 45, "minutes")),
    ("about 100 km from Sao Paulo", "distance", ("100 km", 100, "km")),
    ("the 508m tall tower", "distance", ("508m", 508, "m")),
    ("20 miles north of the city", "distance", ("20 miles", 20, "miles")),
])
def test_ages_durations_distances(text, subtype, want):
    assert want in measures(text, subtype)


@pytest.mark.parametrize("text,subtype", [
    ("a £600m deal", "distance"),  # money, not metres
    ("the 45-year-old chief", "duration"),  # an age, not a duration
    ("sales rose 45 pct", "age"),
    ("in 1987, 45 firms", "age"),
    ("He was 77 pct sure", "age"),  # no stop after the number
    ("The index was 58.", "age"),  # a surname's bare number, not a lower-case noun's
    ("the death toll stood at 50 on Monday", "age"),  # "death" then "at 50" is not "died at 50"
    ("who died at 10:30 on Monday", "age"),
    ("the plan was 12, the report said", "age"),
    ("The index stood at 1,345.6. Trading was thin.", "age"),
    ("shares of Acme Corp rose 2.5. Volume was light", "age"),
])
def test_not_measures(text, subtype):
    assert measures(text, subtype) == []


@pytest.mark.parametrize("text, target, level, compared", [
    ("Pan Am plans to expand its fleet to 58 from 30 aircraft by 1990.", "aircraft", "58", "30 aircraft"),
    ("The workforce rose to 1,150, up from 900 workers.", "workers", "1,150", "900 workers"),
    ("Output rose to 1.2 mln from 900,000 tonnes.", "tonnes", "1.2 mln", "900,000 tonnes"),
    ("It sold 12,400 against 11,900 cars.", None, "12,400", "11,900 cars"),
])
def test_a_level_before_a_compared_count_counts_its_noun(text, target, level, compared):
    s = Sentence(text, 0)
    got = {c.text(s): c for c in extract_counts(s, target)}
    assert got[level].rule == "count:level-before" and got[level].value.unit == got[compared].value.unit
    assert got[compared].features.get("compared") == 1.0 and not got[level].features.get("compared")
    assert got[level].prior == 2 * got[compared].prior


@pytest.mark.parametrize("text, target", [
    ("Officials from 28 countries met in Geneva.", "countries"),  # "from" says where from
    ("Output rose in 1987 from 300 tonnes.", "tonnes"),  # a year is no level
    ("It paid $58 from 30 accounts.", None),  # money is no level
])
def test_no_level_before(text, target):
    s = Sentence(text, 0)
    got = extract_counts(s, target)
    assert all(c.rule != "count:level-before" for c in got)
    assert all(not c.features.get("compared") for c in got)


def test_a_count_a_year_ago_is_compared():
    s = Sentence("There were 766 rigs working, against 1,212 working rigs a year ago.", 0)
    got = {c.text(s): c for c in extract_counts(s, "rigs")}
    assert got["1,212 working rigs"].features.get("compared") == 1.0
    assert not got["766 rigs"].features.get("compared")


@pytest.mark.parametrize("question, text, want", [
    # "How many years …?" answered by a measure: "a 25-year agreement", "the 17-year loan"
    ("How many years does the supply agreement run?", "It signed a 25-year agreement to supply crude.", "25-year"),
    ("Over how many years is the loan repaid?", "The Bank said the 17-year loan will support reforms.", "17-year"),
])
def test_a_span_of_the_time_unit_asked_counts(question, text, want):
    from qa.answers.registry import KINDS
    from qa.evidence import Evidence
    from qa.understand import understand

    q, ev = understand(question), Evidence.of(text)
    assert want in [c.text(ev.sentence) for c in KINDS[q.type].candidates(q, ev)]


def test_a_span_of_another_time_unit_does_not():
    from qa.answers.registry import KINDS
    from qa.evidence import Evidence
    from qa.understand import understand

    q, ev = understand("How many years did the strike last?"), Evidence.of("It was a 10-day strike.")
    assert [c.text(ev.sentence) for c in KINDS[q.type].candidates(q, ev)] == []


@pytest.mark.parametrize("text,target,span,count", [
    ("The finale drew an average of 10.9m viewers.", "viewers", "10.9m viewers", 10_900_000),
    ("Some 2.8m people voted.", "people", "2.8m people", 2_800_000),
    ("Output rose to 1.2bn barrels.", "barrels", "1.2bn barrels", 1_200_000_000),
])
def test_a_scale_written_onto_the_number(text, target, span, count):
    s = Sentence(text, 0)
    got = [(c.text(s), c.value.count) for c in extract_counts(s, target) if c.value]
    assert (span, count) in got


@pytest.mark.parametrize("text", ["He won the 100m race.", "He paid £7.2m for it.", "A 4m wall stood there."])
def test_metres_and_money_are_no_scaled_counts(text):
    s = Sentence(text, 0)
    assert not [c for c in extract_counts(s) if c.value and c.value.count >= 1_000_000]


@pytest.mark.parametrize("text,count,qualifier", [
    ("Israel arrested a leader held responsible for a bus bombing that killed 16 and wounded 40.", 16, None),
    ("The blast killed at least 30, police said.", 30, "at least"),
    ("Rebels attacked the town, wounding more than 50 in the north.", 50, "more than"),
    ("The storm injured three, officials said.", 3, None),
])
def test_a_casualty_count_said_without_its_noun(text, count, qualifier):
    s = Sentence(text, 0)
    got = [(c.value.count, c.value.qualifier) for c in extract_counts(s, "people") if c.rule == "count:casualties"]
    assert (count, qualifier) in got


@pytest.mark.parametrize("text", ["The storm killed 16 soldiers.", "Blight kills 5 pct of the crop.",
                                  "The bombing killed 1987 hopes of peace."])
def test_no_casualty_count_before_a_noun_a_rate_or_a_year(text):
    s = Sentence(text, 0)
    assert not [c for c in extract_counts(s, "people") if c.rule == "count:casualties"]


def test_an_age_set_off_by_now():
    from qa.answers.how_many.measures import extract_ages

    s = Sentence('The "Golden Girls" star, now 81, was flagged by an agent.', 0)
    assert [c.text(s) for c in extract_ages(s)] == ["81"]


@pytest.mark.parametrize("question,text,span,unit", [
    ("How heavy was the car bomb?", "A 100-kg car bomb exploded outside the base.", "100-kg", "kg"),
    ("What is the heaviest package TNT Expressair will deliver?",
     "The service will deliver packages up to 220 lbs from any location.", "220 lbs", "lbs"),
    ("How fast can Avcen's Jetpod taxi fly?", "It cruises with speeds of up to 350 mph (563 kph).", "350 mph", "mph"),
    ("How fast can Honda's Asimo robot run?", "Asimo can now run at 3km/h.", "3km/h", "km/h"),
])
def test_weights_and_speeds(question, text, span, unit):
    from qa.answers.registry import KINDS
    from qa.evidence import Evidence
    from qa.understand import understand

    q, ev = understand(question), Evidence.of(text)
    got = {c.text(ev.sentence): c.value.unit for c in KINDS[q.type].candidates(q, ev)}
    assert got.get(span) == unit
