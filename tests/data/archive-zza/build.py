#!/usr/bin/env python3
"""Build gold.jsonl and articles.jsonl from draft.jsonl (+ ABOUT map for unanswerable near misses)."""
import json
C = '/work/shared/corpora/'
KEYS = ['id','type','question','answers','doc','source','evidence','normalized','also']
# article each unanswerable (near-miss) question is about: question start -> (source, doc)
ABOUT = {
 "What penalty does AMR pay": ("reuters21578","1227"),
 "What is the name of the new ESOP-owned": ("reuters21578","17435"),
 "Who runs Hoover Plc": ("reuters21578","7689"),
 "How many people does Caesars World employ": ("reuters21578","4943"),
 "How many people does the British audio firm Sonaptic": ("bbc","tech/325"),
 "How much is Sharp paying": ("bbc","business/211"),
 "How many copies of Half-Life 2": ("bbc","tech/154"),
 "How old is Danish tennis player": ("agnews","test-295"),
 "Who made the $130 million offer": ("agnews","test-868"),
 "What were Jamaica's foreign direct investment inflows in 2002": ("agnews","test-2377"),
 "How many researchers will work at Cisco": ("agnews","test-7567"),
 "How much does Procter and Gamble spend": ("reuters21578","12300"),
 "Who is Keycorp's chief executive": ("reuters21578","11349"),
 "How many staff will Seven Oaks Direct": ("reuters21578","5620"),
 "How much will ZIM Energy receive": ("reuters21578","18094"),
 "When was Caesars World founded": ("reuters21578","4943"),
 "When did Instinet's merger into Reuters": ("reuters21578","4277"),
 "When did Carl Greenidge become": ("reuters21578","9692"),
 "When was the audio technology firm Sonaptic": ("bbc","tech/325"),
 "When will Cisco's new Tokyo": ("agnews","test-7567"),
 "When did Michael Lawrie become": ("agnews","test-3157"),
 "When did Hitachi and Matsushita": ("bbc","business/211"),
 "When was Jose Romero installed": ("reuters21578","10720"),
 "Which Canadian city did GATT": ("reuters21578","15206"),
 "Where is Siebel Systems headquartered": ("agnews","test-3157"),
 "Where is Keycorp headquartered": ("reuters21578","11349"),
 "Where is C.O.M.B. Co based": ("reuters21578","7635"),
 "Where was Instinet's special merger meeting held": ("reuters21578","4277"),
 "In which city is insurer Standard Life": ("bbc","business/220"),
 "How many employees does Instinet have": ("reuters21578","4277"),
}
def about(q):
    m = [v for k, v in ABOUT.items() if q.startswith(k)]
    assert len(m) == 1, q
    return m[0]
if __name__ == '__main__':
    draft = [json.loads(l) for l in open('draft.jsonl')]
    assert len(draft) == 110
    need = []
    with open('gold.jsonl', 'w') as f:
        for n, d in enumerate(draft, 1):
            d['id'] = 'azza-%03d' % n
            rec = {k: d[k] for k in KEYS}
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
            src_doc = (d['source'], d['doc']) if d['answers'] else about(d['question'])
            if src_doc not in need: need.append(src_doc)
    want = set(need); got = {}
    for src in ['reuters21578', 'bbc', 'agnews']:
        for line in open(C + src + '.jsonl'):
            r = json.loads(line)
            if (src, r['id']) in want: got[(src, r['id'])] = line if line.endswith('\n') else line + '\n'
    with open('articles.jsonl', 'w') as f:
        for k in need: f.write(got[k])
    print('questions', len(draft), 'articles', len(need))
