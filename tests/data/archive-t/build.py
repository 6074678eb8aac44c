import sys,re,json
sys.path.insert(0,__import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from arc import ALL, IDX
exec(open('draft.py').read())
OUT='/work/gold/archive-t/'
def sentence(text, ans):
    i=text.find(ans)
    if i<0: return None
    # sentence bounds
    st=max(text.rfind('. ',0,i)+2 if text.rfind('. ',0,i)>=0 else 0, text.rfind('\n',0,i)+1)
    en_candidates=[j for j in (text.find('. ',i+len(ans)), text.find('\n',i+len(ans))) if j>=0]
    en=min(en_candidates)+1 if en_candidates else len(text)
    ev=text[st:en].strip()
    if len(ev)>400:  # trim around answer
        a=max(st,i-150); b=min(len(text),i+len(ans)+150); ev=text[a:b].strip()
    assert ans in ev and ev in text
    return ev
gold=[]; docs=set(); absent=[]
for n,x in enumerate(Q,1):
    qid='at-%03d'%n
    also=[]
    for item in x['also']:
        src,doc=item[0],item[1]
        t=IDX[(src,doc)]['text']
        if len(item)>2:
            assert item[2] in t; ev=item[2]
        else:
            a=next(a for a in x['answers'] if a in t); ev=sentence(t,a)
        also.append({"source":src,"doc":doc,"evidence":ev})
    rec={"id":qid,"type":x['type'],"question":x['question'],"answers":x['answers'],
         "doc":x['doc'],"source":x['source'],"evidence":x['evidence'],"normalized":x['normalized'],"also":also}
    gold.append(rec)
    if x['answers']: docs.add((x['source'],x['doc']))
    else:
        docs.add(x['near'])
        searches=[]
        for pats in x['chk']:
            cs=[re.compile(p,re.I) for p in pats]
            hits=[r['source']+':'+r['id'] for r in ALL if all(c.search(r['title']+'\n'+r['text']) for c in cs)]
            searches.append('[%s] -> %d hits%s'%(' AND '.join(pats),len(hits),(' ('+', '.join(hits[:12])+(' ...' if len(hits)>12 else '')+')') if hits else ''))
        absent.append('%s\tnear-miss article %s:%s\t%s'%(qid,x['near'][0],x['near'][1],' ; '.join(searches)))
with open(OUT+'gold.jsonl','w') as f:
    for r in gold: f.write(json.dumps(r,ensure_ascii=False)+'\n')
# articles in archive order
order={'reuters21578':0,'bbc':1,'agnews':2}
with open(OUT+'articles.jsonl','w') as f:
    for src,fn in [('reuters21578','reuters21578.jsonl'),('bbc','bbc.jsonl'),('agnews','agnews.jsonl')]:
        for line in open('/work/shared/corpora/'+fn):
            r=json.loads(line)
            if (src,r['id']) in docs: f.write(line if line.endswith('\n') else line+'\n')
with open(OUT+'ABSENT_CHECKED','w') as f:
    f.write('# id\tnear-miss article\twhole-archive searches (all 3 files, title+text, case-insensitive regex; every pattern in [] must match); every hit was read and none states the asked fact\n')
    for a in absent: f.write(a+'\n')
print(len(gold),'questions;',len(docs),'articles')
