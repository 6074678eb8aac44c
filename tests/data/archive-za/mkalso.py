#!/usr/bin/env python3
"""mkalso.py EXCLUDE_DOC ANSWER_REGEX [FILTER_REGEX...] -> JSON also-list candidates (sentence around the answer)"""
import json,re,sys
ex,ans,filt=sys.argv[1],re.compile(sys.argv[2],re.I),[re.compile(p,re.I) for p in sys.argv[3:]]
res=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open('/work/shared/corpora/'+f+'.jsonl'):
        r=json.loads(l); t=r['text']
        if r['id']==ex: continue
        if not all(p.search((r['title'] or '')+' '+t) for p in filt): continue
        m=ans.search(t)
        if not m: continue
        p=t.rfind('. ',0,m.start()); s=max(p+2 if p>=0 else 0, t.rfind('\n',0,m.start())+1, m.start()-150)
        if s==m.start()-150:
            s=t.find(' ',s)+1
        e=t.find('.',m.end()); e=len(t) if e<0 else e
        e=min(e,m.end()+120)
        ev=t[s:e]
        # avoid partial words at start
        res.append({"source":f,"doc":r['id'],"evidence":ev,"_m":m.group(0),"_date":r['date']})
for x in res: print(json.dumps(x,ensure_ascii=False))
print('#',len(res))
