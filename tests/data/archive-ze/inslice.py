import sys,csv
ok={(r[1],r[2]) for r in csv.reader(open('candidates.tsv'),delimiter='\t')}
for a in sys.argv[1:]:
    s,i=a.split(':'); print(a, (s,i) in ok)
