import json,sys
C='/work/shared/corpora/'
want=set(sys.argv[1:])
for f in ['reuters21578.jsonl','bbc.jsonl','agnews.jsonl']:
    for l in open(C+f):
        r=json.loads(l)
        if r['id'] in want: print('=====',r['source'],r['id'],r['date'],r['title']);print(r['text']);print()
