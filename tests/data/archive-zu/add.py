#!/usr/bin/env python3
"""append draft entries: stdin is a python list of dicts; each appended to draft.jsonl as JSON."""
import json,sys
items=eval(sys.stdin.read())
with open('draft.jsonl','a') as f:
    for it in items:
        f.write(json.dumps(it,ensure_ascii=False)+'\n')
print('added',len(items),'total',sum(1 for _ in open('draft.jsonl')))
