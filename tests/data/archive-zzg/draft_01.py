from lib import Q
# r:2627 Toronto Dominion TSE seat
Q('how_much', "What price did Toronto Dominion Bank pay for its seat on the Toronto Stock Exchange?",
  ["195,000 dlrs"], 'r:2627', "the bank agreed to purchase the seat for 195,000 dlrs from Hector M. Chisholm and Co",
  {"amount": 195000.0, "currency": "CAD"},
  also=[('r:9418', "Toronto Dominion paid 195,000 dlrs for a seat on the Toronto Stock Exchange"),
        ('r:15010', "an exchange seat last sold for 195,000 dlrs in March")])
Q('when', "In what year did Toronto Dominion launch its Green Line discount brokerage?", ["1984", "February 1984"], 'r:2627',
  "Toronto Dominion established a discount brokerage service in 1984 called Green Line Investors Service", "1984",
  also=[('r:2404', "Toronto Dominion started Green Line in February 1984")])
Q('when', "Before Toronto Dominion's 1987 purchase, in which year was the record price for a Toronto Stock Exchange seat paid?",
  ["1929"], 'r:2627', "the record price remains 200,000 dlrs paid in 1929", "1929")
Q('who', "Who is the chairman of Toronto Dominion Bank?", about='r:2627',
  absent="/Toronto.Dominion|Toronto-Dominion/ 20 articles; +/chairman|chief executive/ 1 (unrelated committee chairman); +/Korthals/ 2 (president only)")
# r:8550 Inland / Nippon I/N Tek
Q('where', "In which city will the Inland Steel and Nippon Steel cold-rolled steel plant be located?",
  ["South Bend, Ind.", "South Bend"], 'r:8550', "the plant will be located in South Bend, Ind.", None)
Q('who', "Who is Inland Steel's chairman?", ["Frank Luerssen", "Luerssen"], 'r:8550',
  "Inland Chairman Frank Luerssen", None)
Q('when', "When is the I/N Tek steel plant due to be finished?", ["1990"], 'r:8550',
  "The plant, scheduled for completion in 1990", "1990",
  also=[('r:9024', "complete the project in 1990")])
Q('who', "Who will run the I/N Tek joint venture as its president?", about='r:8550',
  absent="/I\\/N Tek|Inland Steel/ 11 articles; +/president|chief executive/ 0; +/Luerssen/ 1 (chairman of Inland only); /I\\/N Tek/ 2 articles, +/head|manag|run|president/ 0")
# r:5425 S&P Denmark
Q('how_much', "How much Danish debt was affected by Standard and Poor's March 1987 downgrade of Denmark?",
  ["17.6 billion U.S. dlrs"], 'r:5425', "The action affects the equivalent of 17.6 billion U.S. dlrs of debt.",
  {"amount": 17600000000.0, "currency": "USD"})
Q('how_much', "What was Denmark's net foreign debt as a percentage of its total exports in 1986?", ["129 pct"], 'r:5425',
  "Net foreign debt increased to 129 pct of total exports in 1986", {"percent": 129.0},
  also=[('r:5554', "Denmark's net foreign debt rose to 129 pct of total exports in 1986")])
Q('how_much', "What rating does Moody's give Denmark's long-term external debt?", about='r:5425',
  absent="/Denmark|Danish/ 124 articles; +/Moody/ 2 (Den Danske CP P-1; eurobond list, no Kingdom of Denmark rating); +/Aa1|Aa2|Aaa/ 2 (5554 S&P AAA history; 7575 unrelated eurobonds)")
# r:4156 Canada premiers
Q('who', "Who was the premier of Alberta during the March 1987 free trade talks with Mulroney?", ["Don Getty", "Getty"], 'r:4156',
  "Alberta Premier Don Getty agreed", None)
Q('how_many', "How many provincial premiers met Brian Mulroney in March 1987 on free trade?", ["10"], 'r:4156',
  "nearly five hours of meetings with the 10 premiers", {"count": 10})
# r:17312 Seoul shopping list
Q('how_much', "What was the value of the list of U.S. goods South Korea said it would buy in April 1987?", ["2.6 billion dlrs"], 'r:17312',
  "South Korea unveiled a shopping list of 2.6 billion dlrs of U.S. Goods", {"amount": 2600000000.0, "currency": "USD"})
Q('how_many', "How many trade agents does South Korea plan to reorganise?", ["3,600"], 'r:17312',
  "reorganise the country's 3,600 trade agents", {"count": 3600})
# r:6180 Midway rights
Q('how_much', "What is the exercise price of Midway Airlines' shareholder rights?", ["50 dlrs"], 'r:6180',
  "one one-hundredth share of Series C Junior Participating preferred stock for 50 dlrs", {"amount": 50.0, "currency": "USD"})
Q('when', "When do the rights under Midway Airlines' 1987 shareholder rights plan expire?", ["April 6, 1997"], 'r:6180',
  "expire 10 years later on April 6, 1997", "1997-04-06")
Q('who', "Who is Midway Airlines' chief executive?", about='r:6180',
  absent="/Midway Airlines|Midway/ 18 articles; +/chairman|president|chief executive/ 1 (Real Madrid, unrelated); /Midway Airlines/ 5 articles, +/officer|executive|chairman|president/ 0")
# r:16355 The Hague CP
Q('how_much', "How large was the first tranche of The Hague's commercial paper programme?", ["50 mln guilders"], 'r:16355',
  "the first tranche, ended March 10, was for 50 mln guilders", {"amount": 50000000.0, "currency": "NLG"})
Q('how_much', "What was the size of the second tranche of The Hague's 1987 commercial paper program?", about='r:16355',
  absent="/Mees en Hope|Hague/ 37 articles; +/second tranche|tranche/ 2 (16355: size declined to comment; 5419: first tranche unknown); /Hague/ 35 articles, +/mln guilder/ 3 (16355: 100 mln program, 50 mln first tranche, one mln denominations; 5419 Amsterdam; 15451 AEGON)")
