import json,re
exec(open('draft.py').read())
exec(open('unans.py').read())
DROP=["Which bank is arranging Salomon","Which Dean Witter","Which magazine editor","Which battleship","Who heads Colombia","Who is Computer Associates' chairman","Who is the chairman of Federal","Which firms will manage","Who was Noranda's spokesman","Who is the chairman of GenCorp","Which game took","Which referee","What new name","Which Italian bank","Which actor was France","Which magistrate",
"How much cash per share did Paul","For what share of its first year","What total cost did Cross","What investment budget","By how much had stocks","What was the corn","What initial investment","To what will cargo","What will Modulaire holders","According to the EC","What were PDVSA","What were global recorded","What record price","How much debt did Argentina","By what percentage did Walt","What did Dr. Scholl",
"How many barrels a day","How many pages long","How many warships","How many points did the Dow","How much compound feed","In how many Penney","How much ore did","How many Borealis shares","How many CD albums","What speed did IBM","For how many years did Johnny","How many shares is Data",
"In which country is Philips"]
used=set()
keep=[]
for q in Q:
    d=[p for p in DROP if q['question'].startswith(p)]
    if d: used.add(d[0]); continue
    keep.append(q)
assert used==set(DROP), set(DROP)-used
a('when',"When did Joy Division's Ian Curtis die?",["1980"],B,'entertainment/228',"committed suicide in 1980 aged 23","1980")
a('when',"When did Laura Ashley list on the stock market?",["1995"],B,'business/393',"floated on the London Stock Exchange for £200m ($376m) in 1995","1995")
keep+=Q[-2:]
U2=[x for x in U if not x[1].startswith("Who took over as chief executive of Bombardier") and not x[1].startswith("How much did IBM's Blue Gene") and not x[1].startswith("When did Lillian Tan join")]
U2.append(('who',"Who is the chairman of Laura Ashley?",(B,'business/393'),[["Laura Ashley"],["Laura Ashley","chairman|chairwoman|chair "]]))
U2.append(('how_much',"What are Disha Technologies' annual revenues?",(A,'test-2103'),[["Disha"],["Aztec","revenue|sales|turnover"]]))
U2.append(('when',"When is Nynex's communications system at Fort Drum due to be completed?",(R,'1310'),[["Fort Drum"],["Nynex","Army|Corps of Engineers"]]))
