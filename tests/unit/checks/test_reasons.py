"""The reasons checks give are the ones `qa ask` prints under a ruled-out sentence."""

from qa.checks import CHECKS, Example
from qa.checks.subject import clauses
from tests.rules.test_examples import run


def reason(name: str, *example: str) -> str | None:
    check = next(c for c in CHECKS if c.name == name)
    return run(check, Example(*example))


def test_reasons_name_what_is_wrong():
    assert reason("other_owner", "Who is the chief executive of Southcorp?",
                  "\"It will transform the industry,\" said Trevor O'Hoy, Foster's chief executive officer.") == \
        "the role belongs to Foster"
    assert reason("other_owner", "Who is the chairman of GAF?", "Minstar chairman Irwin L. Jacobs sold his stake.") == \
        "the role belongs to Minstar"
    assert reason("other_subject", "How much was Qwest's bid for MCI?",
                  "Verizon has won a takeover battle for MCI with a bid worth $6.8bn, reports say.") == \
        "the sentence is about Verizon, not Qwest"
    assert reason("other_scope", "When will the PlayStation Portable go on sale in Europe?",
                  "Sony's PlayStation Portable goes on sale in the US on Thursday.") == \
        "the sentence is about US, not Europe"
    assert reason("other_clause", "How much money did Leonardo DiCaprio pledge to Unicef?",
                  'Actress Sandra Bullock has donated $1m to The American Red Cross and actor Leonardo DiCaprio '
                  'pledged a "sizable" aid contribution to Unicef.', "$1m") == \
        "the value belongs to Sandra Bullock, in another clause"
    assert reason("other_line_item", "How large is President Bush's 2006 budget?",
                  "Bush cut spending to lower a record deficit projected to peak at $427bn (£230bn) this year.",
                  "$427bn") == "the amount is deficit, not what was asked"


def test_brackets_do_not_split_clauses():
    assert len(clauses("An offer worth 3.1bn dollars ($2.3bn; £1.8bn) from Foster's.")) == 1
    assert len(clauses("X donated $1m, and Y pledged $2m.")) == 2


def test_every_check_is_tried_in_order():
    """A check left out of ORDER would never fire, nor be a feature of any candidate."""
    from qa.checks import ORDER
    from qa.checks.base import REGISTERED

    assert sorted(ORDER) == sorted(REGISTERED) and len(ORDER) == len(set(ORDER))
