import json, re, sys
sys.path.insert(0, '.')
exec(open('build.py').read())
from build_lib import REC
def run(terms):
    ps = [re.compile(t, re.I) for t in terms]
    hits = []
    for (s, d), r in REC.items():
        t = (r['title'] or '') + '\n' + r['text']
        if all(p.search(t) for p in ps):
            hits.append((s, d, r['title']))
    return hits
if __name__ == '__main__':
    for i in items:
        if i['kind'] != 'U': continue
        print('##', i['type'], i['question'], i['near'])
        for terms in i['searches']:
            h = run(terms)
            print('   ', terms, len(h), [f"{s}:{d}" for s, d, _ in h][:12])
