#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl + absent_results.json (run absent.py first)."""
import json
C='/work/shared/corpora/'
FILES=['reuters21578','bbc','agnews']
raw={}
for f in FILES:
    for l in open(C+f+'.jsonl',encoding='utf-8'):
        r=json.loads(l); raw[(f,r['id'])]=l.rstrip('\n')
draft=[json.loads(l) for l in open('draft.jsonl',encoding='utf-8')]
assert len(draft)==110, len(draft)
absent={r['q']:r for r in json.load(open('absent_results.json',encoding='utf-8'))}
gold=[]; arts=[]; seen=set(); absent_lines=[]
def addart(s,d):
    if (s,d) not in seen:
        seen.add((s,d)); arts.append(raw[(s,d)])
for i,q in enumerate(draft,1):
    qid=f"azm-{i:03d}"
    ans=bool(q['answers'])
    g={'id':qid,'type':q['type'],'question':q['question'],'answers':q['answers'],
       'doc':q['doc'] if ans else None,'source':q['source'] if ans else None,
       'evidence':q['evidence'] if ans else None,'normalized':q['normalized'] if ans else None,
       'also':[{'source':s,'doc':d,'evidence':e} for s,d,e in q.get('also',[])]}
    gold.append(g)
    if ans: addart(q['source'],q['doc'])
    else:
        s,d=q['near']; addart(s,d)
        a=absent[q['question']]
        parts=[f"[{' AND '.join(o['search'])}] = {o['hits']} hits" for o in a['results']]
        absent_lines.append(f"{qid}\tnear-miss article {s}:{d}\t"+'; '.join(parts)+f"\tREVIEW: {a['note']}")
with open('gold.jsonl','w',encoding='utf-8') as f:
    for g in gold: f.write(json.dumps(g,ensure_ascii=False)+'\n')
with open('articles.jsonl','w',encoding='utf-8') as f:
    for a in arts: f.write(a+'\n')
with open('ABSENT_CHECKED','w',encoding='utf-8') as f:
    f.write("# one line per unanswerable question: id <TAB> near-miss article <TAB> searches (case-insensitive Python regexes, all terms must match in title+text of one article, over all 28,868 articles of reuters21578/bbc/agnews) with hit counts <TAB> result of reading the hits\n")
    for l in absent_lines: f.write(l+'\n')
print('gold',len(gold),'articles',len(arts),'absent',len(absent_lines))
