import json,re,sys
# usage: sent.py src:id regex [src:id regex ...]
args=sys.argv[1:]
want={}
for a,p in zip(args[::2],args[1::2]): want.setdefault(tuple(a.split(":",1)),[]).append(p)
srcs={s for s,_ in want}
for s in srcs:
    for l in open(f"/work/shared/corpora/{s}.jsonl"):
        r=json.loads(l)
        if (s,r["id"]) in want:
            for p in want[(s,r["id"])]:
                sents=re.split(r'(?<=[.!?])\s+|\n\n',r["text"])
                hit=[x for x in sents if re.search(p,x,re.I)]
                print(f"{s}:{r['id']} [{p}] ->", repr(hit[0]) if hit else "NONE")
