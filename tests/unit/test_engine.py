import json

import pytest

from qa.errors import QAError
from qa.evaluate import normalize_text
from tests.conftest import ROOT

DEV = [
    ("Who is the NATO Secretary General?", "Jens Stoltenberg", None),
    ("Who is the EU's top diplomat?", "Josep Borrell", None),
    ("When will the video call take place?", "March 7", "2024-03-07"),
    ("How much military aid did Paris pledge this year?", "3 billion euros", "3,000,000,000 EUR"),
    ("When did Macron and Zelensky sign the agreement on long-term security cooperation?", "Feb. 16", "2024-02-16"),
    ("How many countries were invited to the follow-up conference in Paris?", "28 countries", "28 countries"),
    ("Who wrote the article about the video call?", "Dinara Khalilova and The Kyiv Independent news desk", None),
    ("Who is the Chief of the General Staff of the French Armed Forces?", "Thierry Burkhardt", None),
    ("How much is the plan signed last week worth?", "EUR 800 billion", "800,000,000,000 EUR"),
    ("When is the meeting of the Chiefs of Staff of the Armed Forces of the European Union and NATO?",
     "16:30 on Tuesday, March 11", "2025-03-11 16:30"),
    ("When did Macron announce the meeting?", "last Wednesday", "2025-03-05"),
]


@pytest.mark.parametrize("question,span,display", DEV)
def test_answers_on_the_seeds(seed_engine, question, span, display):
    res = seed_engine.ask(question, min_confidence=0.0)  # the span and its value; the bar is tested below
    top = res.answers[0]
    assert top.text == span
    assert top.display == display


def test_citations_point_at_the_exact_source_text(seed_engine):
    res = seed_engine.ask("How much military aid did Paris pledge this year?")
    for a in res.answers:
        c = a.citation
        doc = seed_engine.document(c.doc_id)
        assert doc.text[c.span_start:c.span_end] == a.text
        assert doc.text[c.sentence_start:c.sentence_end] == c.sentence
        assert c.doc_sha256 == doc.sha256
        assert seed_engine.passage(c.doc_id, c.sentence_index).text == c.sentence


def test_no_answer_rather_than_a_guess(seed_engine):
    for q in ["Who is the president of Brazil?", "How much did Macron spend on the Olympic stadium?",
              "When did Macron visit Brazil?"]:
        res = seed_engine.ask(q)
        assert res.no_answer, (q, res.answers[:1])
        assert res.passages  # the best-matching sentences are still offered


def test_same_value_in_several_passages_is_merged(seed_engine):
    res = seed_engine.ask("When does Macron meet the heads of general staffs in Paris?")
    values = [a.display for a in res.answers]
    assert len(values) == len(set(values))


def test_explain_gives_rule_features_and_their_share_of_the_probability(seed_engine):
    import math

    a = seed_engine.ask("When did Macron announce the meeting?", explain=True, min_confidence=0.0).answers[0]
    assert a.explain.rule.startswith("date:")
    assert {"coverage", "proximity", "prior", "retrieval"} <= set(a.explain.features)
    parts = a.explain.contributions
    assert "bias" in parts and len(parts) > 10
    # the contributions are the log-odds, term by term: they make the probability shown
    assert 1 / (1 + math.exp(-sum(parts.values()))) == pytest.approx(a.score, abs=2e-3)


def test_unknown_words_are_an_error(seed_engine):
    with pytest.raises(QAError, match="none of the question's words"):
        seed_engine.ask("Zxqv plorf?")
    with pytest.raises(QAError, match="no words"):
        seed_engine.ask("Who is it?")


def test_seed_dev_set_15_of_15(seed_engine):
    """Every top answer is right with its value; at the model's bar (calibrated at archive
    scale, where a near miss is everywhere) two of the fifteen are under it (dev-13, p 0.57;
    dev-15's "last Wednesday", p 0.82 under 0.83: "No answer sure enough", the likeliest
    shown), and every answer given is right."""
    from qa.evaluate import GoldItem, score_one

    items = [GoldItem.model_validate(json.loads(l)) for l in
             (ROOT / "examples" / "seeds-dev.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    top = [score_one(i, seed_engine.ask(i.question, min_confidence=0.0).answers) for i in items]
    good = sum(o.em == 1.0 and o.value_ok is not False for o in top)
    assert good == 15, [(o.item.id, o.got) for o in top if o.em < 1]
    given = [o for o in (score_one(i, seed_engine.ask(i.question).answers) for i in items) if o.got is not None]
    assert len(given) >= 13 and all(o.em == 1.0 for o in given)


def test_squad_normalization():
    assert normalize_text("The  3 billion Euros!") == "3 billion euros"


def test_share_prices_and_totals(tmp_path):
    engine = _engine_from_text(
        tmp_path, " date 1987-04-06\nThe Wendel group said it bought 54,000 Zondervan shares at prices ranging from "
        "27.87 to 29.96 dlrs a share.\nAir China plans to raise $1bn from the flotation in London.\n")
    assert engine.ask("How much did the Wendel group spend in total on its Zondervan shares?").no_answer
    assert engine.ask("At what price per share will Air China's stock be offered?").no_answer
    # the span is the point: the range is one answer, and a price a share fits a question about
    # the price of shares (1476113), so it ranks first. A two-sentence corpus leaves the model
    # unsure of it all the same (p 0.58): under the bar, it is not given
    price = engine.ask("At what price did the Wendel group buy Zondervan shares?", min_confidence=0)
    assert price.answers[0].text == "27.87 to 29.96 dlrs"
    assert engine.ask("At what price did the Wendel group buy Zondervan shares?").no_answer


def test_based_in_may_repeat_the_question(tmp_path):
    engine = _engine_from_text(
        tmp_path, " date 2004-11-20\nFour African players will play for Israeli club Hapoel Bnei Sakhnin.\n"
        "The club won the Israeli Cup final last season and are based in Sakhnin, which is near Haifa.\n")
    assert engine.ask("In which town is Hapoel Bnei Sakhnin based?").answers[0].text == "Sakhnin"


def test_initials_find_a_company_and_a_modifier_name_is_nobody(tmp_path):
    engine = _engine_from_text(
        tmp_path, " date 1987-04-01\nBritish securities house Barclays de Zoete Wedd said it would open an office "
        "in Amsterdam.\nCommenting on the move, BZW chairman Sir Martin Jacombe said the market was pivotal.\n"
        "A Financial Times report said business intelligence firm GPW was doing due diligence work on SSL.\n")
    # the best answer, however sure (a three-sentence corpus says little about how sure to be)
    assert engine.ask("Who is the chairman of Barclays de Zoete Wedd?", min_confidence=0.0).answers[0].text \
        == "Martin Jacombe"
    assert engine.ask("Which business intelligence firm was doing due diligence on SSL?",
                      min_confidence=0.0).answers[0].text == "GPW"


def test_the_articles_of_hits_about_the_subject_are_read(tmp_path):
    from qa.understand import understand

    engine = _engine_from_records(tmp_path, [
        {"id": "a", "date": "2005-01-20", "title": "AstraZeneca hit by drug failure",
         "text": "Shares in the drug group closed down 8% after a lung cancer drug failed. "
                 "The group named a new head of development. "
                 "\"We will restore confidence,\" said chief executive Tom McKillop."},
        {"id": "b", "date": "2005-01-20", "title": "Pfizer gains",
         "text": "Pfizer chief executive Hank McKinnell said AstraZeneca's chief executive was wrong. "
                 "Analysts said the chief executive had a point. Weather was mild."},
        {"id": "c", "date": "2005-01-20", "title": "Markets",
         "text": "Markets were calm. A chief executive of AstraZeneca's rival spoke. More news."},
    ])
    q = understand("Who is AstraZeneca's chief executive?")
    none = engine.search(q, depth=3, neighboured=0, articles=0, about=0)
    about = engine.search(q, depth=3, neighboured=0, articles=0, about=3)
    said = next(p for p in range(len(engine.index.p_start)) if "McKillop" in engine.index.passage(p).text)
    assert said not in none.pids and said in about.article  # its headline names AstraZeneca
    # the article of a hit whose headline and lede do not name it is not read
    assert not any(engine.index.passage(p).doc_id.endswith("#c") for p in about.article)


def _engine_from_text(tmp_path, text: str):
    """An engine over one article written for the test."""
    from qa import Engine

    art = tmp_path / "a.txt"
    art.write_text(text, encoding="utf-8")
    return Engine.from_path(art, cache=False)


def _engine_from_records(tmp_path, records: list[dict]):
    """An engine over a JSON Lines corpus of the records written for the test."""
    from qa import Engine

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return Engine.from_path(corpus, cache=False)


def test_every_check_is_a_feature_of_the_candidates_it_would_rule_out(tmp_path):
    from qa.answers.registry import KINDS
    from qa.checks import feature
    from qa.understand import understand

    engine = _engine_from_text(
        tmp_path, " date 1987-04-06\nShares of Foster's rose after chief executive John Elliott spoke.\n")
    q = understand("Who is the chief executive of Southcorp?")
    hits = engine.search(q)
    vetoed = engine.judge(q, KINDS[q.type], hits)
    kept = engine.judge(q, KINDS[q.type], hits, keep=True)
    assert not vetoed.scored and vetoed.why  # the rules rule the sentence out ...
    names = [n for s in kept.scored for n, v in s.cand.features.items() if n.startswith("check:") and v == 1.0]
    assert feature("absent_entity") in names  # ... and keep its candidates with the checks that fired
    assert any(s.cand.text(s.sentence) == "John Elliott" for s in kept.scored)


def test_the_bar_decides_which_answers_are_given(seed_engine):
    q = "Who is the French Defense Minister?"
    everything = seed_engine.ask(q, min_confidence=0.0)
    assert len(everything.answers) >= 3
    assert [a.score for a in everything.answers] == sorted((a.score for a in everything.answers), reverse=True)
    assert all(0.0 <= a.score <= 1.0 for a in everything.answers)
    default = seed_engine.ask(q)
    assert default.min_confidence == seed_engine.model.threshold
    assert all(a.score >= default.min_confidence for a in default.answers)
    none = seed_engine.ask(q, min_confidence=1.0)
    assert none.no_answer and none.withheld is not None
    assert none.withheld.text == everything.answers[0].text and none.withheld.score < 1.0


def test_best_matching_sentences_are_each_said_once(tmp_path):
    """A story repeated under new ids (as the wire does) is one best-matching sentence, not
    several; the other sentences still fill the list."""
    story = "Acme chief financial officer Ann Lee said costs rose. Acme opened a plant in Ohio."
    other = "Acme shares rose on Monday. Acme said orders for its products grew."
    recs = [{"id": f"copy{i}", "date": "1987-03-02", "text": story} for i in range(4)]
    recs.append({"id": "other", "date": "1987-03-03", "text": other})
    (tmp_path / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    from qa import Engine

    engine = Engine.from_path(tmp_path, cache=False)
    result = engine.ask("How many plants does Acme own in Texas?")
    texts = [" ".join(p.passage.text.split()) for p in result.passages]
    assert len(texts) == len(set(texts)) >= 2
    assert any("Ohio" in t for t in texts) and any("orders" in t or "shares" in t for t in texts)


def test_the_sentence_after_a_best_hit_is_read_as_its_neighbour(tmp_path):
    from qa.understand import understand

    engine = _engine_from_records(tmp_path, [
        {"id": "a", "date": "2004-11-30", "text": "Boeing hired Darleen Druyun, a former Air Force official. "
                                                    "She joined the company in January 2003. Weather was mild."},
        {"id": "b", "date": "2004-11-30", "text": "Lockheed said Druyun never worked for it."},
    ])
    q = understand("When did Darleen Druyun join Boeing?")
    alone = engine.search(q, depth=1, neighboured=0, articles=0, about=0)
    hits = engine.search(q, depth=1, articles=0, about=0)
    (best,) = alone.pids
    assert engine.index.passage(best).text.startswith("Boeing hired")
    assert hits.pids == [best, best + 1] and hits.beside == {best + 1: 1.0}
    assert engine.index.passage(best + 1).text.startswith("She joined")
    # never past the end of its article
    last = engine.search(understand("Did Lockheed say Druyun never worked for it?"), depth=1, articles=0)
    assert engine.index.passage(last.pids[0]).doc_id.endswith("#b") and last.beside == {}
    # and its answer comes with the hit's context
    answer = engine.ask("When did Darleen Druyun join Boeing?", min_confidence=0.0).answers[0]
    assert answer.text == "January 2003"


def test_the_article_of_the_best_hit_is_read_whole(tmp_path):
    from qa.answers.registry import KINDS
    from qa.understand import understand

    engine = _engine_from_records(tmp_path, [
        {"id": "a", "date": "1987-03-02", "text": "Upland Minerals agreed to buy Consolidated Brazilian Mines. "
                                                    "Shares rose on the news. The company will pay 40 mln dlrs in cash. "
                                                    "Analysts were surprised."},
        {"id": "b", "date": "1987-03-02", "text": "Consolidated Brazilian Mines reported lower output."},
    ])
    q = understand("How much will Upland Minerals pay for Consolidated Brazilian Mines?")
    hits = engine.search(q, depth=1, neighboured=1, articles=1)
    first = hits.pids[0]
    assert engine.index.passage(first).text.startswith("Upland Minerals agreed")
    # its neighbour, then the rest of its article (no sentence twice), marked with the hit's score
    assert hits.pids == [first, first + 1, first + 2, first + 3] and hits.beside == {first + 1: 1.0}
    assert hits.article == {first + 2: 1.0, first + 3: 1.0}
    assert engine.search(q, depth=1, neighboured=1, articles=0, about=0).article == {}
    # "The company will pay ..." names neither company: read with its article, it answers
    answer = engine.ask("How much will Upland Minerals pay for Consolidated Brazilian Mines?", min_confidence=0.0)
    assert answer.answers[0].text == "40 mln dlrs"
    feats = engine.judge(q, KINDS[q.type], hits, keep=True)
    read = [s for s in feats.scored if s.pid == first + 2]
    assert read and read[0].features["read_article"] == 1.0 and read[0].features["article_retrieval"] == 1.0
