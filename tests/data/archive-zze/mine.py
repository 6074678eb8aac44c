import json,re,sys
C='/work/shared/corpora/'
used=set(l.split('\t')[0]+':'+l.split('\t')[1] for l in open('candidates.tsv').read().splitlines()[1:] if False)
rows=[l.split('\t') for l in open('candidates.tsv').read().splitlines()[1:]]
pat=re.compile(sys.argv[1])
src=sys.argv[2]; lim=int(sys.argv[3])
T={}
for l in open(C+src+'.jsonl'):
    r=json.loads(l); T[r['id']]=r
n=0
for row in rows:
    if row[1]!=src: continue
    r=T[row[2]]
    if len(r['text'])>3000: continue
    for m in pat.finditer(r['text']):
        s=max(0,m.start()-150); print(row[0],row[2],r['date'],'|',r['text'][s:m.end()+80].replace('\n',' ')); n+=1; break
    if n>=lim: break
