#!/usr/bin/env python3
"""Append draft questions. stdin: a Python list of dicts.
Answerable: {t,q,a:[...],s:'r:ID',ev,norm,also:[('r:ID','evidence'),...],srch:[[regex,...],...]}
Unanswerable: {t,q,about:'r:ID',checks:[[regex,...],...]}
Verifies substrings; runs searches (case-insensitive, all regexes of a list must match the same article,
over title+text of all three files) and stores hit counts/ids in the draft line."""
import json, sys, re, ast
C='/work/shared/corpora/'; SRC={'r':'reuters21578','b':'bbc','a':'agnews'}
docs={}
for f in SRC.values():
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); docs[(f,r['id'])]=r
def sp(x):
    s,i=x.split(':',1); return SRC[s],i
def search(pats):
    ps=[re.compile(p,re.I) for p in pats]; hits=[]
    for (f,i),r in docs.items():
        t=(r['title'] or '')+'\n'+r['text']
        if all(p.search(t) for p in ps): hits.append(f"{f[0]}:{i}")
    return hits
items=ast.literal_eval(sys.stdin.read())
ok=True
with open('draft.jsonl','a') as out:
    for it in items:
        if 'patch' in it or 'drop' in it:
            for d,e in it.get('patch',{}).get('also',[]):
                if e not in docs[sp(d)]['text']: print('!! also ev bad',d,e); ok=False
        elif 'a' in it:
            f,i=sp(it['s']); t=docs[(f,i)]['text']
            for a in it['a']:
                if a not in t: print('!! answer not in text:',a,it['q']); ok=False
            if it['ev'] not in t or it['a'][0] not in it['ev']: print('!! evidence bad',it['q']); ok=False
            for d,e in it.get('also',[]):
                if e not in docs[sp(d)]['text']: print('!! also ev bad',d,e); ok=False
            res=[]
            for pats in it.get('srch',[]):
                h=search(pats); res.append({'pats':pats,'n':len(h),'ids':h[:60]})
                print(f"[{it['q'][:50]}] {pats}: {len(h)} {h[:25]}")
            it['srch_res']=res
        else:
            res=[]
            for pats in it['checks']:
                h=search(pats); res.append({'pats':pats,'n':len(h),'ids':h[:60]})
                print(f"[UNANS {it['q'][:50]}] {pats}: {len(h)} {h[:25]}")
            it['checks_res']=res
        out.write(json.dumps(it,ensure_ascii=False)+'\n')
print('OK' if ok else 'PROBLEMS')
