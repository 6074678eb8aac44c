import json,sys
used=set(tuple(l.rstrip('\n').split('\t')[:2]) for l in open('/work/gold/used_articles.tsv'))
src=sys.argv[1]
recs=[json.loads(l) for l in open('/work/shared/corpora/%s.jsonl'%src)]
ut=set(r['text'] for r in recs if (src,r['id']) in used)
idx={r['id']:i for i,r in enumerate(recs)}
for i in sys.argv[2:]:
    n=idx[i]; r=recs[n]
    print(i,'line',n,'slice' if n%3==1 else 'NOT-slice','USED' if (src,i) in used else '', 'DUPTEXT' if r['text'] in ut else '')
