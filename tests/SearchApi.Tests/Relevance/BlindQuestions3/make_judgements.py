import json
Q=json.load(open('questions.json'))['questions']
R={}
N={}
R[0]={"ads14/rec-8":2,"ads14/rec-8/action-3":2,"ads14/rec-8/action-7":2,"ads14/rec-8/action-10":2,"ads14/rec-8/action-1":1,"ads14/rec-8/action-4":1,"ads14/rec-8/action-5":1,"ads14/rec-8/action-6":1,"ads14/rec-8/action-8":1,"ads14/rec-8/action-9":1,
 "family-y/rec-8.1":2,"family-y/rec-8.2":2,"family-y/rec-8.2/action-1":2,"family-y/rec-8.2/action-3":2,"family-y/rec-8.1/action-1":1,"family-y/rec-8.1/action-2":1,"family-y/rec-8.2/action-2":1,"family-y/rec-8.2/action-4":1,
 "cqc-derby-2015/finding-2.18":1,"cqc-derby-2015/finding-1.4":1}
N[0]="cross-review: ADS14 rec 8 and Family Y recs 8.x; CQC only touches it (failure to attend not updating risk assessment; leaving ED unseen)."
R[1]={"family-y/rec-8.1":2,"family-y/rec-8.2":2,"family-y/rec-8.1/action-1":2,"family-y/rec-8.1/action-2":2,"family-y/rec-8.2/action-1":2,"family-y/rec-8.2/action-3":2,"family-y/rec-8.2/action-4":2,"family-y/rec-8.2/action-2":1,
 "ads14/rec-8":2,"ads14/rec-8/action-3":2,"ads14/rec-8/action-4":2,"ads14/rec-8/action-5":2,"ads14/rec-8/action-6":2,"ads14/rec-8/action-7":2,"ads14/rec-8/action-9":2,"ads14/rec-8/action-8":1,"ads14/rec-8/action-10":1,"ads14/rec-8/action-1":1,
 "rds20/rec-b/action-4":1}
R[2]={"ads14/rec-5":2,"ads14/rec-5/action-1":2,"ads14/rec-5/action-2":2,"ads14/rec-5/action-3":2,"ads14/rec-5/action-4":1,"ads14/rec-5/action-5":1,"ads14/rec-5/action-6":1,"ads14/rec-5/action-7":1,
 "an09/rec-28":1,"an09/rec-16":1,"rds20/rec-b/action-7":1,"ads14/rec-6/action-2":1}
N[2]="everyday words for 'hidden men' / male partners; no unit says 'boyfriend'. an09/rec-16 (check records held by other authorities on family members) and lateral checks (ads14/rec-6/action-2) graded 1 as the 'checked out' part."
R[3]={"an09/rec-38":2,"an09/rec-38/action-1":2,"an09/rec-39":2,"an09/rec-39/action-1":2}
R[4]={"an09/rec-38":2,"an09/rec-38/action-1":2,"an09/rec-39":2,"an09/rec-39/action-1":2}
N[4]="everyday words for co-sleeping; the reviews say 'co-sleeping' / 'safe sleeping'."
R[5]={"ads14/rec-6":1,"ads14/rec-6/action-6":1,"ads14/rec-6/action-7":1}
N[5]="barely covered: no unit mentions bruising or non-mobile babies; ADS14 rec 6 (consider abuse in young children presenting with seizure/ALTE, retinal haemorrhage from shaking) is the nearest."
R[6]={"an09/rec-37":2,"an09/rec-37/action-1":1,"cqc-derby-2015/finding-5.1.2":1,"cqc-derby-2015/finding-3.12":1,"cqc-derby-2015/finding-3.10":1,"cqc-derby-2015/finding-3.11":1,"cqc-derby-2015/rec-1.1":1,
 "family-y/rec-1.1/action-3":1,"ads14/rec-1/action-4":1,"rds20/rec-b/action-12":1,"family-y/rec-3.1":1}
N[6]="only an09/rec-37 (GP conference attendance and written reports) is GP-specific and squarely about sharing with social care; finding-3.12 (verbal referrals not followed up in writing) is about health practitioners generally."
R[7]={"an09/rec-30":2,"an09/rec-30/action-1":1,"cqc-derby-2015/finding-3.4":2,"cqc-derby-2015/finding-3.12":2,"cqc-derby-2015/finding-3.2":2,"cqc-derby-2015/finding-5.3.7":1,
 "family-y/rec-2.2/action-3":1,"family-y/rec-3.2/action-1":1,"rds20/rec-b/action-5":1,"rds20/rec-c/action-3":1,"rds20/rec-a/action-1":1,"rds20/rec-a/action-3":1}
N[7]="units that name MASH are not about referral quality; units about referral quality do not name MASH."
R[8]={"ads14/rec-2":2,"ads14/rec-2/action-2":2,"ads14/rec-2/action-3":2,"ads14/rec-2/action-1":1,"family-y/rec-12.1/action-1":2,"family-y/rec-1.1":2,"family-y/rec-1.1/action-1":1,"family-y/rec-12.1":1,
 "an09/rec-41":1,"an09/rec-42":1,"an09/rec-48/action-3":1,"ads14/rec-2/action-6":1}
R[9]={"rds20/rec-a":2,"cqc-derby-2015/finding-3.7":2,"rds20/rec-a/action-1":1,"rds20/rec-a/action-2":1,"rds20/rec-a/action-3":1,"rds20/rec-a/action-4":1,"cqc-derby-2015/finding-2.18":1}
N[9]="RDS20 is about PPNs reaching children's social care, not HVs or schools; CQC finding 3.7 is the one about police DV notifications to HVs and school nurses."
R[10]={"an09/rec-22":2,"an09/rec-22/action-1":2,"an09/rec-36":2,"an09/rec-36/action-1":2,"an09/rec-34":2,"an09/rec-17":2,"an09/rec-34/action-1":1,"an09/rec-25":1,
 "an09/rec-11":1,"an09/rec-33":1,"an09/rec-52":1,"an09/rec-53":1,"an09/rec-29":1,"an09/rec-35":1,"an09/rec-31":1,
 "cqc-derby-2015/finding-1.15":1,"cqc-derby-2015/finding-1.16":1,"cqc-derby-2015/finding-2.18":1,"cqc-derby-2015/finding-5.2.5":1,"ads14/rec-1":1,"ads14/rec-1/action-1":1}
R[11]={"cqc-derby-2015/rec-3.1":2,"cqc-derby-2015/finding-1.8":2,"cqc-derby-2015/finding-5.3.8":1,"cqc-derby-2015/rec-3.2":1,"cqc-derby-2015/finding-5.2.4":2,"cqc-derby-2015/finding-2.8":1,"cqc-derby-2015/finding-3.15":1,"cqc-derby-2015/finding-5.3.5":1,"cqc-derby-2015/finding-1.7":1,"cqc-derby-2015/finding-1.9":1,
 "ads14/rec-1":2,"ads14/rec-1/action-3":2,"ads14/rec-1/action-1":1,"ads14/rec-1/action-8":1,"ads14/rec-1/action-6":1,
 "rds20/rec-b":2,"rds20/rec-b/action-13":2,"rds20/rec-b/action-14":2,"rds20/rec-b/action-15":1,"rds20/rec-b/action-16":1,"rds20/rec-b/action-17":1,"rds20/rec-b/action-1":1,"rds20/rec-b/action-3":1,"rds20/rec-b/action-4":1,"rds20/rec-b/action-10":1,"rds20/rec-b/action-11":1,"rds20/rec-b/action-6":1,
 "rds20/rec-d":2,"rds20/rec-d/action-1":2,"rds20/rec-d/action-3":1,"an09/rec-26":2,"an09/rec-26/action-1":1,"an09/rec-27":1,"an09/rec-28":1}
N[11]="many Think Family actions in RDS20 are generic statements; only those tied to adult mental health (DHCFT) got 2."
R[12]={"cqc-derby-2015/finding-1.14":1}
N[12]="barely covered: nothing on school attendance or children missing education; only home-educated children not routinely seen by school nurses."
R[13]={"cqc-derby-2015/rec-3.3":2,"cqc-derby-2015/finding-4.1":2,"cqc-derby-2015/finding-4.4":1,"cqc-derby-2015/finding-4.6":1}
N[13]="no unit uses 'initial health assessment'; timeliness of LAC health assessments (esp. placed out of area) is the answer."
R[14]={"cqc-derby-2015/rec-3.3":2,"cqc-derby-2015/finding-4.1":2,"cqc-derby-2015/finding-4.4":2,"cqc-derby-2015/finding-4.8":2,"cqc-derby-2015/finding-4.3":2,"cqc-derby-2015/finding-4.2":1,"cqc-derby-2015/finding-4.7":1,"cqc-derby-2015/finding-4.6":1}
R[15]={"cqc-derby-2015/finding-4.8":2,"cqc-derby-2015/finding-4.7":1,"cqc-derby-2015/finding-2.14":1}
N[15]="thin: only a care leaver's quote about having no service at 18 because she did not fit adult mental health services."
R[16]={"an09/rec-46":2,"an09/rec-46/action-1":1,"an09/rec-46/action-2":1,"an09/rec-46/action-3":1,"an09/rec-47":2,"an09/rec-47/action-1":2,"an09/rec-47/action-2":1,"an09/rec-47/action-3":1,
 "an09/rec-48":2,"an09/rec-48/action-1":2,"an09/rec-48/action-2":1,"an09/rec-48/action-3":1,"an09/rec-48/action-4":1,"cqc-derby-2015/finding-4.7":2,"cqc-derby-2015/finding-4.8":1}
R[17]={"family-y/rec-6.1":2,"family-y/rec-6.1/action-1":2,"family-y/rec-6.1/action-2":2,"family-y/rec-6.1/action-3":2,"cqc-derby-2015/rec-4.4":2,"cqc-derby-2015/finding-4.3":2,"rds20/rec-d":2,
 "cqc-derby-2015/rec-3.3":1,"cqc-derby-2015/finding-2.15":1,"cqc-derby-2015/rec-4.5":1,"rds20/rec-d/action-1":1,"rds20/rec-b/action-3":1,"rds20/rec-b/action-5":1,"rds20/rec-c/action-3":1,"rds20/rec-b/action-6":1,"rds20/rec-c/action-5":1,"rds20/rec-c/action-6":1,"ads14/rec-1/action-8":1}
R[18]={"family-y/rec-1.4":2,"family-y/rec-1.4/action-1":2,"family-y/rec-1.4/action-2":2,"family-y/rec-1.1/action-3":1,"family-y/rec-12.1/action-3":1,"an09/rec-15/action-1":1,"cqc-derby-2015/finding-3.13":1,"cqc-derby-2015/finding-2.15":1,"an09/rec-14":1,"ads14/rec-6/action-5":1}
R[19]={"ads14/rec-3":2,"ads14/rec-3/action-2":1,"rds20/rec-a/action-1":1,"rds20/rec-a/action-4":1,"rds20/rec-b/action-2":1,"rds20/rec-c/action-2":1,"rds20/rec-c/action-8":1,"rds20/rec-c/action-6":1,"cqc-derby-2015/finding-1.3":1,"cqc-derby-2015/finding-2.9":1,"cqc-derby-2015/finding-1.10":1}
N[19]="only ADS14 rec 3 (CP plan rather than CIN plan for a child returning home under a supervision order) squarely weighs CIN against CP; the rest are threshold guidance and advice lines."
R[20]={"family-y/rec-3.2":1,"family-y/rec-3.2/action-1":1,"ads14/rec-3/action-2":1,"family-y/rec-4.1/action-3":1,"an09/rec-43":1,"cqc-derby-2015/finding-3.6":1}
N[20]="barely covered: no unit is about health attending strategy meetings; strategy discussion units and health attendance at CP conferences given 1."
R[21]={"family-y/rec-2.1":2,"family-y/rec-2.1/action-1":2,"family-y/rec-2.1/action-5":2,"family-y/rec-2.1/action-7":2,"family-y/rec-2.1/action-10":2,"family-y/rec-2.2/action-4":2,"family-y/rec-1.2":2,
 "family-y/rec-2.1/action-3":1,"family-y/rec-2.1/action-4":1,"family-y/rec-2.1/action-6":1,"family-y/rec-2.1/action-8":1,"family-y/rec-2.1/action-9":1,"family-y/rec-1.2/action-1":1,"cqc-derby-2015/finding-3.10":1,"cqc-derby-2015/rec-1.3":1}
R[22]={"family-y/rec-4.1":2,"family-y/rec-4.1/action-1":2,"family-y/rec-4.1/action-2":2,"family-y/rec-4.1/action-3":2,"family-y/rec-8.2":1,"cqc-derby-2015/finding-5.2.2":1,"rds20/rec-b/action-7":1}
R[23]={"family-y/rec-5.1":2,"family-y/rec-5.1/action-1":1,"family-y/rec-5.2":1,"cqc-derby-2015/rec-4.1":2,"cqc-derby-2015/rec-4.6":2,"cqc-derby-2015/finding-5.2.1":2,"cqc-derby-2015/finding-5.2.2":2,"cqc-derby-2015/finding-5.2.3":2,"cqc-derby-2015/finding-4.2":2,
 "cqc-derby-2015/finding-3.6":1,"cqc-derby-2015/finding-3.3":1,"cqc-derby-2015/rec-4.5":1,"cqc-derby-2015/finding-2.15":1,"cqc-derby-2015/finding-3.15":1,"cqc-derby-2015/finding-5.3.5":1,"cqc-derby-2015/rec-4.8":1,
 "an09/rec-18":2,"an09/rec-6":1,"an09/rec-6/action-1":1,"an09/rec-40":1,"an09/rec-40/action-1":1,"an09/rec-44":1,"rds20/rec-b/action-5":1,"ads14/rec-3/action-3":1}
R[24]={"family-y/rec-9.1":2,"family-y/rec-9.1/action-1":2,"family-y/rec-9.1/action-3":2,"family-y/rec-9.1/action-2":1}
R[25]={"cqc-derby-2015/rec-2.4":2,"cqc-derby-2015/finding-3.5":2,"family-y/rec-10.1":2,"family-y/rec-10.1/action-1":2,"family-y/rec-6.1/action-2":1,"ads14/rec-6":1}
R[26]={"family-y/rec-11.1":2,"family-y/rec-11.1/action-1":2,"rds20/rec-b/action-8":1,"ads14/rec-2/action-5":1,"ads14/rec-4/action-7":1}
N[26]="'PLO' is never used; pre-proceedings appears once (rds20/rec-b/action-8)."
R[27]={"family-y/rec-12.1":2,"family-y/rec-12.1/action-1":2,"an09/rec-31":2,"an09/rec-31/action-1":2,"family-y/rec-12.1/action-2":1,"family-y/rec-12.1/action-3":1,"ads14/rec-6/action-5":1,
 "ads14/rec-2":1,"ads14/rec-2/action-2":1,"ads14/rec-2/action-6":1,"ads14/rec-2/action-12":1,"family-y/rec-1.2":1,"ads14/rec-6":1}
N[27]="everyday words for professional curiosity / over-optimism; an09/rec-31 (challenge self-reported alcohol use against test results) is a concrete instance."
R[28]={"family-y/rec-12.1":2,"family-y/rec-12.1/action-1":2,"ads14/rec-2/action-2":2,"ads14/rec-2/action-6":2,"ads14/rec-2/action-12":2,"ads14/rec-2":1,"family-y/rec-12.1/action-3":1,"family-y/rec-12.1/action-2":1,
 "an09/rec-31":1,"ads14/rec-1/action-7":1,"ads14/rec-9/action-3":1,"cqc-derby-2015/finding-2.17":1}
R[29]={"rds20/rec-c":2,"rds20/rec-c/action-2":2,"rds20/rec-c/action-5":2,"rds20/rec-c/action-6":2,"rds20/rec-c/action-7":2,"rds20/rec-c/action-8":2,"rds20/rec-c/action-1":1,"rds20/rec-c/action-3":1,"rds20/rec-c/action-4":1,
 "cqc-derby-2015/finding-1.10":2,"cqc-derby-2015/rec-4.2":1,"an09/rec-15/action-1":1,"an09/rec-32":1,"cqc-derby-2015/finding-2.17":1}
R[30]={"family-y/rec-1.1/action-3":1,"cqc-derby-2015/finding-1.3":1,"cqc-derby-2015/finding-5.3.6":1,"cqc-derby-2015/finding-2.3":1}
N[30]="barely covered: HV caseloads are never discussed; low HV/school nurse numbers are mentioned once (family-y/rec-1.1/action-3)."
R[31]={"ads14/rec-6":2,"ads14/rec-6/action-1":2,"ads14/rec-6/action-6":2,"ads14/rec-6/action-2":1,"ads14/rec-6/action-7":1,"ads14/rec-6/action-4":1,
 "cqc-derby-2015/finding-1.3":2,"cqc-derby-2015/finding-3.1":2,"cqc-derby-2015/finding-2.5":1,"cqc-derby-2015/rec-2.1":1,"cqc-derby-2015/rec-2.2":1,"cqc-derby-2015/finding-1.2":1,"cqc-derby-2015/finding-2.9":1,"ads14/rec-7":1,"ads14/rec-7/action-2":1}
N[31]="everyday words; the units say ED / emergency department, differential diagnosis, paediatric liaison, flagging."
R[32]={"an09/rec-4":2,"an09/rec-4/action-1":2,"an09/rec-5":2,"an09/rec-6":2,"an09/rec-5/action-1":1,"an09/rec-6/action-1":1,"an09/rec-7":1,"an09/rec-7/action-1":1,
 "an09/rec-1":1,"an09/rec-2":1,"an09/rec-2/action-1":1,"an09/rec-3":1,"an09/rec-3/action-1":1,"an09/rec-8":1,"an09/rec-9":1,"an09/rec-10":1,
 "ads14/rec-9":1,"ads14/rec-9/action-5":1,"ads14/rec-1/action-7":1,"ads14/rec-9/action-3":1}
N[32]="the Broxtowe Borough Council units are housing (tenancy) staff, though the text never says 'housing officer'."
R[33]={"cqc-derby-2015/finding-2.3":2,"an09/rec-47":1,"an09/rec-47/action-1":1,"cqc-derby-2015/finding-1.12":1}
R[34]={"cqc-derby-2015/finding-2.5":2,"cqc-derby-2015/finding-2.7":2,"cqc-derby-2015/finding-2.6":1,"cqc-derby-2015/rec-4.3":1}
R[35]={"cqc-derby-2015/finding-5.1.2":1}
N[35]="barely covered: FGM named once, as an area GPs lack understanding of."
R[36]={"rds20/rec-c/action-5":1,"cqc-derby-2015/rec-1.3":1,"cqc-derby-2015/finding-3.10":1}
N[36]="barely covered: online grooming mentioned once in a list; CSE toolkit units given 1."
R[37]={}
N[37]="not covered: no unit on honour-based violence or forced marriage."
R[38]={"cqc-derby-2015/rec-2.2":2,"cqc-derby-2015/finding-1.3":2,"cqc-derby-2015/finding-2.9":2,"an09/rec-58":2,"an09/rec-58/action-1":2,
 "an09/rec-12":1,"an09/rec-12/action-1":1,"an09/rec-45":1,"an09/rec-57":1,"cqc-derby-2015/finding-1.1":1}
R[39]={"cqc-derby-2015/finding-1.12":1,"rds20/rec-c/action-5":1}
N[39]="barely covered: parenting groups are mentioned, but nothing on children's behaviour problems."
R[40]={"family-y/rec-7.1":2,"family-y/rec-7.1/action-1":2,"family-y/rec-7.1/action-2":2,"family-y/rec-7.1/action-3":2,"family-y/rec-2.1/action-6":2,"family-y/rec-2.1/action-8":2,"family-y/rec-12.1/action-3":2,
 "ads14/rec-2/action-13":2,"ads14/rec-4/action-6":2,"ads14/rec-4/action-7":2,"ads14/rec-1/action-5":1,"ads14/rec-1/action-2":1,"ads14/rec-6/action-2":1,"ads14/rec-9/action-5":1,"ads14/rec-8/action-1":1,"ads14/rec-2/action-6":1,
 "an09/rec-27/action-2":1,"an09/rec-39/action-1":1,"an09/rec-40/action-1":1,"an09/rec-46/action-1":1,"an09/rec-46/action-2":1,"an09/rec-47/action-3":1,
 "family-y/rec-2.2/action-2":1,"family-y/rec-2.1/action-1":1}
N[40]="cross-review."
R[41]={"ads14/rec-5":2,"ads14/rec-5/action-1":2,"ads14/rec-5/action-2":2,"ads14/rec-5/action-3":2,"ads14/rec-5/action-4":2,"ads14/rec-5/action-5":2,"ads14/rec-5/action-6":2,"ads14/rec-5/action-7":2,
 "an09/rec-19":2,"an09/rec-19/action-1":1,"an09/rec-28":1,"rds20/rec-b/action-7":1}
N[41]="cross-review: ADS14 rec 5 and AN09 rec 19 (birth fathers); genograms as 1."
R[42]={"family-y/rec-1.1/action-2":2,"family-y/rec-2.1/action-9":2,"family-y/rec-2.2/action-5":2,"family-y/rec-7.1/action-3":2,"rds20/rec-b/action-11":2,"rds20/rec-c/action-7":2,
 "cqc-derby-2015/finding-5.1.2":1,"cqc-derby-2015/rec-1.3":1,"cqc-derby-2015/finding-3.10":1,"an09/rec-39":1,"an09/rec-37":1,"an09/rec-37/action-1":1,"ads14/rec-8/action-8":1,"rds20/rec-b/action-12":1}
R[43]={"family-y/rec-2.2":2,"family-y/rec-2.2/action-1":2,"family-y/rec-9.1":2,"family-y/rec-2.2/action-2":1,"family-y/rec-2.2/action-3":1,"family-y/rec-2.2/action-5":1,"family-y/rec-2.1/action-9":1,"family-y/rec-2.1/action-10":1,"family-y/rec-1.2":1,
 "ads14/rec-9/action-2":1,"rds20/rec-c/action-6":1,"ads14/rec-8":1,"ads14/rec-8/action-3":1,"ads14/rec-8/action-9":1,"ads14/rec-9":1,"ads14/rec-9/action-1":1,"ads14/rec-9/action-4":1,"ads14/rec-9/action-6":1}
R[44]={"family-y/rec-9.1":2,"family-y/rec-2.2":2,"family-y/rec-2.2/action-1":1,"family-y/rec-9.1/action-3":1,"family-y/rec-1.2":1,"ads14/rec-9/action-2":1,"rds20/rec-c/action-6":1,"ads14/rec-9/action-1":1,"ads14/rec-9/action-4":1,"ads14/rec-9/action-6":1}
N[44]="everyday words for neglect and home conditions; the reviews say 'squalid unhealthy condition', 'neglect toolkit', 'Graded Care Profile'."
R[45]={"cqc-derby-2015/finding-4.6":2,"ads14/rec-7":2,"ads14/rec-7/action-1":2,"ads14/rec-7/action-2":2,"ads14/rec-7/action-3":1,"ads14/rec-7/action-4":1,"ads14/rec-7/action-5":1,"ads14/rec-7/action-6":1,"ads14/rec-7/action-7":1,
 "cqc-derby-2015/finding-5.2.1":1,"cqc-derby-2015/finding-3.15":1,"cqc-derby-2015/finding-5.2.6":1,"cqc-derby-2015/finding-5.2.2":1,"an09/rec-12":1,"rds20/rec-b/action-18":1}
N[45]="everyday words for IT interoperability / CP-IS."
R[46]={"an09/rec-8":1,"an09/rec-8/action-1":1,"cqc-derby-2015/finding-2.10":1,"cqc-derby-2015/finding-2.12":1}
N[46]="barely covered: no unit about frequent changes of social worker; continuity of worker (co-keyworker during absence, HV staying on past school entry, fewer children passed service to service) given 1."
R[47]={"cqc-derby-2015/finding-2.1":2,"an09/rec-17":2,"an09/rec-17/action-1":1,"cqc-derby-2015/finding-2.2":1,"cqc-derby-2015/finding-1.5":1,"cqc-derby-2015/finding-2.4":1,"cqc-derby-2015/finding-5.3.2":1,"an09/rec-13":1,"ads14/rec-1/action-6":1,"cqc-derby-2015/finding-1.6":1}
R[48]={"cqc-derby-2015/finding-3.15":1}
N[48]="barely covered: MARAC appears once (adult mental health representation, plans held on paper); DASH never."
R[49]={"ads14/rec-4":2,"ads14/rec-4/action-4":2,"ads14/rec-4/action-5":2,"ads14/rec-4/action-1":1,"family-y/rec-1.4/action-2":2,"family-y/rec-3.1/action-1":2,"family-y/rec-5.1/action-1":2,
 "family-y/rec-1.3/action-1":1,"family-y/rec-6.1":1,"family-y/rec-7.1":1,"family-y/rec-4.1":1,"family-y/rec-12.1":1,"family-y/rec-1.1/action-1":1,"family-y/rec-2.1/action-2":1,
 "an09/rec-52":2,"an09/rec-52/action-1":1,"an09/rec-54":1,"an09/rec-54/action-1":1,"an09/rec-56":1,"an09/rec-30":1,
 "rds20/rec-b":2,"rds20/rec-b/action-12":2,"rds20/rec-c":1,"rds20/rec-e":1,"rds20/rec-b/action-3":1,"rds20/rec-b/action-15":1,"cqc-derby-2015/finding-3.14":2,"ads14/rec-5/action-2":1}
out=[]
for i,q in enumerate(Q):
    o={"question":q["question"],"asker":q["asker"],"style":q["style"],"relevant":R[i]}
    if i in N: o["note"]=N[i]
    out.append(o)
json.dump(out,open('judgements.json','w'),indent=1,ensure_ascii=False)
