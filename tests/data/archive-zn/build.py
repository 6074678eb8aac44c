#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (answerable questions)
and unans_spec.py (unanswerable near misses with their absence searches)."""
import json, re, sys
sys.path.insert(0, '.')
from unans_spec import U
from cnt import search
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
raw, recs, lineno = {}, {}, {}
for f in FILES:
    for i, l in enumerate(open(C + f + '.jsonl', encoding='utf-8')):
        r = json.loads(l)
        raw[(f, r['id'])] = l if l.endswith('\n') else l + '\n'
        recs[(f, r['id'])] = r
        lineno[(f, r['id'])] = i

def evidence(text, ans):
    # the sentence (or paragraph piece) of text that contains ans
    for para in text.split('\n\n'):
        if ans not in para:
            continue
        parts = re.split(r'(?<=[.!?"])\s+(?=[A-Z"])', para)
        for p in parts:
            if ans in p and p in text:
                return p
        return para
    raise SystemExit('answer not found: %r' % ans)

draft = [json.loads(l) for l in open('draft.jsonl', encoding='utf-8')]
items = []
for d in draft:
    key = (d['source'], d['doc'])
    text = recs[key]['text']
    answers = list(d['answers'])
    for a in answers:
        assert a in text or any(a in recs[(x['source'], x['doc'])]['text'] for x in d['also']), (a, key)
    ev = d.get('evidence') or evidence(text, answers[0])
    also = []
    for x in d['also']:
        k2 = (x['source'], x['doc'])
        t2 = recs[k2]['text']
        also.append({'source': x['source'], 'doc': x['doc'], 'evidence': x.get('evidence') or evidence(t2, x['ans'])})
        if x['ans'] not in answers:
            answers.append(x['ans'])
    items.append({'type': d['type'], 'question': d['question'], 'answers': answers, 'doc': d['doc'],
                  'source': d['source'], 'evidence': ev, 'normalized': d['normalized'], 'also': also,
                  '_about': key})
# insert each unanswerable after the last question about the same article
for t, q, doc, src, searches in U:
    it = {'type': t, 'question': q, 'answers': [], 'doc': None, 'source': None, 'evidence': None,
          'normalized': None, 'also': [], '_about': (src, doc), '_searches': searches}
    pos = max([i for i, x in enumerate(items) if x['_about'] == (src, doc)], default=len(items) - 1)
    items.insert(pos + 1, it)
gold, absent, used_keys = [], [], []
for n, it in enumerate(items, 1):
    qid = 'azn-%03d' % n
    gold.append({'id': qid, 'type': it['type'], 'question': it['question'], 'answers': it['answers'],
                 'doc': it['doc'], 'source': it['source'], 'evidence': it['evidence'],
                 'normalized': it['normalized'], 'also': it['also']})
    if it['_about'] not in used_keys:
        used_keys.append(it['_about'])
    if '_searches' in it:
        parts = []
        for pats in it['_searches']:
            h = search(pats)
            parts.append('[%s] => %d hits (%s)' % (' AND '.join(pats), len(h),
                         ', '.join('%s:%s' % x for x in h[:8]) + (' ...' if len(h) > 8 else '')))
        absent.append('%s\t%s\tabout %s:%s\t%s\tverdict: hits read, none states the asked-for fact'
                      % (qid, it['question'], it['_about'][0], it['_about'][1], ' ; '.join(parts)))
with open('gold.jsonl', 'w', encoding='utf-8') as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w', encoding='utf-8') as f:
    for k in used_keys:
        f.write(raw[k])
with open('ABSENT_CHECKED', 'w', encoding='utf-8') as f:
    f.write('# id\tquestion\tarticle it is about\tsearches (all regexes case-insensitive, must co-occur in one article of reuters21578+bbc+agnews) => hit count (first hits)\tverdict\n')
    for a in absent:
        f.write(a + '\n')
print(len(gold), 'questions;', len(used_keys), 'articles')
