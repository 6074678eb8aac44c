from lib import Q
# r:8240 GATT Taupo
Q('who', "Who was Nigeria's trade minister at the March 1987 GATT meeting in New Zealand?", ["Samaila Mamman", "Mamman"], 'r:8240',
  "Nigerian Trade Minister Samaila Mamman said today", None,
  also=[('r:8135', "Nigerian Trade Minister Samaila Mamman said")])
Q('where', "In which New Zealand resort was the informal GATT ministerial meeting held in March 1987?", ["Taupo"], 'r:8240',
  "Delegates from 23 countries are attending the talks of the world trade body in the New Zealand resort of Taupo.", None,
  also=[('r:8135', "the GATT talks in the New Zealand resort of Taupo"), ('r:8102', "Moore said the Taupo meeting is one of a series"),
        ('r:8637', "Concepcion said at the start of the Taupo meeting")])
# r:15238 Union Texas Petroleum
Q('how_much', "What was Union Texas Petroleum's 1986 loss?", ["57.5 mln dlrs"], 'r:15238',
  "it lost 57.5 mln dlrs on 1.26 billion dlrs in sales last year", {"amount": 57500000.0, "currency": "USD"},
  also=[('r:2303', "Union Texas said for the full year it restated its loss to 57.5 mln dlrs")])
Q('where', "In which city is Union Texas Petroleum headquartered?", ["Houston"], 'r:15238',
  "The Houston-based company said", None)
Q('who', "Who is the chief executive of Union Texas Petroleum?", about='r:15238',
  absent="/Union Texas/ 5 articles; +/chairman|president|chief executive/ 1 (6656, a Tenneco vice president, unrelated); /Union Texas/ +/executive|officer|head/ 0 beyond that")
# r:11192 Shandwick / Rogers and Cowan
Q('how_much', "How much is payable on completion of Shandwick's purchase of Rogers and Cowan?", ["2.25 mln dlrs"], 'r:11192',
  "A total of 2.25 mln dlrs is payable on completion", {"amount": 2250000.0, "currency": "USD"})
Q('where', "Where is Rogers and Cowan, the PR firm Shandwick agreed to buy, based?", ["Los Angeles"], 'r:11192',
  "the Los Angeles-based <Rogers and Cowan Inc>", None)
Q('who', "Who runs Rogers and Cowan?", about='r:11192',
  absent="/Rogers and Cowan|Shandwick/ 1 article (11192); +/chairman|chief executive|president|employ|staff/ 0; /Rogers/ +/Cowan/ 1")
# r:15419 IDA Sri Lanka
Q('how_much', "How much did the IDA lend Sri Lanka for agricultural research in April 1987?", ["18.6 mln dlrs", "18.6 mln dlr"], 'r:15419',
  "The International Development Association (IDA) is lending 18.6 mln dlrs to Sri Lanka", {"amount": 18600000.0, "currency": "USD"},
  also=[('r:16065', "approved a 18.6 mln dlr credit to Sri Lanka")])
Q('how_many', "How many years does Sri Lanka have to repay the 1987 IDA agricultural research credit?", ["50 years", "50"], 'r:15419',
  "The IDA credit is interest-free and for 50 years.", {"count": 50})
Q('when', "When is the IDA-backed Sri Lankan agricultural research project due to be completed?", about='r:15419',
  absent="/Sri Lanka/ 64 articles; +/IDA|Development Association/ 11 (only 15419, 16065 about this credit; no end date); +/complet|19(88|89|90|91|92|93)/ 6 (none about this project)")
