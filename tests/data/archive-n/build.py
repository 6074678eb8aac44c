"""Build gold.jsonl and articles.jsonl for archive-n from questions_data.py.

- Answerable tuples: (type, question, answers, src, doc, evidence, normalized, search_terms)
  type how_old / how_long / how_far is written as how_many (brief convention).
- Unanswerable tuples: (type, question, (src, doc) of the near-miss article, absence searches)
- `also`: MANUAL_ALSO below (other archive articles stating the same fact in other words,
  found with the search_terms over all three files and read by hand) plus, automatically,
  every other archive record whose text contains the evidence string verbatim (duplicates).
"""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from questions_data import SEL, UNS

C = "/work/shared/corpora/"
SRC = {'r': 'reuters21578', 'b': 'bbc', 'g': 'agnews'}
FN = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
ARCH, RAW = {}, {}
for s, fn in FN.items():
    for l in open(C + fn, encoding='utf-8'):
        r = json.loads(l)
        ARCH[(s, r['id'])] = r
        RAW[(s, r['id'])] = l.rstrip('\n')

TMAP = {'how_old': 'how_many', 'how_long': 'how_many', 'how_far': 'how_many'}

# question-prefix -> list of (source, doc, evidence, [extra answer spans])
MANUAL_ALSO = {
 "On what date in 1987 did Hong Kong banks": [('reuters21578', '13231', "The banks last announced an adjustment on February 28 when they raised the prime rate by one point to six pct", [])],
 "Who led the UN Economic Commission for Africa": [('reuters21578', '5570', "Adebayo Adedeji, the executive secretary of the U.N. Economic Commission for Africa", [])],
 "What did Africa's foreign debt total": [('reuters21578', '14088', "Africa's total external debt was estimated at 175 billion dlrs at the end of 1986", [])],
 "How many shipyards form Japan's": [('reuters21578', '4640', "Under the plan, 33 yards capable of building ships", []),
                                      ('reuters21578', '6541', "Under the cartel proposals, 33 yards each capable", [])],
 "What is the conversion price of IRT": [('reuters21578', '15835', "They can be converted into shares of the company's stock at 23-1/2 dlrs a share", ["23-1/2 dlrs a share"])],
 "How much commercial bank debt did Jamaica": [('reuters21578', '4179', "reschedule some 181 mln dlrs due in 1987-89", []),
                                               ('reuters21578', '4010', "reschedule over the next 12 years some 181 miln dlrs", ["181 miln dlrs"])],
 "When was the EC's tougher meat inspection": [('reuters21578', '5009', "an EC directive that, effective April 30,", []),
                                               ('reuters21578', '5031', "an EC directive that, effective April 30,", []),
                                               ('reuters21578', '16564', "due to go into effect April 30", [])],
 "Who chairs Bafta's interactive committee": [('bbc', 'tech/046', "Bafta's Grant Dean, chair of Bafta's Interactive Entertainment committee", [])],
 "In which Leicestershire town did Robert Kilroy-Silk": [('bbc', 'politics/111', "at a public meeting in Hinckley, Leicestershire", [])],
 "In which city did Brazil hold its March 1987": [('reuters21578', '11761', "The two sides held inconclusive talks in Miami on March 22", [])],
 "What is Air Canada paying for Gelco Express": [('reuters21578', '6497', "to Air Canada for about 54 mln dlrs (U.S.)", []),
                                                ('reuters21578', '6844', "Air Canada's 54 mln U.S. dlr acquisition of Gelco Corp's", ["54 mln U.S. dlr"])],
}

def manual_for(q):
    out = []
    for k, v in MANUAL_ALSO.items():
        if q.startswith(k):
            out += v
    return out

# order: by article, answerables then near misses of that article
items = []
for x in SEL:
    items.append(('A', (SRC[x[3]], x[4]), x))
for u in UNS:
    items.append(('U', (SRC[u[2][0]], u[2][1]), u))
art_order = []
for kind, key, x in items:
    if key not in art_order:
        art_order.append(key)
items.sort(key=lambda it: (art_order.index(it[1]), it[0]))

gold, used_articles, used_manual = [], [], set()
for i, (kind, key, x) in enumerate(items, 1):
    qid = "an-%03d" % i
    if kind == 'A':
        t, q, answers, s, d, ev, norm, terms = x
        answers = list(answers)
        also = []
        for (s2, d2, ev2, extra) in manual_for(q):
            used_manual.add(q)
            also.append({"source": s2, "doc": d2, "evidence": ev2})
            for a in extra:
                if a not in answers:
                    answers.append(a)
        # exact duplicates of the evidence elsewhere in the archive
        for k2, r2 in ARCH.items():
            if k2 != key and ev in r2['text'] and not any(a_["doc"] == k2[1] and a_["source"] == k2[0] for a_ in also):
                also.append({"source": k2[0], "doc": k2[1], "evidence": ev})
        rec = {"id": qid, "type": TMAP.get(t, t), "question": q, "answers": answers,
               "doc": d, "source": key[0], "evidence": ev, "normalized": norm, "also": also}
    else:
        t, q, nm, searches = x
        rec = {"id": qid, "type": t, "question": q, "answers": [], "doc": None, "source": None,
               "evidence": None, "normalized": None, "also": []}
    gold.append(rec)
    if key not in used_articles:
        used_articles.append(key)

missing = [k for k in MANUAL_ALSO if not any(r["question"].startswith(k) for r in gold)]
assert not missing, missing
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
    for r in gold:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(here, "articles.jsonl"), "w", encoding="utf-8") as f:
    for k in used_articles:
        f.write(RAW[k] + "\n")
# absence log
with open(os.path.join(here, "ABSENT_CHECKED"), "w", encoding="utf-8") as f:
    for (kind, key, x), r in zip(items, gold):
        if kind != 'U':
            continue
        t, q, nm, searches = x
        parts = []
        for srch in searches:
            hits = [k for k, rr in ARCH.items()
                    if all(re.search(p, rr['text'] + ' ' + (rr['title'] or ''), re.I) for p in srch)]
            parts.append("AND(%s) -> %d hits [%s]" % (" , ".join(repr(p) for p in srch), len(hits),
                                                       " ".join("%s:%s" % h for h in hits[:12]) + (" ..." if len(hits) > 12 else "")))
        f.write("%s\t%s\tnear-miss %s:%s\t%s\n" % (r["id"], q, key[0], key[1], " ; ".join(parts)))
print(len(gold), "questions,", len(used_articles), "articles")
