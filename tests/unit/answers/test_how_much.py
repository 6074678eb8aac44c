from dataclasses import dataclass

import pytest

from qa.answers.base import Flag, Sentence
from qa.answers.how_much.amounts import extract_money
from qa.answers.how_much.kind import HowMuch
from qa.understand import understand


def money(text):
    s = Sentence(text, 0)
    return [(c.text(s), c.value.model_dump(exclude={"kind", "amount_max", "percent_max"})) for c in extract_money(s)]


@dataclass
class _Evidence:
    """What HowMuch.candidates reads of a retrieved sentence."""

    sentence: Sentence
    lede: str = ""
    article: str = ""


def priors(question: str, text: str) -> dict[str, float]:
    """Each candidate's prior for a question over one sentence."""
    s = Sentence(text, 0)
    return {c.text(s): c.prior for c in HowMuch().candidates(understand(question), _Evidence(s))}  # type: ignore[arg-type]


@pytest.mark.parametrize("text,span,amount,currency", [
    ("pledged 3 billion euros ($3.2 billion) in aid", "3 billion euros", 3e9, "EUR"),
    ("pledged 3 billion euros ($3.2 billion) in aid", "$3.2 billion", 3.2e9, "USD"),
    ("an EUR 800 billion plan", "EUR 800 billion", 8e11, "EUR"),
    ("net income 12.5 mln dlrs", "12.5 mln dlrs", 12.5e6, "USD"),
    ("Shr 17 cts vs 13 cts", "17 cts", 0.17, "USD"),
    ("a $1.13bn (£600m) deal", "£600m", 6e8, "GBP"),
    ("profit of 1.5bn euros", "1.5bn euros", 1.5e9, "EUR"),
    ("rose to 500 mln yen", "500 mln yen", 5e8, "JPY"),
    ("a 15 mln stg loan", "15 mln stg", 15e6, "GBP"),
    ("Net 2.1 mln vs 1.03 mln", "2.1 mln", 2.1e6, None),
    ("NET PROFIT 1,250,000 DLRS", "1,250,000 DLRS", 1.25e6, "USD"),
    # small amounts in words, as the wire writes them
    ("its units are priced at eight dlrs per unit", "eight dlrs", 8.0, "USD"),
    ("Oper shr loss two cts vs profit seven cts", "two cts", 0.02, "USD"),
    ("cut its dividend to eight marks from nine marks", "eight marks", 8.0, "DEM"),
    ("Eight billion dlrs was raised", "Eight billion dlrs", 8e9, "USD"),
    # currencies named by their country's adjective, and the IMF's unit
    ("The IMF approved 125.9 mln SDR's for Jamaica", "125.9 mln SDR's", 125.9e6, "XDR"),
    ("a loan of 20 mln SDRs", "20 mln SDRs", 20e6, "XDR"),
    ("a budget of 41.7 billion Syrian pounds", "41.7 billion Syrian pounds", 41.7e9, "SYP"),
    ("raised 50 mln Irish punts", "50 mln Irish punts", 50e6, "IEP"),
    # a country's initials before a singular "Dlr", as Reuters writes them
    ("the 160 mln U.S. Dlr titanium dioxide plant", "160 mln U.S. Dlr", 160e6, "USD"),
    ("a 39.3 mln N.Z. Dlr cash bid", "39.3 mln N.Z. Dlr", 39.3e6, "NZD"),
    ("a 500 mln H.K. Dlr loan", "500 mln H.K. Dlr", 500e6, "HKD"),
])
def test_money(text, span, amount, currency):
    assert (span, {"amount": pytest.approx(amount), "currency": currency}) in money(text)


@pytest.mark.parametrize("text", [
    "support the Group of Seven dollar stabilization agreement",
    "One dollar straight trading was quiet",
])
def test_a_capitalised_number_word_before_a_currency_is_no_amount(text):
    assert money(text) == []


def test_percentages():
    got = money("sales rose 15 pct, or 3.5 per cent, up 7%")
    assert [t for t, _ in got] == ["15 pct", "3.5 per cent", "7%"]
    assert got[0][1] == {"percent": 15.0}


def test_compared_values_rank_lower():
    s = Sentence("net 12.5 mln dlrs, up from 10 mln dlrs", 0)
    first, second = extract_money(s)
    assert first.prior > second.prior


def test_plain_numbers_and_years_are_not_money():
    assert money("In 1986, 28 countries met") == []


def test_ranges_are_one_answer():
    got = dict(money("profits to rise to between 2.5 billion and 2.6 billion francs, earnings of 65 cts to 85 cts"
                     " a share and revenue of 10-12 mln dlrs, up 3.0 to 3.5 pct"))
    assert got["2.5 billion and 2.6 billion francs"] == {"amount": 2.5e9, "currency": "FRF"}
    assert got["65 cts to 85 cts"] == {"amount": 0.65, "currency": "USD"}
    assert got["10-12 mln dlrs"] == {"amount": 10e6, "currency": "USD"}
    assert got["3.0 to 3.5 pct"] == {"percent": 3.0}
    s = Sentence("revenue of 10-12 mln dlrs", 0)
    (c,) = extract_money(s)
    assert c.value.amount_max == 12e6
    assert [t for t, _ in money("sales rose 5 pct and 7 pct")] == ["5 pct", "7 pct"]
    # a change in points, then the level it reached: no range
    got = dict(money("Westpac has cut its base lending rate 0.5 percentage points to 10.5 pct."))
    assert got["10.5 pct"] == {"percent": 10.5}


def test_range_display():
    from qa.answers.values import display_value
    from qa.models import MoneyValue

    assert display_value(MoneyValue(amount=10e6, amount_max=12e6, currency="USD")) == "10,000,000–12,000,000 USD"


def test_number_words_are_amounts_with_a_scale_or_in_lower_case():
    from qa.answers.base import Sentence
    from qa.answers.how_much.amounts import extract_money

    s = Sentence("The government's target of an eight billion dlr surplus was kept; two dollars too; "
                 "Seven dollar bonds not.", 0)
    got = [(c.text(s), c.value.amount) for c in extract_money(s)]
    assert got == [("eight billion dlr", 8e9), ("two dollars", 2.0)]


def test_more_currencies_and_counts_that_look_like_amounts():
    from qa.answers.base import Sentence
    from qa.answers.how_much.amounts import extract_money

    s = Sentence("The government will pump 154m naira ($1.1m) into subsidies.", 0)
    assert extract_money(s)[0].value.currency == "NGN"
    ph = Sentence("Atlas reported a net loss of 976.38 mln pesos.", 0)
    assert extract_money(ph, "Philippine mining firm")[0].value.currency == "PHP"
    assert extract_money(Sentence("Sony expects to sell about 10 million PSPs.", 0)) == []


def test_a_figure_for_an_earlier_period_ranks_down():
    from qa.answers.base import Sentence
    from qa.answers.how_much.amounts import extract_money

    s = Sentence("Brazil had a surplus of 526 mln dlrs, a fraction of the 2.47 billion dlr surplus it had in the same "
                 "period last year.", 0)
    now, before = extract_money(s)
    assert now.prior > before.prior
    s2 = Sentence("Orders rose 2.7 pct to 841.68 billion yen from a year earlier.", 0)
    assert all("compared" not in c.features for c in extract_money(s2))


def test_pence_and_movements():
    from qa.answers.base import Sentence
    from qa.answers.how_much.amounts import extract_money

    s = Sentence("The news sent shares in SSL up more than 6%, or 16.75 pence to 293.5p.", 0)
    got = {c.text(s): c for c in extract_money(s)}
    assert got["293.5p"].value.amount == 2.935 and got["293.5p"].value.currency == "GBP"
    assert Flag.MOVEMENT in got["16.75 pence"].flags and Flag.LEVEL in got["293.5p"].flags


def test_a_year_is_not_the_low_end_of_a_range_and_kroner_are_norwegian():
    from qa.answers.base import Sentence
    from qa.answers.how_much.amounts import extract_money

    s = Sentence("Net income declined 8.2 pct in 1986 to 112.3 mln rand.", 0)
    assert [c.text(s) for c in extract_money(s)] == ["8.2 pct", "112.3 mln rand"]
    k = Sentence("Bruvik was ordered to pay 100,000 kroner (£8,000).", 0)
    assert extract_money(k)[0].value.currency == "NOK"
    gas = Sentence("Gas output averaged 976 mln cubic feet a day, down from 1985's 1,084 mln.", 0)
    assert extract_money(gas) == []


@pytest.mark.parametrize("text,span,amount,currency", [
    ("tickets at CA$1.23 each", "CA$1.23", 1.23, "CAD"),
    ("tickets at AU$20 each", "AU$20", 20, "AUD"),
    ("a C$15 million loan", "C$15 million", 15e6, "CAD"),
    ("a HK$3.5 billion bid", "HK$3.5 billion", 3.5e9, "HKD"),
    ("a US$3 million fee", "US$3 million", 3e6, "USD"),
    ("sold for USD3.14 a unit", "USD3.14", 3.14, "USD"),
    ("costs Rs 20 in Delhi", "Rs 20", 20, "INR"),
    ("costs 10 € in Paris", "10 €", 10, "EUR"),
    ("R$5 bln in bonds", "R$5 bln", 5e9, "BRL"),
    ("raised 1-1/2 mln dlrs", "1-1/2 mln dlrs", 1.5e6, "USD"),
    ("worth twenty-five million dollars", "twenty-five million dollars", 25e6, "USD"),
])
def test_currency_prefixes_and_written_numbers(text, span, amount, currency):
    assert (span, {"amount": pytest.approx(amount), "currency": currency}) in money(text)


def test_wire_fractions_of_a_percent_and_a_change_then_a_level():
    assert ("7-3/4 pct", {"percent": 7.75}) in money("prime rate rose to 7-3/4 pct")
    got = money("The shares rose 1/2 to 23-1/2 dlrs.")  # a change, then the level: not a range
    assert got == [("23-1/2 dlrs", {"amount": pytest.approx(23.5), "currency": "USD"})]


def test_a_range_whose_high_end_is_spelled_out():
    """"2.5 to three billion dlrs" raised an AttributeError (no figure in the amount to scale the low end by)."""
    from qa.answers.base import Sentence
    from qa.answers.how_much.amounts import extract_money

    s = Sentence("Governments were asked to fund 2.5 to three billion dlrs of the Airbus programs.", 0)
    (c,) = extract_money(s)
    assert c.text(s) == "2.5 to three billion dlrs"
    assert c.value.amount == 2.5e9 and c.value.amount_max == 3e9


@pytest.mark.parametrize("text, earlier, level", [
    ("Finland's surplus rose from 2.50 billion markka to 5.04 billion markka in 1986.", "2.50 billion markka",
     "5.04 billion markka"),
    ("employer contributions had increased from £5.5bn to £8.2bn a year", "£5.5bn", "£8.2bn"),
    ("It raised the foreign ownership cap from 49% to 74%.", "49%", "74%"),
])
def test_from_x_to_y_after_a_change_is_an_earlier_figure_and_a_level(text, earlier, level):
    s = Sentence(text, 0)
    got = {c.text(s): c for c in extract_money(s)}
    assert set(got) == {earlier, level}
    assert got[earlier].features.get("compared") == 1.0 and not got[level].features.get("compared")


def test_a_change_then_a_level_after_a_currency_sign_is_no_range():
    s = Sentence("US light crude fell $2.86 to $41.32 a barrel.", 0)
    assert [c.text(s) for c in extract_money(s)] == ["$2.86", "$41.32"]


@pytest.mark.parametrize("text, span", [
    ("with prices ranging from 10 to 12 dlrs a share", "10 to 12 dlrs"),  # a range word
    ("fines from 500 to 1,000 dlrs were set", "500 to 1,000 dlrs"),  # no change word
])
def test_from_x_to_y_stays_a_range(text, span):
    s = Sentence(text, 0)
    (c,) = extract_money(s)
    assert c.text(s) == span and c.value.amount_max is not None


@pytest.mark.parametrize("question,share_price", [
    ("At what price is Pentair offering its new convertible preferred shares?", True),
    ("What share price did Ottawa set for the sale of its stake?", True),
    ("What price did SSL International shares reach after the report?", True),
    ("How much did Kodak pay for its two million Enzon shares?", False),  # a total
    ("What price did Bank of Ireland pay for BankAmerica Finance?", False),  # no share in sight
])
def test_a_price_a_share_answers_the_price_of_shares(question, share_price):
    """Such a question reads no "a share" of its own, yet the price a share answers it: that
    candidate keeps its prior, as a total does (rank by what else the sentence says)."""
    assert understand(question).share_price is share_price
    got = priors(question, "It offered 4.5 mln shares at 25 dlrs a share, raising 112.5 mln dlrs.")
    assert (got["25 dlrs"] == got["112.5 mln dlrs"]) is share_price


def test_by_how_much_prefers_the_figure_that_moved():
    """"By how much will Jamaica cut its obligations?": the sentence's "by 300 mln dlrs" moved;
    its "3.5 billion dlr foreign debt" is a level and ranks lower. Asked for the debt itself,
    the level keeps its prior and the movement ranks lower."""
    text = ("Jamaica has put a cap on its 3.5 billion dlr foreign debt and will reduce its "
            "obligations by 300 mln dlrs this year.")
    moved = priors("By how much did Jamaica plan to cut its foreign debt obligations?", text)
    assert moved["300 mln dlrs"] > moved["3.5 billion dlr"]
    level = priors("How large is Jamaica's foreign debt?", text)
    assert level["3.5 billion dlr"] > level["300 mln dlrs"]


@pytest.mark.parametrize("text,span,currency", [
    ("Nordbanken loaned 200 mln crowns to its founder.", "200 mln crowns", "SEK"),
    ("Norway's Statoil will pay 1.2 billion crowns for the field.", "1.2 billion crowns", "NOK"),
    ("Denmark's budget deficit was 30 billion crowns.", "30 billion crowns", "DKK"),
    ("The line is set up with an initial capital of 100 mln shillings.", "100 mln shillings", "KES"),
    ("Uganda will spend 50 mln shillings on roads.", "50 mln shillings", "UGX"),
    ("Austria's OeMV earned 900 mln schillings.", "900 mln schillings", "ATS"),
])
def test_crowns_and_shillings_said_bare_take_the_country_named(text, span, currency):
    s = Sentence(text, 0)
    got = {c.text(s): c.value.currency for c in extract_money(s)}
    assert got.get(span) == currency


def test_a_crown_with_no_number_is_no_amount():
    assert money("The Crown Prosecution Service dropped the case.") == []
