#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (the hand-written draft).
Articles are copied verbatim (the raw JSON line) from /work/shared/corpora/*.jsonl."""
import json, re
from check_absent import ARCH, hits
CORP = '/work/shared/corpora/'
PREFIX = 'azr-'
# article each near-miss (unanswerable) question is about, by draft line number (1-based)
ABOUT = {3:('reuters21578','2745'), 8:('reuters21578','19136'), 17:('reuters21578','10063'), 20:('reuters21578','12550'),
 28:('reuters21578','3589'), 32:('reuters21578','16093'), 36:('reuters21578','3115'), 41:('reuters21578','7424'),
 48:('bbc','politics/023'), 58:('bbc','business/409'), 63:('agnews','test-4090'), 65:('agnews','test-7132'),
 67:('agnews','test-6271'), 69:('agnews','test-2089'), 72:('agnews','test-5575'), 74:('agnews','test-2239'),
 94:('reuters21578','6908'), 95:('agnews','test-4072'), 96:('agnews','test-4072'), 97:('agnews','test-3100'),
 98:('reuters21578','19535'), 99:('agnews','test-6271'), 100:('reuters21578','14730'), 101:('agnews','test-5764'),
 102:('bbc','entertainment/046'), 103:('agnews','test-7132'), 104:('reuters21578','3115'), 105:('reuters21578','6908'),
 106:('reuters21578','19136'), 107:('agnews','test-2089'), 108:('agnews','test-3100'), 109:('agnews','test-3100')}
raw = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for line in open(CORP + f + '.jsonl', encoding='utf-8'):
        raw[(f, json.loads(line)['id'])] = line.rstrip('\n')
D = [json.loads(l) for l in open('draft.jsonl', encoding='utf-8')]
assert len(D) == 110
used = []
gold, absent = [], []
for i, d in enumerate(D, 1):
    qid = '%s%03d' % (PREFIX, i)
    rec = {'id': qid, 'type': d['type'], 'question': d['question'], 'answers': d['answers'],
           'doc': d['doc'], 'source': d['source'], 'evidence': d['evidence'], 'normalized': d['normalized'],
           'also': [{'source': s, 'doc': o, 'evidence': e} for s, o, e in d['also']]}
    gold.append(rec)
    key = (d['source'], d['doc']) if d['doc'] else ABOUT[i]
    if key not in used: used.append(key)
    if not d['doc']:
        parts = []
        for pats in d['absent']:
            parts.append('[%s] -> %d' % (' AND '.join('/%s/i' % p for p in pats), len(hits(pats))))
        absent.append('%s\tabout %s:%s\t%s\t%s' % (qid, key[0], key[1], d['question'], ' ; '.join(parts)))
with open('gold.jsonl', 'w', encoding='utf-8') as out:
    for r in gold: out.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w', encoding='utf-8') as out:
    for k in used: out.write(raw[k] + '\n')
with open('ABSENT_CHECKED', 'w', encoding='utf-8') as out:
    out.write('# id\tarticle the near miss is about\tquestion\tsearches over all three corpus files (regex, case-insensitive, on title+text; all terms must match in one article) -> number of articles hit; every hit of the specific searches was read and none states the asked-for fact\n')
    for a in absent: out.write(a + '\n')
print('gold', len(gold), 'articles', len(used), 'unanswerable', len(absent))
