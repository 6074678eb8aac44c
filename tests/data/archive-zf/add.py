# append draft entries (python literal list on stdin) to draft.jsonl after checking substrings
import json,sys,ast
C='/work/shared/corpora/'
docs={}
for f in ['reuters21578','bbc','agnews']:
    for l in open(C+f+'.jsonl',encoding='utf-8'):
        r=json.loads(l); docs[(f,r['id'])]=r
entries=ast.literal_eval(sys.stdin.read())
ok=True
for e in entries:
    if e['doc']:
        t=docs[(e['source'],e['doc'])]['text']
        if e['evidence'] not in t: print('EVIDENCE NOT FOUND',e['question']); ok=False
        if e['answers'][0] not in e['evidence']: print('ANS0 not in evidence',e['question']); ok=False
        texts=[t]+[docs[(a['source'],a['doc'])]['text'] for a in e.get('also',[])]
        for a in e.get('also',[]):
            if a['evidence'] not in docs[(a['source'],a['doc'])]['text']: print('ALSO EV missing',a); ok=False
        for ans in e['answers']:
            if not any(ans in x for x in texts): print('ANS not in any text',ans); ok=False
if ok:
    with open('draft.jsonl','a',encoding='utf-8') as fo:
        for e in entries: fo.write(json.dumps(e,ensure_ascii=False)+'\n')
    print('appended',len(entries))
