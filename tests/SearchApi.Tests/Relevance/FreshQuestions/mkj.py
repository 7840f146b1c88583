import json
C='cqc-derby-2015/'
J={}
def g(q,**kw): pass
R=[
# 1
({"family-y/rec-2.2":2,"family-y/rec-2.2/action-1":2,"family-y/rec-2.2/action-5":2,"family-y/rec-2.1/action-9":2,
  "family-y/rec-2.2/action-2":1,"family-y/rec-2.2/action-3":1,"family-y/rec-1.2":1,"ads14/rec-8":1,"ads14/rec-8/action-9":1,
  "ads14/rec-6":1,"ads14/rec-8/action-3":1,"family-y/rec-2.1/action-10":1,"family-y/rec-9.1":1,"ads14/rec-9/action-2":1},
 "Neglect toolkit units are the core; Was Not Brought and differential-diagnosis units only partly about recognising neglect."),
# 2
({"ads14/rec-8":2,"family-y/rec-8.1":2,"family-y/rec-8.2":2,"family-y/rec-8.2/action-1":2,"family-y/rec-8.2/action-3":2,
  "ads14/rec-8/action-3":2,"ads14/rec-8/action-7":2,"ads14/rec-8/action-10":1,"ads14/rec-8/action-1":1,"ads14/rec-8/action-4":1,
  "ads14/rec-8/action-5":1,"ads14/rec-8/action-6":1,"ads14/rec-8/action-8":1,"ads14/rec-8/action-9":1,"family-y/rec-8.1/action-1":1,
  "family-y/rec-8.1/action-2":1,"family-y/rec-8.2/action-2":1,"family-y/rec-8.2/action-4":1,C+"finding-2.18":1,C+"finding-1.4":1},
 "Actions that only adopt the term 'Was Not Brought' are graded 1; those that set out what to do (escalation, risk assessment, recording) 2."),
# 3
({"ads14/rec-5":2,"ads14/rec-5/action-1":2,"ads14/rec-5/action-2":2,"ads14/rec-5/action-3":2,"ads14/rec-5/action-4":1,
  "ads14/rec-5/action-5":1,"ads14/rec-5/action-6":1,"ads14/rec-5/action-7":1,"an09/rec-28":1,"rds20/rec-b/action-7":1},
 "'Hidden men' units answer it; genogram/household composition units partly."),
# 4
({C+"rec-4.2":2,"family-y/rec-3.1":2,"an09/rec-16":2,"ads14/rec-7":2,"ads14/rec-7/action-2":2,"an09/rec-57":2,"family-y/rec-5.2":2,
  C+"finding-2.18":2,C+"finding-1.10":1,C+"finding-3.12":1,"an09/rec-51":1,"an09/rec-58":1,"an09/rec-58/action-1":1,"an09/rec-12":1,
  "an09/rec-45":1,C+"finding-3.7":1,"family-y/rec-8.2/action-1":1,"family-y/rec-3.2/action-1":1,"rds20/rec-a":1,C+"finding-4.6":1,
  C+"finding-3.13":1,C+"finding-1.3":1,"ads14/rec-7/action-1":1,"ads14/rec-7/action-4":1,"ads14/rec-7/action-6":1,"an09/rec-36":1,
  "family-y/rec-5.2/action-1":1,C+"finding-3.15":1,C+"finding-3.11":1},
 "Very broad question; many units touch information sharing. Graded 2 only where sharing between agencies is the point of the unit."),
# 5
({"family-y/rec-1.1":2,"family-y/rec-12.1/action-1":2,"ads14/rec-2/action-2":2,"ads14/rec-2/action-3":2,"ads14/rec-2":1,
  "ads14/rec-2/action-1":1,"family-y/rec-12.1":1,"family-y/rec-1.1/action-1":1,"family-y/rec-8.2/action-2":1,
  "an09/rec-48/action-2":1,"an09/rec-48/action-3":1},
 "Read SW as social work: health-service supervision findings (CQC, midwifery, CAMHS) not credited."),
# 6
({"rds20/rec-a":2,"rds20/rec-a/action-1":2,"rds20/rec-a/action-2":2,"rds20/rec-a/action-3":2,"rds20/rec-a/action-4":2,
  C+"finding-3.7":2,C+"finding-2.18":1,"family-y/rec-3.2/action-1":1},
 "Public Protection Notices are the police route for domestic abuse notifications; rds20/rec-a/action-3 names the Domestic Abuse Referral Team."),
# 7
({"rds20/rec-d":2,"rds20/rec-d/action-1":2,"ads14/rec-1":2,"rds20/rec-d/action-2":1,"rds20/rec-d/action-3":1,"ads14/rec-1/action-1":1,
  "ads14/rec-1/action-3":1,"ads14/rec-1/action-4":1,"ads14/rec-1/action-6":1,"ads14/rec-1/action-8":1,C+"finding-1.7":1,C+"finding-2.2":1,
  C+"finding-1.8":1,C+"finding-5.2.4":1,C+"rec-3.2":1,C+"finding-1.12":1,"rds20/rec-b/action-15":1,"rds20/rec-b/action-16":1,
  "an09/rec-26":1,"an09/rec-27":1,C+"finding-1.18":1},None),
# 8
({"an09/rec-11":2,"an09/rec-11/action-1":1,"an09/rec-3":1,"an09/rec-13":2,"an09/rec-13/action-1":1,"an09/rec-17":2,"an09/rec-17/action-1":1,
  "an09/rec-22":2,"an09/rec-22/action-1":2,"an09/rec-25":2,"an09/rec-25/action-1":1,"an09/rec-31":2,"an09/rec-31/action-1":1,
  "an09/rec-33":2,"an09/rec-33/action-1":1,"an09/rec-34":2,"an09/rec-34/action-1":1,"an09/rec-35":2,"an09/rec-35/action-1":1,
  "an09/rec-36":2,"an09/rec-36/action-1":2,"an09/rec-38":1,"an09/rec-41/action-1":1,"an09/rec-52":2,"an09/rec-52/action-1":1,
  "an09/rec-53":2,"an09/rec-53/action-1":1,C+"finding-1.15":2,C+"finding-1.16":2,C+"finding-2.2":1,C+"finding-5.2.5":1,
  C+"finding-2.18":1,C+"finding-2.8":1,"ads14/rec-1":2,"ads14/rec-1/action-1":2,"ads14/rec-1/action-2":2,"ads14/rec-1/action-3":1,
  "ads14/rec-1/action-4":1,"ads14/rec-1/action-8":1,"rds20/rec-b/action-15":1,"ads14/rec-6/action-1":1},
 "AN09 is largely about drug and alcohol using parents, so many units; thin actions ('distribute guidance', 'memo') graded 1."),
# 9
({"an09/rec-38":2,"an09/rec-38/action-1":2,"an09/rec-39":2,"an09/rec-39/action-1":2},None),
# 10
({"ads14/rec-6":1,"ads14/rec-6/action-6":1,"ads14/rec-6/action-7":1},
 "Nothing on bruising or non-mobile babies; only the ADS14 units on considering abuse (seizure/ALTE, shaking, NAI) in young children."),
# 11
({C+"finding-1.14":1,"rds20/rec-c/action-5":1},
 "Barely covered: home-educated children not seen by school nurses; early help for young people not in education after 16."),
# 12
({C+"rec-3.3":2,C+"finding-4.4":2,C+"finding-4.1":2,C+"finding-4.3":2,C+"finding-4.7":1,C+"finding-4.2":1,C+"finding-4.6":1,
  C+"finding-4.5":1,C+"finding-4.8":1},None),
# 13
({C+"finding-4.7":2,C+"finding-4.8":2,"an09/rec-46":1,"an09/rec-46/action-3":1,"an09/rec-47":1,"an09/rec-47/action-1":1,
  "an09/rec-48":1,"an09/rec-48/action-1":1,C+"finding-2.14":1},None),
# 14
({"an09/rec-23":2,"an09/rec-23/action-1":2,"an09/rec-56":2,"an09/rec-56/action-1":1,"an09/rec-17":1,"family-y/rec-1.1":1,
  "family-y/rec-1.2":1,"ads14/rec-1":1,"ads14/rec-9/action-1":1,"ads14/rec-5/action-2":1,"rds20/rec-b/action-7":1},None),
# 15
({"family-y/rec-6.1":2,"family-y/rec-6.1/action-1":2,C+"rec-3.3":2,C+"finding-4.3":2,C+"finding-2.15":2,C+"rec-4.5":2,
  "family-y/rec-6.1/action-2":1,"family-y/rec-6.1/action-3":1,C+"rec-4.4":1,"rds20/rec-d":1,"rds20/rec-d/action-1":1,
  "rds20/rec-b/action-3":1,"rds20/rec-b/action-5":1,"rds20/rec-b/action-6":1,"rds20/rec-c/action-3":1,"rds20/rec-c/action-5":1,
  "rds20/rec-c/action-6":1,"ads14/rec-1/action-8":1,"ads14/rec-4/action-8":1},
 "Graded 2 where the child's voice is tied to plans or care planning; voice-of-the-child mentions elsewhere 1."),
# 16
({"family-y/rec-1.4":2,"family-y/rec-1.4/action-1":2,"family-y/rec-1.4/action-2":1,"family-y/rec-1.1/action-3":1,
  "family-y/rec-12.1/action-3":1,"an09/rec-15/action-1":1,C+"finding-3.13":1,C+"finding-2.15":1,C+"finding-2.17":1,
  "family-y/rec-1.3":1,"an09/rec-14":1,C+"finding-3.12":1},None),
# 17
({"family-y/rec-2.1/action-1":2,"family-y/rec-2.1/action-2":2,"family-y/rec-2.2/action-1":2,"ads14/rec-2/action-13":2,
  "ads14/rec-4/action-6":2,"ads14/rec-4/action-7":2,"ads14/rec-5/action-1":2,"ads14/rec-8/action-1":2,
  "family-y/rec-2.1/action-3":1,"family-y/rec-2.1/action-7":1,"family-y/rec-12.1/action-3":1,"an09/rec-1":1,"an09/rec-2":1,
  "an09/rec-2/action-1":1,C+"rec-3.1":1,C+"finding-5.3.8":1,"rds20/rec-b/action-3":1,"an09/rec-35":1,"an09/rec-14":1,
  "rds20/rec-c/action-6":1,"family-y/rec-2.1":1,"ads14/rec-6/action-2":1},
 "Training is everywhere in these plans; 2 kept for multi-agency (board/partnership) training, single-agency training programmes 1, and only a sample of those."),
# 18
({"rds20/rec-c/action-2":2,"rds20/rec-c/action-8":2,"rds20/rec-a/action-1":1,"rds20/rec-a/action-4":1,"rds20/rec-b/action-2":1,
  "rds20/rec-c/action-6":1,"rds20/rec-c/action-3":1,C+"finding-1.3":1,C+"finding-2.9":1,C+"finding-1.10":1,"an09/rec-29":1,
  "an09/rec-30":1,"an09/rec-17":1,"an09/rec-36":1,"family-y/rec-3.1":1,C+"finding-3.2":1,C+"finding-3.12":1,"ads14/rec-3":1},None),
# 19
({"family-y/rec-3.2":1,"family-y/rec-3.2/action-1":1,"ads14/rec-3/action-2":1},
 "No unit is about who attends strategy meetings; only units saying when one should be held. Child protection conference attendance units not credited (different meeting)."),
# 20
({"family-y/rec-2.1":2,"family-y/rec-2.1/action-1":2,"family-y/rec-2.1/action-5":2,"family-y/rec-2.1/action-7":2,
  "family-y/rec-2.1/action-10":2,"family-y/rec-2.2/action-4":2,"family-y/rec-2.1/action-3":1,"family-y/rec-2.1/action-4":1,
  "family-y/rec-2.1/action-8":1,"family-y/rec-2.1/action-9":1,"family-y/rec-1.2":1,C+"rec-1.3":1,C+"finding-3.10":1},
 "CSE toolkit units graded 1 (exploitation, not CSA as such)."),
# 21
({"family-y/rec-4.1":2,"family-y/rec-4.1/action-1":2,"family-y/rec-4.1/action-2":2,"family-y/rec-4.1/action-3":2,
  C+"finding-5.2.2":1,"rds20/rec-b/action-7":1,"family-y/rec-8.2":1},None),
# 22
({"an09/rec-37":2,"an09/rec-37/action-1":2,C+"finding-5.1.2":2,"an09/rec-54":1,"an09/rec-54/action-1":1,"an09/rec-43":1,
  "an09/rec-43/action-1":1,C+"finding-3.14":1},None),
# 23
({"family-y/rec-3.2/action-1":2,"family-y/rec-5.2/action-1":1,"family-y/rec-2.2/action-3":1,"family-y/rec-10.1/action-1":1,
  "rds20/rec-a/action-2":1,"rds20/rec-a/action-3":1,C+"finding-2.13":1,"family-y/rec-3.2":1},
 "MASH is named only in Family Y; Derbyshire police 'Safeguarding Coordination Hub' units graded 1."),
# 24
({"rds20/rec-c":2,"rds20/rec-c/action-5":2,"rds20/rec-c/action-6":2,"rds20/rec-c/action-7":2,"rds20/rec-c/action-8":2,
  C+"finding-1.10":2,"rds20/rec-c/action-1":1,"rds20/rec-c/action-2":1,"rds20/rec-c/action-4":1,"an09/rec-15/action-1":1,
  "an09/rec-32":1},
 "Common Assessment Framework (forerunner of EHA) units graded 1."),
# 25
({C+"finding-4.5":2,C+"finding-2.12":1,C+"rec-3.2":1,C+"finding-2.14":1,C+"finding-5.1.4":1,C+"finding-2.16":1,C+"rec-3.3":1,
  C+"finding-4.4":1},
 "Waiting times are given for all children, not for looked-after children; only finding-4.5 is about LAC and CAMHS together."),
# 26
({"rds20/rec-a":2,"rds20/rec-a/action-1":2,"rds20/rec-a/action-2":2,"rds20/rec-a/action-3":2,"rds20/rec-a/action-4":2,
  "family-y/rec-9.1":1,"family-y/rec-9.1/action-1":1,"family-y/rec-9.1/action-3":1},
 "The asker expands PPN wrongly (it is Public Protection Notice); police powers of protection units graded 1 because the wording points there too."),
# 27
({"an09/rec-7/action-1":2,"an09/rec-5":2,"an09/rec-7":1,"an09/rec-4":1,"an09/rec-4/action-1":1,"an09/rec-6":1,"an09/rec-6/action-1":1,
  "an09/rec-3":1,"an09/rec-1":1,"ads14/rec-9":1,"ads14/rec-9/action-3":1,"ads14/rec-1/action-7":1,"ads14/rec-9/action-5":1,
  "an09/rec-8":1,"an09/rec-9":1},
 "The Broxtowe units never say 'housing' in their text; only the agency name and 'new tenant visit / rent visiting' show that they are about housing staff."),
# 28
({C+"finding-2.3":2,"an09/rec-47":1,"an09/rec-47/action-1":1,C+"finding-2.1":1,C+"finding-2.2":1,C+"finding-3.10":1},
 "No unit on pregnant girls in care; finding-2.3 is pregnant teenagers generally."),
# 29
({"family-y/rec-12.1":2,"family-y/rec-12.1/action-1":2,"ads14/rec-2/action-2":2,"ads14/rec-2/action-6":2,"ads14/rec-2/action-12":2,
  "an09/rec-31":2,"an09/rec-31/action-1":2,"family-y/rec-12.1/action-2":1,"family-y/rec-12.1/action-3":1,"ads14/rec-6/action-5":1,
  "ads14/rec-2":1,"ads14/rec-2/action-10":1,"family-y/rec-1.2":1},
 "Disguised compliance and challenging self-reported alcohol use against test results counted as squarely on topic."),
# 30
({C+"rec-4.1":2,C+"rec-4.6":2,C+"finding-5.2.1":2,C+"finding-5.2.2":2,C+"finding-5.2.3":2,C+"finding-4.2":2,"family-y/rec-5.1":2,
  C+"finding-3.3":1,C+"rec-4.8":1,C+"finding-5.3.3":1,C+"finding-5.3.4":1,C+"finding-5.3.5":1,C+"finding-3.6":1,C+"finding-3.15":1,
  C+"rec-5.1":1,C+"rec-2.3":1,C+"finding-1.6":1,C+"finding-2.8":1,C+"finding-3.1":1,C+"finding-1.2":1,C+"rec-4.4":1,C+"rec-1.1":1,
  C+"finding-3.10":1,"an09/rec-40":1,"an09/rec-40/action-1":1,"an09/rec-44":1,"ads14/rec-6/action-2":1,"ads14/rec-5/action-6":1,
  "family-y/rec-8.2/action-3":1,"ads14/rec-8/action-8":1,C+"finding-2.15":1,C+"finding-5.2.5":1,C+"finding-2.4":1},
 "Health records come up all through the CQC review; many partial hits."),
# 31
({"family-y/rec-7.1":2,"family-y/rec-7.1/action-1":2,"family-y/rec-7.1/action-2":1,"family-y/rec-7.1/action-3":1,
  "ads14/rec-2/action-13":1,"ads14/rec-4/action-6":1,"ads14/rec-4/action-7":1,"an09/rec-47/action-3":1,"an09/rec-27/action-2":1,
  "an09/rec-52":1,"family-y/rec-1.4/action-2":1,"family-y/rec-3.1/action-1":1,"family-y/rec-2.1/action-6":1,"family-y/rec-2.1/action-8":1,
  "family-y/rec-12.1/action-3":1,"family-y/rec-1.2/action-1":1,"ads14/rec-1/action-2":1,"an09/rec-39/action-1":1,
  "ads14/rec-4/action-5":1,"rds20/rec-b":1},
 "'Embedded' implies checking impact; spreading learning and auditing whether it has stuck both graded 1 unless that is the whole point."),
# 32
({"family-y/rec-10.1":2,"family-y/rec-10.1/action-1":1,C+"rec-2.4":1,C+"finding-3.5":1,"family-y/rec-6.1/action-2":1,"family-y/rec-3.2":1},None),
# 33
({"family-y/rec-11.1":2,"family-y/rec-11.1/action-1":2,"ads14/rec-2/action-5":1,"rds20/rec-b/action-8":1,"ads14/rec-3":1,"ads14/rec-4":1,
  "ads14/rec-4/action-7":1,"ads14/rec-4/action-8":1,"ads14/rec-1/action-8":1},None),
# 34
({"family-y/rec-2.1/action-10":1},"Barely covered: only the Brooke traffic-light sexual behaviour tool."),
# 35
({C+"finding-2.5":2,C+"finding-2.7":2,C+"finding-2.6":1,C+"rec-4.3":1,C+"finding-2.11":1,C+"finding-1.3":1,C+"finding-5.1.4":1},None),
# 36
({C+"rec-2.2":2,C+"finding-1.3":2,C+"finding-2.9":2,"an09/rec-58":2,"an09/rec-58/action-1":1,"an09/rec-12":1},None),
# 37
({C+"finding-5.1.2":1},"Barely covered: FGM is only named in one finding about primary care."),
# 38
({"rds20/rec-c/action-5":1},"Barely covered: online grooming is named only in a list of early help work."),
# 39
({"ads14/rec-5":2,"an09/rec-19":2,"an09/rec-19/action-1":1,"ads14/rec-5/action-7":1,"ads14/rec-5/action-4":1,"ads14/rec-5/action-5":1,
  "ads14/rec-5/action-6":1,"ads14/rec-5/action-1":1,"ads14/rec-5/action-2":1,"ads14/rec-5/action-3":1},
 "No unit is about inviting fathers to meetings as such; units on involving and assessing fathers graded 2."),
# 40
({"ads14/rec-4":2,"ads14/rec-4/action-1":2,"ads14/rec-4/action-4":2,"ads14/rec-4/action-5":2,"rds20/rec-b/action-5":2,
  "rds20/rec-c/action-3":2,"an09/rec-30":2,"family-y/rec-4.1/action-2":1,"ads14/rec-5/action-2":1,"rds20/rec-c/action-1":1,
  "rds20/rec-c/action-6":1,"family-y/rec-1.2/action-1":1,"family-y/rec-6.1/action-1":1,"family-y/rec-6.1/action-2":1,
  "family-y/rec-12.1/action-1":1,"an09/rec-30/action-1":1,C+"finding-3.4":1,C+"finding-5.2.1":1,"ads14/rec-2/action-9":1,
  "family-y/rec-1.1/action-3":1,"ads14/rec-5/action-5":1,"an09/rec-56/action-2":1,C+"finding-1.16":1},
 "Section 11 self-assessment audits not counted as case-file audits."),
]
Q=json.load(open('questions.json'))['questions']
assert len(Q)==len(R)
out=[]
for q,(rel,note) in zip(Q,R):
  o=dict(q); o['relevant']=rel
  if note: o['note']=note
  out.append(o)
json.dump(out,open('judgements.json','w'),indent=1,ensure_ascii=False)
