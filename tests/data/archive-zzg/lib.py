"""Helper used by the draft_*.py files: Q() records a question after checking spans."""
import json, csv
C = '/work/shared/corpora/'
TEXT = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l); TEXT[(f, r['id'])] = r
SLICE = set()
for row in csv.DictReader(open('/work/gold/archive-zzg/candidates.tsv'), delimiter='\t'):
    SLICE.add((row['source'], row['id']))
SRC = {'r': 'reuters21578', 'b': 'bbc', 'a': 'agnews'}
QS = []
def Q(typ, question, answers=(), doc=None, evidence=None, normalized=None, also=(), about=None, absent=None):
    assert typ in ('who', 'when', 'how_much', 'how_many', 'where')
    q = {'type': typ, 'question': question, 'answers': list(answers)}
    if doc:
        s, d = doc.split(':', 1); s = SRC[s]
        assert (s, d) in SLICE, ('not in slice', s, d)
        t = TEXT[(s, d)]['text']
        assert evidence in t, ('evidence', question, evidence)
        assert answers and answers[0] in evidence, ('ans0 not in evidence', question)
        al = []
        for a in also:
            s2, d2 = a[0].split(':', 1); s2 = SRC[s2]
            assert a[1] in TEXT[(s2, d2)]['text'], ('also ev', question, a)
            al.append({'source': s2, 'doc': d2, 'evidence': a[1]})
        texts = [t] + [TEXT[(SRC[a[0].split(':')[0]], a[0].split(':', 1)[1])]['text'] for a in also]
        for a in answers:
            assert any(a in x for x in texts), ('answer nowhere', question, a)
        q.update(doc=d, source=s, evidence=evidence, normalized=normalized, also=al)
    else:
        assert not answers and about and absent
        s, d = about.split(':', 1); s = SRC[s]
        assert (s, d) in SLICE, ('about not in slice', s, d)
        q.update(doc=None, source=None, evidence=None, normalized=None, also=[], about=[s, d], absent=absent)
    QS.append(q)
def insl(x):
    s, d = x.split(':', 1); return (SRC[s], d) in SLICE
