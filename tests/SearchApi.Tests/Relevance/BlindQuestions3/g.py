import json,sys,re
u=[json.loads(l) for l in open('units-plain.jsonl')]
pat=re.compile(sys.argv[1],re.I)
for x in u:
    t=(x['text'] or '')+' '+(x['details'] or '')
    m=pat.search(t)
    if m:
        s=max(0,m.start()-80); print(x['id'],'::',t[s:m.end()+80].replace('\n',' '))
