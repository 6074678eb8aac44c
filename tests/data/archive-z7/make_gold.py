#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl and absent_log.tsv."""
import json, collections
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
raw = {}
for f in FILES:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l); raw[(f, r['id'])] = l.rstrip('\n')
draft = [json.loads(l) for l in open('draft.jsonl')]
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
# absent log: merge searches per question key, keep the last result of each search string
log = collections.OrderedDict()
for l in open('absent_log.tsv'):
    q, s = l.rstrip('\n').split('\t', 1)
    d = log.setdefault(q, collections.OrderedDict())
    for part in s.split(' ; '):
        d[part.split('] ->')[0] + ']'] = part
gold, used_articles, absent_lines = [], [], []
def use(src, doc):
    if (src, doc) not in used_articles: used_articles.append((src, doc))
for n, q in enumerate(draft, 1):
    o = {k: q[k] for k in KEYS if k != 'id'}
    o = dict(id='az7-%03d' % n, **o)
    o = {k: o[k] for k in KEYS}
    gold.append(o)
    if o['answers']:
        use(o['source'], o['doc'])
    else:
        src, doc = q['about'].split('/', 1)
        use(src, doc)
        DROP = {'[Weis]', '[Weis && (damages|\\$|million|seek)]', '[Radin]', '[DECA]', '[tug]', '[tug && (pay|wage) && (claim|rise|increase|dispute)]', '[tug && (dlr|pct|percent|a week)]', '[Australia && foreign.flag]'}  # superseded: substring matches (e.g. 'trading', 'decade', 'Portugal') or an earlier draft question
        searches = [v for k, v in log[q['akey']].items() if k not in DROP]
        absent_lines.append('%s\t%s\tabout %s:%s\t%s' % (o['id'], o['question'], src, doc, ' ; '.join(searches)))
with open('gold.jsonl', 'w') as f:
    for o in gold: f.write(json.dumps(o, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w') as f:
    for k in used_articles: f.write(raw[k] + '\n')
with open('ABSENT_CHECKED', 'w') as f:
    f.write('# Broad entity searches show how much the archive says about the entity; hits of the narrower searches (entity && fact words) were read one by one, and none states the asked-for fact. Patterns are Python regexes; several forms of the fact were searched (e.g. chairman/president/head; founded/established/set up; mln/dlr/stg/pounds/$/£).\n')
    f.write('# id\tquestion\tnear-miss article\tsearches [regexes joined by && must all match one article, case-insensitive, title+text, all three files] -> hit count (first hits)\n')
    for l in absent_lines: f.write(l + '\n')
print(len(gold), 'questions;', len(used_articles), 'articles;', len(absent_lines), 'absent lines')
