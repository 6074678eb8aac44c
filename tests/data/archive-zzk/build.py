#!/usr/bin/env python3
"""Builds gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.py (whole-archive searches via lib.py)."""
import json, re
from lib import *
import draft
PFX = 'azzk-'
kept = [(i, q) for i, q in enumerate(draft.Q) if i not in draft.DROP]
gold, arts, absent = [], [], []
def add_art(k):
    if k not in arts: arts.append(k)
for n, (i, q) in enumerate(kept, 1):
    qid = f"{PFX}{n:03d}"
    question = draft.REWRITE.get(i, q['question'])
    if q['kind'] == 'A':
        also = []
        for k in search_all(q['chk']):
            if k == (q['source'], q['doc']) or k[1] in q['ex']: continue
            t = text(*k); m = re.search(q['chk'][-1], t, re.I)
            if not m: continue
            also.append({"source": k[0], "doc": k[1], "evidence": sentence_around(t, m.start(), m.end())})
        rec = {"id": qid, "type": q['type'], "question": question, "answers": q['answers'], "doc": q['doc'],
               "source": q['source'], "evidence": q['evidence'], "normalized": q['normalized'], "also": also}
        add_art((q['source'], q['doc']))
    else:
        rec = {"id": qid, "type": q['type'], "question": question, "answers": [], "doc": None, "source": None,
               "evidence": None, "normalized": None, "also": []}
        add_art(tuple(q['about']))
        parts = []
        for s in q['searches']:
            h = search_all(s)
            parts.append(f"[{' AND '.join(s)}] -> {len(h)} hits" + (f" ({', '.join(a+':'+b for a,b in h[:8])}{', ...' if len(h)>8 else ''})" if h else ''))
        absent.append(f"{qid}\tabout {q['about'][0]}:{q['about'][1]}\t" + ' ; '.join(parts) + "\tall hits read by hand; none states the asked-for fact" + (f" ({q['note']})" if q['note'] else ''))
    gold.append(rec)
with open('gold.jsonl', 'w') as f:
    for r in gold: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w') as f:
    for k in arts: f.write(REC[k][0] + '\n')
with open('ABSENT_CHECKED', 'w') as f:
    f.write("# id\tnear-miss article\tsearches (case-insensitive regexes over title+text of all three corpus files; AND = same article) -> hit count\tverdict\n")
    for l in absent: f.write(l + '\n')
print(len(gold), 'questions;', len(arts), 'articles;', len(absent), 'unanswerable')
