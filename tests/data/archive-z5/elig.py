import sys
el=set()
for l in open("candidates.tsv"):
    p=l.split("\t"); el.add((p[0],p[2]))
for a in sys.argv[1:]:
    s,i=a.split(":",1)
    print(a, "OK" if (s,i) in el else "NOT-ELIGIBLE")
