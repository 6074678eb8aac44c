import json, build
C="/work/shared/corpora/"
raw={}
for s,f in [("reuters21578","reuters21578.jsonl"),("bbc","bbc.jsonl"),("agnews","agnews.jsonl")]:
    for l in open(C+f,encoding="utf-8"):
        raw[(s,json.loads(l)["id"])]=l.rstrip("\n")
order=["who","when","how_much","how_many","where"]
Q=sorted(build.Q,key=lambda q:(order.index(q["type"]), not q["answers"]))
import re
from arch import A
def hits(g):
    ps=[re.compile(p,re.I) for p in g]
    h=[f"{r['source']}:{r['id']}" for r in A if all(p.search(r['text']) for p in ps)]
    return f"{len(h)} hit(s)"+(": "+", ".join(h[:20])+(" ..." if len(h)>20 else "") if h else "")
arts=[]; absent=[]
with open("../gold.jsonl","w",encoding="utf-8") as f:
    for i,q in enumerate(Q,1):
        qid=f"am-{i:03d}"
        rec={"id":qid,"type":q["type"],"question":q["question"],"answers":q["answers"],"doc":q["doc"],
             "source":q["source"],"evidence":q["evidence"],"normalized":q["normalized"],"also":q["also"]}
        f.write(json.dumps(rec,ensure_ascii=False)+"\n")
        k=(q["source"],q["doc"]) if q["doc"] else q["_near"]
        if k not in arts: arts.append(k)
        if not q["answers"]:
            absent.append(f"{qid}\t{q['question']}\tnear-miss article {k[0]}:{k[1]}\tsearches (all 3 files, case-insensitive regex, every pattern in a group must match the same article text): "
                          + " ; ".join(" AND ".join(repr(p) for p in g)+f" -> {hits(g)}" for g in q["_searches"])
                          + "\tresult: hits inspected in context (the matching passage of each hit that concerns the entity); none states the asked-for fact")
with open("../articles.jsonl","w",encoding="utf-8") as f:
    for k in sorted(arts,key=lambda k:(["reuters21578","bbc","agnews"].index(k[0]),k[1])):
        f.write(raw[k]+"\n")
open("../ABSENT_CHECKED","w",encoding="utf-8").write("\n".join(absent)+"\n")
print(len(Q),"questions",len(arts),"articles",len(absent),"unanswerable")
