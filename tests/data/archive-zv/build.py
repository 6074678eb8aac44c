#!/usr/bin/env python3
"""Build gold.jsonl (from draft.jsonl, keys in the required order) and articles.jsonl (verbatim corpus lines
of every source article of an answerable question and of every article a near-miss question is about)."""
import json
C = '/work/shared/corpora/'
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
# article(s) each unanswerable (near-miss) question is about
NEAR_MISS_ABOUT = {
 'azv-004': ('reuters21578', '6238'), 'azv-007': ('reuters21578', '874'), 'azv-012': ('reuters21578', '6950'),
 'azv-019': ('reuters21578', '10422'), 'azv-027': ('reuters21578', '549'), 'azv-028': ('reuters21578', '20588'),
 'azv-031': ('reuters21578', '7596'), 'azv-041': ('reuters21578', '17862'), 'azv-047': ('bbc', 'tech/359'),
 'azv-057': ('bbc', 'business/092'), 'azv-063': ('bbc', 'entertainment/002'), 'azv-068': ('bbc', 'entertainment/020'),
 'azv-071': ('bbc', 'entertainment/359'), 'azv-078': ('agnews', 'test-5087'), 'azv-086': ('agnews', 'test-6752'),
 'azv-089': ('agnews', 'test-4616'), 'azv-092': ('agnews', 'test-2099'), 'azv-098': ('reuters21578', '6950'),
 'azv-099': ('reuters21578', '20588'), 'azv-100': ('agnews', 'test-3824'), 'azv-101': ('agnews', 'test-6278'),
 'azv-102': ('reuters21578', '17862'), 'azv-103': ('agnews', 'test-2099'), 'azv-104': ('reuters21578', '549'),
 'azv-105': ('agnews', 'test-6428'), 'azv-106': ('reuters21578', '16827'), 'azv-107': ('agnews', 'test-7427'),
 'azv-108': ('reuters21578', '276'), 'azv-109': ('agnews', 'test-6341'), 'azv-110': ('bbc', 'tech/359'),
}
if __name__ == '__main__':
    qs = [json.loads(l) for l in open('draft.jsonl', encoding='utf-8')]
    with open('gold.jsonl', 'w', encoding='utf-8') as f:
        for q in qs:
            f.write(json.dumps({k: q[k] for k in KEYS}, ensure_ascii=False) + '\n')
    want = []
    for q in qs:
        key = (q['source'], q['doc']) if q['doc'] is not None else NEAR_MISS_ABOUT[q['id']]
        if key not in want: want.append(key)
    lines = {}
    for src in ['reuters21578', 'bbc', 'agnews']:
        for line in open(C + src + '.jsonl', encoding='utf-8'):
            r = json.loads(line)
            if (src, r['id']) in want: lines[(src, r['id'])] = line if line.endswith('\n') else line + '\n'
    with open('articles.jsonl', 'w', encoding='utf-8') as f:
        for k in want: f.write(lines[k])
    print('questions', len(qs), 'articles', len(want))
