import json,re
exec(open('build.py').read())
CORP="/work/shared/corpora/"
idx={}; recs=[]
for s in ["reuters21578","bbc","agnews"]:
    for l in open(CORP+s+".jsonl",encoding="utf-8"):
        r=json.loads(l); idx[(s,r["id"])]=l.rstrip("\n"); recs.append((s,r))
KEYS=["id","type","question","answers","doc","source","evidence","normalized","also"]
out=[]; absent=[]; arts=[]
for i,q in enumerate(Q,1):
    q["id"]="az2-%03d"%i
    out.append({k:q[k] for k in KEYS})
    if q["answers"]:
        if (q["source"],q["doc"]) not in arts: arts.append((q["source"],q["doc"]))
    else:
        near=q["_near"]
        if near not in arts: arts.append(near)
        parts=[]
        for spec in q["_chk"]:
            pats=[re.compile(p,re.I) for p in spec.split(" && ")]
            hits=[f"{s}:{r['id']}" for s,r in recs if all(p.search((r["title"] or "")+"\n"+r["text"]) for p in pats)]
            parts.append(f"grep -iE all-of[{spec}] over reuters21578+bbc+agnews title+text -> {len(hits)} hit(s){(' ('+', '.join(hits[:8])+('...' if len(hits)>8 else '')+'; read, none states the fact)') if hits else ''}")
        absent.append(f"{q['id']}\tnear-miss article {near[0]}:{near[1]}\t"+" | ".join(parts))
with open("gold.jsonl","w",encoding="utf-8") as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
with open("articles.jsonl","w",encoding="utf-8") as f:
    for a in arts: f.write(idx[a]+"\n")
with open("ABSENT_CHECKED","w",encoding="utf-8") as f:
    f.write("\n".join(absent)+"\n")
print(len(out),"questions",len(arts),"articles")
from collections import Counter
print(Counter(a[0] for a in arts))
