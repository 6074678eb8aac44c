"""qa.markdown: corpus text made inert in Markdown, and the quote the UI copies."""

from __future__ import annotations

from qa.markdown import bold_span, code, md, quote


def test_markup_from_the_corpus_is_escaped():
    assert md("*1.5 bln* [dlrs](http://x) <b>|</b> `x` #1 !~") == (
        "\\*1.5 bln\\* \\[dlrs\\](http://x) \\<b\\>\\|\\</b\\> \\`x\\` \\#1 \\!\\~")
    assert md("two\nlines\ttabs") == "two lines tabs"
    assert code("a`b\nc") == "`ab c`"


def test_the_span_is_bold_and_offsets_out_of_range_fall_back():
    s = "Paris pledged 3 billion euros (*) this year."
    lo = s.index("3 billion")
    assert bold_span(s, lo, lo + len("3 billion euros")) == "Paris pledged **3 billion euros** (\\*) this year."
    assert bold_span(s, 5, 500) == md(s)
    assert bold_span(s, 7, 7) == md(s)


def test_quote_cites_title_date_and_the_reference_qa_show_takes():
    q = quote("Kuleba said [so].", 0, 6, "bbc.jsonl#world/1:3", "Talks *resume*", "2005-01-02")
    assert q == ("> **Kuleba** said \\[so\\].\n>\n"
                 "> — Talks \\*resume\\*, 2005-01-02 (`bbc.jsonl#world/1:3`)\n")
    assert quote("x y", 0, 1, "a.txt:0", None, None).endswith("> — (`a.txt:0`)\n")
