"""One extractor per answer type; each turns a sentence into typed candidate spans."""

from qa.extract.base import Candidate, Sentence
from qa.extract.count import extract_counts
from qa.extract.money import extract_money
from qa.extract.people import extract_entities
from qa.extract.places import extract_places
from qa.extract.when import extract_dates

__all__ = [
    "Candidate",
    "Sentence",
    "extract_counts",
    "extract_dates",
    "extract_entities",
    "extract_money",
    "extract_places",
]
