# How the fresh reviews' units were cut for the labellers (run once from the repository root, 2026-12-07, when set 10 was
# in tests/Indexer.Tests/Fixtures/unseen and set 11 sealed in tests/fixtures/sealed-blind-set-11): each answer-key unit's
# text from the document, from the key's first words to the end of its paragraph, cell, or the line before the next
# list item. It wrote the labellers' working folder (/work/labelling2); labelled-units.jsonl here holds its output.
# Set 12 (fifteenth session) was cut by the same script with the list below replaced by
# [('tests/Indexer.Tests/Fixtures/unseen','12')] and the output written to /work/labelling3; set 13 (sixteenth session) the
# same with '13' and /work/labelling4.
import json,re,glob,os,sys
def norm_map(s):
    # lower-case letters/digits only, with a map back to positions in s
    out=[];pos=[]
    for i,c in enumerate(s):
        if c.isalnum(): out.append(c.lower()); pos.append(i)
    return ''.join(out),pos
units=[]
for d,setname in [('tests/Indexer.Tests/Fixtures/unseen','10'),('tests/fixtures/sealed-blind-set-11','11')]:
    for k in sorted(glob.glob(d+'/*.key.json')):
        name=os.path.basename(k)[:-9]
        key=json.load(open(k)); doc=open(k[:-9]+'.txt').read()
        n,pos=norm_map(doc); start=0; miss=0
        for i,u in enumerate(key['units']):
            kt,_=norm_map(u['text'])
            j=n.find(kt,start)
            if j<0: j=n.find(kt)
            if j<0:
                text=u['text']; miss+=1
            else:
                a=pos[j]; start=j+len(kt)
                line_end=doc.find('\n',a); line_end=len(doc) if line_end<0 else line_end
                line_start=doc.rfind('\n',0,a)+1
                if '\t' in doc[line_start:line_end]:
                    e=doc.find('\t',a); e=line_end if e<0 or e>line_end else e
                else:
                    # a paragraph ends at a blank line, or where the next line starts a new list item or numbered item
                    m=re.search(r'\n\s*\n|\n\s*(?:[-\u2022*\u25cf\u25aa]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\)|R[0-9]+\b|Recommendation\b|Action\b|Response\b)\s',doc[a:]); e=a+m.start() if m else len(doc)
                text=re.sub(r'\s+',' ',doc[a:e]).strip()[:1500]
            units.append({'id':f"{name}/{i+1}",'reviewId':name,'kind':u['kind'],'text':text,'set':setname})
        print(name, setname, len(key['units']), 'not located:', miss, file=sys.stderr)
json.dump(units,open('/work/labelling2/all-units-v2.json','w'),indent=0)
with open('/work/labelling2/chunk-1-v2.jsonl','w') as f:
    for u in units: f.write(json.dumps({k:u[k] for k in ('id','reviewId','kind','text')})+'\n')
