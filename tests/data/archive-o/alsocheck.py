import json,re,sys,qdata
C='/work/shared/corpora/'
recs=[]
for src in ['reuters21578','bbc','agnews']:
    for l in open(C+src+'.jsonl'):
        r=json.loads(l); recs.append((src,r))
def match(q,t):
    return all(re.search(p.strip(),t,re.I) for p in q.split('&&'))
for k,(ty,q,ans,src,doc,ev,norm,key) in enumerate(qdata.ANS):
    hits=[];keyonly=[]
    for s,r in recs:
        if s==src and r['id']==doc: continue
        t=(r['title'] or '')+' || '+r['text']
        if not match(key,t): continue
        found=[a for a in ans if re.search(r'(?<![\w.,])'+re.escape(a)+r'(?![\w])',r['text'],re.I)]
        if found: hits.append((s,r['id'],found,r['text']))
        else: keyonly.append((s,r['id'],r['title']))
    print(f'#{k} [{ty}] {q} -> {ans[0]} | also-cands {len(hits)} | key-only {len(keyonly)}')
    for s,i,f,t in hits[:8]:
        m=re.search(re.escape(f[0]),t,re.I); print('    HIT',s,i,repr(t[max(0,m.start()-120):m.end()+60]))
    for x in keyonly[:6]: print('    key',*x)
