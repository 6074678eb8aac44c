import json, sys, csv
C = '/work/shared/corpora/'
src = sys.argv[1]; start=int(sys.argv[2]); n=int(sys.argv[3]); minlen=int(sys.argv[4]) if len(sys.argv)>4 else 0
fn={'reuters21578':'reuters21578.jsonl','bbc':'bbc.jsonl','agnews':'agnews.jsonl'}[src]
recs={}
for l in open(C+fn):
    r=json.loads(l); recs[r['id']]=r
rows=[l.rstrip('\n').split('\t') for l in open('candidates.tsv')][1:]
rows=[r for r in rows if r[1]==src]
shown=0
for r in rows[start:]:
    a=recs[r[2]]
    if len(a['text'])<minlen: continue
    if src=='reuters21578' and ('Shr ' in a['text'] or ' vs ' in a['text'][:300]): continue
    print(f"=== [{r[0]}] {src} {a['id']} {a['date']} | {a['title']}")
    print(a["text"][:int(__import__("os").environ.get("CUT","1600"))])
    shown+=1
    if shown>=n: break
