#!/usr/bin/env python3
"""Runs the loose absence searches listed in absent_specs.jsonl over all three corpus files
and writes ABSENT_CHECKED (one line per unanswerable question: every search with its hit count
and the ids of hit records). Each search = list of case-insensitive regexes that must ALL match a record."""
import json,re
C='/work/shared/corpora/'
recs=[]
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl'):
        r=json.loads(l); recs.append((f,r['id'],(r['title'] or '')+'\n'+r['text']))
def run(pats):
    ps=[re.compile(p,re.I) for p in pats]
    return [f'{f}:{i}' for f,i,t in recs if all(p.search(t) for p in ps)]
if __name__=='__main__':
    import sys
    gold={}
    try:
        for l in open('gold.jsonl'):
            q=json.loads(l); gold[q['question']]=q['id']
    except FileNotFoundError: pass
    out=[]
    for l in open('absent_specs.jsonl'):
        s=json.loads(l)
        parts=[]
        for pats in s['searches']:
            hits=run(pats)
            parts.append('[%s] -> %d%s' % (' AND '.join(pats), len(hits), (' ('+', '.join(hits[:12])+(' ...' if len(hits)>12 else '')+')') if hits else ''))
        out.append('%s\t%s\t%s\tverdict: %s' % (gold.get(s['q'],'?'), s['q'], ' ; '.join(parts), s['verdict']))
    open('ABSENT_CHECKED','w').write('\n'.join(out)+'\n')
    print('\n'.join(out))
