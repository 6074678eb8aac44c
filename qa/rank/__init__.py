"""Ranking: the signals of a candidate, its score, and answers merged by value."""
