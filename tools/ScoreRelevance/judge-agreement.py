#!/usr/bin/env python3
"""How far two blind judges of one question set agree, and how a ranking by one judge's grades scores on the other's:
the ceiling a search could reach on these questions were it as good a reader as a second trainer.

  python3 tools/ScoreRelevance/judge-agreement.py FIRST.json SECOND-judgements.json POOLS.json [SERVICE]

FIRST is a set's judgements.json ({"question", "relevant"}); SECOND the second judge's {"question", "grades"} over the
pools (every unit the first judge graded and the service's first 20 hits, shuffled). With SERVICE (a running
LearningSearch), the service's first 10 hits are scored by each judge's grades, and break ties in a judge's ranking.
"""
import json, math, sys, urllib.parse, urllib.request

first = {q["question"]: q["relevant"] for q in json.load(open(sys.argv[1]))}
second = {q["question"]: q["grades"] for q in json.load(open(sys.argv[2]))}
pools = {p["question"]: [u["id"] for u in p["pool"]] for p in json.load(open(sys.argv[3]))}
service = sys.argv[4] if len(sys.argv) > 4 else None


def ndcg(order, grades):
    dcg = sum(grades.get(u, 0) / math.log2(i + 2) for i, u in enumerate(order[:10]))
    ideal = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(grades.values(), reverse=True)[:10]))
    return dcg / ideal if ideal else None


rows = []
for q, pool in pools.items():
    a, b = first[q], {u: g for u, g in second[q].items() if g > 0}
    hits = [h["id"] for h in json.load(urllib.request.urlopen(f"{service}/api/search?pageSize=20&q=" + urllib.parse.quote(q)))["hits"]] if service else []
    tie = lambda u: hits.index(u) if u in hits else len(hits)
    by_second = sorted(pool, key=lambda u: (-second[q].get(u, 0), tie(u)))
    by_first = sorted(pool, key=lambda u: (-a.get(u, 0), tie(u)))
    rows.append((ndcg(by_second, a), ndcg(by_first, b) if b else None, ndcg(hits, a) if hits else None, ndcg(hits, b) if hits and b else None))


def mean(i):
    values = [r[i] for r in rows if r[i] is not None]
    return sum(values) / len(values), len(values)


pairs = [(first[q].get(u, 0) > 0, second[q].get(u, 0) > 0) for q in pools for u in pools[q]]
po = sum(x == y for x, y in pairs) / len(pairs)
pa, pb = sum(x for x, _ in pairs) / len(pairs), sum(y for _, y in pairs) / len(pairs)
pe = pa * pb + (1 - pa) * (1 - pb)
print(f"{len(pairs)} pooled pairs: relevant or not agreed on {po:.3f}, Cohen's kappa {(po - pe) / (1 - pe):.3f}")
print("nDCG@10 of the second judge's ranking on the first judge's grades: %.3f (%d questions)" % mean(0))
print("nDCG@10 of the first judge's ranking on the second judge's grades: %.3f (%d questions)" % mean(1))
if service:
    print("nDCG@10 of the service on the first judge's grades: %.3f (%d questions)" % mean(2))
    print("nDCG@10 of the service on the second judge's grades: %.3f (%d questions)" % mean(3))
