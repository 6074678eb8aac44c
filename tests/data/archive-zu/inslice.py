import sys,csv
ok={}
for r in csv.DictReader(open('candidates.tsv'),delimiter='\t'):
    ok[(r['source'],r['id'])]=r['rank']
src=sys.argv[1]
for i in sys.argv[2:]: print(src,i,'SLICE rank '+ok[(src,i)] if (src,i) in ok else 'NO')
