"""Builds gold.jsonl and articles.jsonl from questions.py (hand-written question list)."""
import json, collections
exec(open('questions.py').read())
C = '/work/shared/corpora/'
FILES = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
raw = {}
for s, f in FILES.items():
    for line in open(C + f, encoding='utf-8'):
        raw[(s, json.loads(line)['id'])] = line.rstrip('\n')
gold, arts = [], []
for n, (t, q, ans, src, doc, ev, norm, also) in enumerate(F, 1):
    ansd = ans is not None
    rec = collections.OrderedDict()
    rec['id'] = 'ar-%03d' % n
    rec['type'] = t
    rec['question'] = q
    rec['answers'] = ans if ansd else []
    rec['doc'] = doc if ansd else None
    rec['source'] = src if ansd else None
    rec['evidence'] = ev if ansd else None
    rec['normalized'] = norm if ansd else None
    rec['also'] = [{'source': s, 'doc': d, 'evidence': e} for s, d, e in also]
    gold.append(rec)
    if (src, doc) not in arts:
        arts.append((src, doc))
with open('gold.jsonl', 'w', encoding='utf-8') as fh:
    for r in gold:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
order = {'reuters21578': 0, 'bbc': 1, 'agnews': 2}
with open('articles.jsonl', 'w', encoding='utf-8') as fh:
    for a in sorted(arts, key=lambda a: order[a[0]]):
        fh.write(raw[a] + '\n')
print(len(gold), 'questions;', len(arts), 'articles')
