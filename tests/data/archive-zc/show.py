import json, sys
C = '/work/shared/corpora/'
idx = {}
def load(f):
    if f not in idx:
        idx[f] = {}
        for l in open(C + f + '.jsonl'):
            r = json.loads(l); idx[f][r['id']] = r
    return idx[f]
src = sys.argv[1]
for i in sys.argv[2:]:
    r = load(src)[i]
    print('=====', src, i, r['date'], '|', r['title'])
    print(r['text'])
    print()
