"""Numbers as news copy writes them: digits, the wire's fractions, numbers in words."""

import re

import pytest

from qa.answers.numbers import NUM, SPELLED, parse_number, spelled_value


@pytest.mark.parametrize("written,value", [
    ("1,250", 1250), ("12.5", 12.5), ("7-3/4", 7.75), ("23-1/2", 23.5), ("1/2", 0.5), ("3/8", 0.375),
    ("1-1/16", 1.0625), ("twenty-five", 25), ("Twenty five", 25), ("one hundred and five", 105),
    ("two dozen", 24), ("a dozen", 12), ("half a dozen", 6), ("a hundred", 100), ("three thousand two hundred", 3200),
    ("eleven", 11), ("ninety-nine", 99), ("a thousand", 1000), ("two thousand and seven", 2007),
])
def test_reads(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize("written", ["5/4", "12/2", "first", "and", "hundred and", "dozens", "one and two"])
def test_does_not_read(written):
    assert parse_number(written) is None


def found(rx, text):
    return [m.group() for m in re.finditer(rx, text, re.IGNORECASE)]


@pytest.mark.parametrize("text,numbers", [
    ("rose 7-3/4 pct to 23-1/2 dlrs", ["7-3/4", "23-1/2"]),
    ("up 1/2 at 12", ["1/2", "12"]),
    ("on 3/4/87 at 10", ["10"]),  # a date is not a fraction
    ("the 1986-87 season", ["1986", "87"]),  # a span of years keeps reading as before
    ("Brent42 and 3.5.6", []),
])
def test_num_spans(text, numbers):
    assert found(NUM, text) == numbers


@pytest.mark.parametrize("text,numbers", [
    ("Twenty-five people and one hundred and five workers", ["Twenty-five", "one hundred and five"]),
    ("two dozen eggs, half a dozen more", ["two dozen", "half a dozen"]),
    ("one and two", ["one", "two"]),
    ("a hundred", ["a hundred"]),
    ("a man", []),
])
def test_spelled_spans(text, numbers):
    assert found(SPELLED, text) == numbers
    assert all(spelled_value(n) is not None for n in numbers)
