from qlib import Q
Q('a2826b','where',"In which city was the 2004 Hansol Korea Open played?",["SEOUL","Seoul"],'a','test-2826',"SEOUL (Reuters)",also=[('a','test-3001',"the Korea Open in Seoul")])
Q('r19611c','how_many',"How long are Munson Geothermal's power sales contracts with Sierra Pacific Resources?",["30-year"],'r','19611',"30-year power sales contracts",{"count":30},also=[('r','15181',"Munson has a 30-year contract")])
