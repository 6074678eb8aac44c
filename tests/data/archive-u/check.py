import json,re,sys
exec(open('draft.py').read())
C='/work/shared/corpora/'
docs=[]
for f in ['reuters21578.jsonl','bbc.jsonl','agnews.jsonl']:
    for i,l in enumerate(open(C+f,encoding='utf-8')):
        r=json.loads(l); r['_line']=i; docs.append(r)
sel = sys.argv[1:] 
for k,q in enumerate(Q):
    if sel and str(k) not in sel: continue
    if q['kind']=='A':
        print(f"\n[{k}] A {q['type']} {q['doc']} | {q['question']} -> {q['answers'][0]}")
        also={a[0] for a in q['also']}
        pats=[re.compile(p,re.I) for p in q['chk']]
        rel=[r for r in docs if r['id']!=q['doc'] and all(p.search((r['title'] or '')+' '+r['text']) for p in pats)]
        for r in rel:
            t=r['text']; hit=None
            for a in q['answers']:
                m=re.search(re.escape(a),t,re.I)
                if m: hit=m;break
            tag='ALSO-LISTED' if r['id'] in also else ''
            if hit:
                s=max(0,hit.start()-110); print(f"   HAS {r['id']} {tag}: ...{t[s:hit.end()+60]!r}")
            else:
                print(f"   rel {r['id']} {tag} | {r['title'][:60] if r['title'] else ''}")
    else:
        print(f"\n[{k}] U {q['type']} {q['about']} | {q['question']}")
        for ch in q['checks']:
            pats=[re.compile(p,re.I) for p in ch]
            rel=[r for r in docs if all(p.search((r['title'] or '')+' '+r['text']) for p in pats)]
            print(f"   check {ch}: {len(rel)} docs: "+', '.join(r['id'] for r in rel[:15]))
