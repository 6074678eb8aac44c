from lib import Q
# r:6119 US oil report
Q('how_much', "What share of U.S. oil consumption did imports account for in 1986, according to the Energy Department study ordered by the White House?",
  ["33 pct"], 'r:6119', "The report said imports last year were 33 pct of U.S. consumption", {"percent": 33.0},
  also=[('r:6169', "The report said imports last year were 33 pct of U.S. consumption"),
        ('r:6876', "In 1986 U.S. oil imports rose to 33 pct of u.s. energy requirements"),
        ('r:15939', "the U.S. depended on foreign suppliers for 33 pct of its oil in 1986")])
Q('how_much', "To what share of U.S. oil consumption could imports climb by the mid-1990s, according to the 1987 Energy Department energy security report?",
  ["50 pct"], 'r:6119', "by the mid-1990s could rise to 50 pct", {"percent": 50.0},
  also=[('r:6169', "by the mid-1990s could rise to 50 pct"),
        ('r:5796', "by 1995 the U.S. Will be relying on foreign countries for 50 pct of its oil")])
# r:5779 Australia current account
Q('how_much', "How big was Australia's current account deficit in February 1987?", ["750 mln dlrs", "750 mln dlr"], 'r:5779',
  "The current account deficit narrowed to 750 mln dlrs in February", {"amount": 750000000.0, "currency": "AUD"},
  also=[('r:5765', "Australia's current deficit narrowed to 750 mln dlrs in February"),
        ('r:7662', "February's 750 mln dlr deficit")])
Q('who', "Who is the chief economist of Lloyds Bank NZA?", ["Will Buttrose", "Buttrose"], 'r:5779',
  "<Lloyds Bank NZA Ltd> chief economist Will Buttrose", None,
  also=[('r:14890', "Lloyds Bank NZA Ltd chief economist Will Buttrose")])
Q('who', "Who is the chief economist of ANZ Banking Group?", about='r:5779',
  absent="/ANZ/ 149 articles; +/chief economist/ 1 (5779, only Lloyds' Buttrose; ANZ named with senior economist Ian Little); /Australia and New Zealand Banking/ +/chief economist/ 0")
# r:8349 McDonald's
Q('who', "Which Goldman Sachs analyst put McDonald's on his focus list in March 1987?", ["Richard Simon", "Simon"], 'r:8349',
  "analyst Richard Simon of Goldman Sachs and Co reaffirmed his recommendation", None)
Q('how_much', "At what price did McDonald's shares trade after Goldman Sachs reaffirmed its recommendation on March 23, 1987?", ["79-7/8"], 'r:8349',
  "The stock jumped 2-3/4 to 79-7/8.", {"amount": 79.875, "currency": "USD"})
# r:1578 Paine Webber preferred
Q('how_much', "What is the conversion price of Paine Webber Group's March 1987 convertible exchangeable preferred stock?", ["44.125 dlrs"], 'r:1578',
  "a conversion price of 44.125 dlrs a share", {"amount": 44.125, "currency": "USD"})
Q('how_many', "How many preferred shares had Paine Webber Group originally planned to sell in its March 1987 offering?", ["3.6 mln"], 'r:1578',
  "Paine Webber originally planned to offer 3.6 mln shares", {"count": 3600000},
  also=[('r:602', "Offering of 3.6 mln shares of convertible exchangeable preferred stock")])
Q('how_much', "How much money did Paine Webber Group raise with its four mln share preferred offering in March 1987?", about='r:1578',
  absent="/Paine ?Webber Group/ 33 articles; +/100 mln|raise|proceeds/ 12 (1578 only says proceeds redeem 60 mln dlrs debentures; others unrelated deals); /Paine ?Webber/ +/gross|net proceeds|raised/ checked by eye: no total for this offering")
# r:15802 Karbala-8
Q('who', "Which State Department spokesman said Iran's Karbala-8 attack did not look like a major offensive?", ["Charles Redman", "Redman"], 'r:15802',
  "State Department spokesman Charles Redman said", None)
# r:18176 Skyline
Q('where', "At which camp is Skyline Explorations building a gold mine?", ["Johnny Mountain Camp", "Johnny Mountain"], 'r:18176',
  "a gold mine at Johnny Mountain Camp", None)
Q('how_many', "How far north of Vancouver is Skyline Explorations' Johnny Mountain gold mine?", ["600 miles"], 'r:18176',
  "located 600 miles north of Vancouver", {"count": 600})
Q('how_many', "How far had Skyline's 1987 exploration drift at Johnny Mountain advanced?", ["320 feet"], 'r:18176',
  "has advanced 320 feet", {"count": 320})
Q('how_much', "What will Skyline Explorations' Johnny Mountain gold mine cost to build?", about='r:18176',
  absent="/Skyline Explorations|Johnny Mountain/ 1 article (18176, no cost); /Skyline/ 4 articles, +/cost|mln dlrs|million/ 1 (14857, unrelated GM story)")
# r:18967 Ram Industries / Treasure Valley Foods
Q('where', "Where is Treasure Valley Foods based?", ["Nampa, Idaho", "Nampa"], 'r:18967',
  "<Treasure Valley Foods> of Nampa, Idaho", None)
Q('how_much', "What sales does Ram Industries expect from its Treasure Valley Foods operation over the first 24 months?", ["12 mln dlrs"], 'r:18967',
  "Ram said it expects sales to exceed 12 mln dlrs during the first 24 months", {"amount": 12000000.0, "currency": "USD"})
Q('when', "When will Ram Industries start operations at the leased Treasure Valley Foods plant?", ["August one"], 'r:18967',
  "operations will begin by August one", "1987-08-01")
Q('how_much', "How much will Ram Industries pay to lease Treasure Valley Foods' buildings and equipment?", about='r:18967',
  absent="/Treasure Valley|Ram Industries|Cortez International|Multiple Resources|Nampa/ 1 article (18967: lease price not given); +/dlrs/ only sales 12 mln and net income 1.8 mln forecasts")
