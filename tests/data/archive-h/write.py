import json, sys
sys.path.insert(0, '.')
exec(open('build.py').read())
from build_lib import sent, REC, RAW
from absent import run
out = []; arts = []
def addart(k):
    if k not in arts: arts.append(k)
for n, i in enumerate(items, 1):
    qid = f"ah-{n:03d}"
    if i['kind'] == 'A':
        ev = sent(i['source'], i['doc'], i['needle'])
        assert i['answers'][0] in ev, (qid, ev)
        also = [{"source": s, "doc": d, "evidence": sent(s, d, nd)} for s, d, nd in i['also']]
        rec = {"id": qid, "type": i['type'], "question": i['question'], "answers": i['answers'],
               "doc": i['doc'], "source": i['source'], "evidence": ev, "normalized": i['normalized'], "also": also}
        addart((i['source'], i['doc']))
    else:
        rec = {"id": qid, "type": i['type'], "question": i['question'], "answers": [],
               "doc": None, "source": None, "evidence": None, "normalized": None, "also": []}
        addart(i['near'])
        i['id'] = qid
    out.append(rec)
with open('gold.jsonl', 'w', encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w', encoding='utf-8') as f:
    for k in arts: f.write(RAW[k] + '\n')
with open('ABSENT_CHECKED', 'w', encoding='utf-8') as f:
    f.write("# One line per unanswerable question: id, near-miss article, and every whole-archive search run\n")
    f.write("# (all three files; each search = case-insensitive regexes that must ALL occur in title+text; hits = articles matched,\n")
    f.write("#  hits were checked by reading the matching passages/articles; none states the asked-for fact. Broad searches with many\n")
    f.write("#  hits are backed by a narrower one on the same line; the near-miss article itself is always among the hits)\n")
    for i in items:
        if i['kind'] != 'U': continue
        parts = []
        for terms in i['searches']:
            h = run(terms)
            parts.append(" AND ".join(f"/{t}/i" for t in terms) + f" -> {len(h)} hits" + (f" [{', '.join(f'{s}:{d}' for s, d, _ in h[:15])}{' ...' if len(h) > 15 else ''}]" if h else ""))
        f.write(f"{i['id']}\t{i['near'][0]}:{i['near'][1]}\t{i['question']}\t" + " ; ".join(parts) + "\n")
print(len(out), len(arts))
