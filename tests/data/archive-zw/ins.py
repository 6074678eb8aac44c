import sys
s=set(tuple(l.split('\t')[:2]) for l in open('/work/gold/archive-zw/candidates.tsv'))
for a in sys.argv[2:]: print(a, (sys.argv[1],a) in s)
