#!/usr/bin/env python3
"""check.py [start]: for draft questions, list other archive articles matching key&ans (answerable) or the
absence-check searches (unanswerable), with snippets, for manual review."""
import json, re, sys
exec(open('draft.py').read())
start = int(sys.argv[1]) if len(sys.argv) > 1 else 0
end = int(sys.argv[2]) if len(sys.argv) > 2 else len(Q)
arts = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open('/work/shared/corpora/' + f + '.jsonl'):
        r = json.loads(l); arts.append((f, r, (r['title'] or '') + '\n' + r['text']))
def find(pats):
    ps = [re.compile(p, re.I) for p in pats]
    return [(f, r, t) for f, r, t in arts if all(p.search(t) for p in ps)]
def snip(t, p, w=70):
    m = re.search(p, t, re.I)
    return t[max(0, m.start()-w):m.end()+w].replace('\n', ' ') if m else ''
for i, q in enumerate(Q[start:end], start):
    print('#%d %s %s' % (i+1, q['type'], q['question']))
    if q['answers']:
        keyhits = find([q['key']])
        both = find([q['key'], q['ans']]) if q['ans'] else keyhits
        print('   key hits %d, key&ans hits %d' % (len(keyhits), len(both)))
        for f, r, t in both[:12]:
            if (f, r['id']) == (q['source'], q['doc']): continue
            print('   +', f, r['id'], r['date'], r['title'][:50], '|', snip(t, q['ans'] or q['key']))
    else:
        for c in q['checks']:
            h = find(c)
            print('   check %s -> %d' % (' & '.join(c), len(h)))
            for f, r, t in h[:8]:
                print('     ', f, r['id'], (r['title'] or '')[:50], '|', snip(t, c[-1], 50))
