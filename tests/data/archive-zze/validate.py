#!/usr/bin/env python3
"""Validate archive-zze: gold.jsonl, articles.jsonl, ABSENT_CHECKED."""
import json,sys,re
from collections import Counter
C='/work/shared/corpora/'
FILES=['reuters21578','bbc','agnews']
RAW={};LINE={};TXT={}
for f in FILES:
    RAW[f]={};LINE[f]={};TXT[f]={}
    for i,l in enumerate(open(C+f+'.jsonl')):
        r=json.loads(l); RAW[f][r['id']]=l.rstrip('\n'); LINE[f][r['id']]=i; TXT[f][r['id']]=r['text']
err=[]
def E(m): err.append(m)
KEYS=['id','type','question','answers','doc','source','evidence','normalized','also']
TYPES=['who','when','how_much','how_many','where']
gold=[]
for n,l in enumerate(open('gold.jsonl'),1):
    try: q=json.loads(l)
    except Exception as e: E(f'line {n}: bad json {e}'); continue
    gold.append(q)
    if list(q.keys())!=KEYS: E(f'line {n}: key order {list(q.keys())}')
    if q['id']!=f'azze-{n:03d}': E(f'line {n}: id {q["id"]}')
    if q['type'] not in TYPES: E(f'{q["id"]}: type')
    if not isinstance(q['answers'],list): E(f'{q["id"]}: answers not list')
    if q['answers']:
        s,d=q['source'],q['doc']
        if s not in FILES or d not in TXT.get(s,{}): E(f'{q["id"]}: doc not in archive'); continue
        t=TXT[s][d]
        if not q['evidence'] or q['evidence'] not in t: E(f'{q["id"]}: evidence not in text')
        elif q['answers'][0] not in q['evidence']: E(f'{q["id"]}: first answer not in evidence')
        alsot=[]
        for a in q['also']:
            if list(a.keys())!=['source','doc','evidence']: E(f'{q["id"]}: also keys')
            if a['source'] not in FILES or a['doc'] not in TXT[a['source']]: E(f'{q["id"]}: also doc missing {a}'); continue
            if (a['source'],a['doc'])==(s,d): E(f'{q["id"]}: also repeats doc')
            at=TXT[a['source']][a['doc']]; alsot.append(at)
            if a['evidence'] not in at: E(f'{q["id"]}: also evidence not in {a["doc"]}')
            if not any(x in a['evidence'] for x in q['answers']): E(f'{q["id"]}: also evidence has no answer {a["doc"]}')
        for a in q['answers']:
            if a not in t and not any(a in x for x in alsot): E(f'{q["id"]}: answer not in any text: {a!r}')
        nm=q['normalized']
        if q['type'] in ('who','where') and nm is not None: E(f'{q["id"]}: normalized should be null')
        if q['type']=='when' and not (nm is None or re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?',nm)): E(f'{q["id"]}: when normalized {nm}')
        if q['type']=='how_much' and not (nm is None or (set(nm)=={'amount','currency'} and isinstance(nm['amount'],float)) or (set(nm)=={'percent'} and isinstance(nm['percent'],float))): E(f'{q["id"]}: how_much normalized {nm}')
        if q['type']=='how_many' and not (nm is None or (set(nm)=={'count'} and isinstance(nm['count'],(int,float)))): E(f'{q["id"]}: how_many normalized {nm}')
        if q['source']=='bbc' or q['source']=='agnews':
            if q['type']=='when' and nm is not None and not re.search(r'(19|20)\d\d',q['answers'][0]+q['evidence']): E(f'{q["id"]}: undated source with normalized date but no year')
    else:
        if any(q[k] is not None for k in ['doc','source','evidence','normalized']) or q['also']!=[]: E(f'{q["id"]}: unanswerable fields not null/empty')
# articles
arts=[]
for n,l in enumerate(open('articles.jsonl'),1):
    r=json.loads(l); arts.append((r['source'],r['id']))
    if RAW[r['source']].get(r['id'])!=l.rstrip('\n'): E(f'articles line {n}: not verbatim')
    if LINE[r['source']][r['id']]%8!=1: E(f'articles line {n}: not in slice (line%8==1)')
artset=set(arts)
if len(artset)!=len(arts): E('duplicate articles')
for q in gold:
    if q['doc'] and (q['source'],q['doc']) not in artset: E(f'{q["id"]}: doc not in articles.jsonl')
used=set(); usedtext=set()
for l in open('/work/gold/used_articles.tsv'):
    p=l.rstrip('\n').split('\t')
    if len(p)>=2 and p[0] in TXT and p[1] in TXT[p[0]]: used.add((p[0],p[1])); usedtext.add(TXT[p[0]][p[1]])
for a in arts:
    if a in used: E(f'article {a} in used_articles.tsv')
    if TXT[a[0]][a[1]] in usedtext: E(f'article {a} text identical to a used article')
# ABSENT_CHECKED
ab=[l for l in open('ABSENT_CHECKED') if l.strip() and not l.startswith('#')]
unans=[q['id'] for q in gold if not q['answers']]
abids=[l.split('\t')[0] for l in ab]
if sorted(abids)!=sorted(unans): E('ABSENT_CHECKED ids do not match unanswerable questions')
# counts
N=len(gold)
if N!=150: E(f'{N} questions, need 150')
cnt=Counter(q['type'] for q in gold)
ua=len(unans); short=sum(len(q['question'].split())<10 for q in gold)
if ua/N<0.27: E(f'unanswerable {ua/N:.1%} < 27%')
if short/N<0.36: E(f'short {short/N:.1%} < 36%')
for t in TYPES:
    if cnt[t]/N<0.15: E(f'type {t} {cnt[t]/N:.1%} < 15%')
if not 70<=len(arts)<=95: print('WARNING: articles',len(arts))
print('questions',N,'unanswerable',ua,f'({ua/N:.1%})','short',short,f'({short/N:.1%})','articles',len(arts))
for t in TYPES:
    a=sum(1 for q in gold if q['type']==t and q['answers']); u=sum(1 for q in gold if q['type']==t and not q['answers'])
    print(f'  {t:9s} answerable {a:3d} unanswerable {u:3d} total {a+u:3d}')
print('sources of answerable:',Counter(q['source'] for q in gold if q['answers']))
if err:
    print('ERRORS:'); [print(' ',e) for e in err]; sys.exit(1)
print('OK')
