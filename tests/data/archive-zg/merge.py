import json
def load():
    items={}; order=[]
    for l in open('/work/gold/archive-zg/draft.jsonl'):
        it=json.loads(l); k=it['k']
        if 'drop' in it: items.pop(k,None); continue
        if 'patch' in it: items[k].update(it['patch']); continue
        if k not in items: order.append(k)
        items[k]=it
    return list(items.values())
if __name__=='__main__':
    from collections import Counter
    L=load(); A=[x for x in L if 'a' in x]; U=[x for x in L if 'a' not in x]
    print(len(L),'ans',len(A),'unans',len(U))
    print('ans',Counter(x['t'] for x in A)); print('unans',Counter(x['t'] for x in U))
    print('short',sum(1 for x in L if len(x['q'].split())<10))
    print('articles',len(set(x.get('s') or x.get('about') for x in L)))
