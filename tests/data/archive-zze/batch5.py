from qlib import Q
Q('r10206u4','when',"When was the recalled Glenwood potaba lot manufactured?",[])
