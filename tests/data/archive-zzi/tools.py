#!/usr/bin/env python3
"""Helper: show articles and search the whole archive.
usage: tools.py show SRC ID [ID...] | tools.py grep REGEX [REGEX2 ...] (all regexes must match, case-insensitive)"""
import json, re, sys
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
def load():
    d = {}
    for f in FILES:
        for l in open(C + f + '.jsonl', encoding='utf-8'):
            r = json.loads(l); d[(f, r['id'])] = r
    return d
if __name__ == '__main__':
    d = load()
    if sys.argv[1] == 'show':
        src = sys.argv[2]
        for i in sys.argv[3:]:
            r = d[(src, i)]
            print('=====', src, i, r['date'], '|', r['title']); print(r['text']); print()
    elif sys.argv[1] == 'grep':
        pats = [re.compile(p, re.I) for p in sys.argv[2:]]
        n = 0
        for (f, i), r in d.items():
            t = (r['title'] or '') + '\n' + r['text']
            if all(p.search(t) for p in pats):
                n += 1
                m = pats[-1].search(t); s = max(0, m.start() - 100)
                print(f, i, r['date'], '|', (r['title'] or '')[:60], '|', t[s:m.end() + 100].replace('\n', ' '))
        print('HITS', n)
