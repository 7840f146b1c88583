#!/usr/bin/env python3
"""Gathers the second stage's features for judged questions from a running service (what tools/TrainSecondStage fits the
shipped weights on), and fits feature-only weights to compare (coordinate ascent, as shipped until the sixteenth session).

  python3 tools/ScoreRelevance/fit-second-stage.py gather http://127.0.0.1:5099 /tmp/second-stage-features.json
  python3 tools/ScoreRelevance/fit-second-stage.py fit /tmp/second-stage-features.json [--write]

`gather` asks the running service (any weights; the features do not depend on them) for the first 100 hits of every
tuning question with `explain=true`, and keeps each hit's features and its grade. `fit` finds the weights by coordinate
ascent on mean nDCG@10 (Metzler and Croft's method for linear rankers), first in five folds of the tuning questions
(each fold scored by weights fitted on the other four: the honest estimate), then on all of them; `--write` writes the
weights file. The held-out half is never read here.

  python3 tools/ScoreRelevance/fit-second-stage.py gather-set SERVICE QUESTIONS.json /tmp/ss/NAME.json
  python3 tools/ScoreRelevance/fit-second-stage.py across-sets /tmp/ss/*.json --with /tmp/old28.json --old-weight 0.1 [--write]

`across-sets` fits on several judged sets at once (the shipped weights since the sixteenth session): each set is scored by
weights fitted on the others, the honest figure for a set someone else wrote, then the weights are fitted on all of them.
"""
import json, math, random, sys, urllib.parse, urllib.request

ROOT = __file__.rsplit("/tools/", 1)[0]
NAMES = ["firstStage", "words", "meaning", "typedWords", "rareWords", "wordPairs", "themes", "concepts", "meaningAmong", "heading", "recommendation", "action", "length"]


def tuned_beside_the_code():
    """The 28 questions of tests/SearchApi.Tests/Search/RelevanceTests.cs, each with the recommendations a trainer expects."""
    import re
    source = open(f"{ROOT}/tests/SearchApi.Tests/Search/RelevanceTests.cs").read()
    return [{"question": q, "relevant": {unit: 1 for unit in re.findall(r'"([^"]+)"', ids)}}
            for q, ids in re.findall(r'\("([^"]+)", \[([^\]]+)\]\)', source)]


def gather(service, out, questions=None):
    questions = questions or json.load(open(f"{ROOT}/tests/SearchApi.Tests/Relevance/BlindQuestions/tuning.json"))
    rows = []
    for q in questions:
        if not q["relevant"]:
            continue
        answer = json.load(urllib.request.urlopen(f"{service}/api/search?pageSize=100&explain=true&q=" + urllib.parse.quote(q["question"])))
        hits = []
        for h in answer["hits"]:
            ranking = h.get("ranking")
            if ranking is None:
                continue
            hits.append({"id": h["id"], "rank": ranking["firstStageRank"], "features": [ranking["features"][n] for n in NAMES],
                         "grade": q["relevant"].get(h["id"], 0)})
        hits.sort(key=lambda h: h["rank"])
        rows.append({"question": q["question"], "relevant": q["relevant"], "hits": hits})
    json.dump(rows, open(out, "w"))
    print(f"{len(rows)} tuning questions, {sum(len(r['hits']) for r in rows)} hits with features -> {out}")


def ndcg(row, weights):
    order = sorted(row["hits"], key=lambda h: (-sum(w * f for w, f in zip(weights, h["features"])), h["rank"]))[:10]
    dcg = sum(h["grade"] / math.log2(i + 2) for i, h in enumerate(order))
    ideal = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(row["relevant"].values(), reverse=True)[:10]))
    return dcg / ideal if ideal else 0.0


def recall(row, weights):
    order = sorted(row["hits"], key=lambda h: (-sum(w * f for w, f in zip(weights, h["features"])), h["rank"]))[:10]
    return sum(h["grade"] > 0 for h in order) / min(10, len(row["relevant"]))


def mean(rows, weights, measure=ndcg):
    return sum(measure(r, weights) for r in rows) / len(rows)


def first_stage():
    return [1.0 if n == "firstStage" else 0.0 for n in NAMES]


# How many first hits the service re-orders: 50 scored 0.717 against 0.719 for 100 on the tuning half, at half the cost.
DEPTH = int(sys.argv[sys.argv.index("--depth") + 1]) if "--depth" in sys.argv else 50
OLD_WEIGHT = float(sys.argv[sys.argv.index("--old-weight") + 1]) if "--old-weight" in sys.argv else 0.5


def fit(rows, rounds=12, old=()):
    def objective(w):
        return mean(rows, w) if not old else (1 - OLD_WEIGHT) * mean(rows, w) + OLD_WEIGHT * mean(old, w)
    weights = first_stage()
    best = objective(weights)
    steps = [-1.0, -0.5, -0.25, -0.1, -0.05, 0.05, 0.1, 0.25, 0.5, 1.0]
    for _ in range(rounds):
        improved = False
        for i in range(len(NAMES)):
            for step in steps:
                trial = list(weights)
                trial[i] += step
                score = objective(trial)
                # A change must buy a real gain: ties and hair's-breadth gains are where fitting 43 questions overfits.
                if score > best + 1e-3:
                    best, weights, improved = score, trial, True
        if not improved:
            break
    scale = sum(abs(w) for w in weights) or 1
    return [w / scale for w in weights], best


def show(weights):
    for name, w in zip(NAMES, weights):
        print(f"  {name:15s} {w:+.4f}")


def write(fitted, weights):
    """Since the seventeenth session the shipped weights come from tools/TrainSecondStage (features and meaning weighed
    dimension by dimension); weights fitted here weigh the features alone, so they are not written over them."""
    sys.exit("--write: the second stage is fitted by tools/TrainSecondStage now (it also weighs meaning dimension by dimension); "
             "this script gathers the features it trains on and compares feature-only fits")
    path = f"{ROOT}/src/SearchApi/Search/Reordering/second-stage.json"
    kept = {n: round(w, 4) for n, w in zip(NAMES, weights) if abs(w) >= 1e-4}
    json.dump({"fitted": fitted, "depth": DEPTH, "weights": kept}, open(path, "w"), indent=2)
    open(path, "a").write("\n")
    print(f"wrote {path}")


def across_sets(args):
    """across-sets A.json B.json ... [--write]: each set scored by weights fitted on the other sets (leave one set out), the
    honest estimate of how the weights carry to a set written by someone else; then fitted on all of them."""
    old_file = args[args.index("--with") + 1] if "--with" in args else None
    old = json.load(open(old_file)) if old_file else []
    files = [a for a in args if a.endswith(".json") and a != old_file]
    sets = {f.rsplit("/", 1)[-1][:-5]: json.load(open(f)) for f in files}
    current = json.load(open(f"{ROOT}/src/SearchApi/Search/Reordering/second-stage.json"))["weights"]
    shipped = [current.get(n, 0.0) for n in NAMES]
    base = first_stage()
    print(f"{'set':28s} {'questions':>9s} {'first stage':>11s} {'shipped':>8s} {'fitted on the others':>21s}")
    totals = [0.0, 0.0, 0.0, 0]
    for name, rows in sets.items():
        others = [r for other, rs in sets.items() if other != name for r in rs]
        weights, _ = fit(others, old=old)
        a, b, c = mean(rows, base), mean(rows, shipped), mean(rows, weights)
        totals = [totals[0] + a * len(rows), totals[1] + b * len(rows), totals[2] + c * len(rows), totals[3] + len(rows)]
        print(f"{name:28s} {len(rows):9d} {a:11.3f} {b:8.3f} {c:21.3f}")
    n = totals[3]
    print(f"{'all, weighted by questions':28s} {n:9d} {totals[0] / n:11.3f} {totals[1] / n:8.3f} {totals[2] / n:21.3f}")
    every = [r for rs in sets.values() for r in rs]
    weights, _ = fit(every, old=old)
    best = mean(every, weights)
    print(f"fitted on all {len(every)} questions: nDCG@10 {best:.3f} (recall@10 {mean(every, weights, recall):.3f})")
    if old:
        print(f"the {len(old)} questions tuned beside the code: nDCG@10 {mean(old, base):.3f} first stage, {mean(old, shipped):.3f} shipped, "
              f"{mean(old, weights):.3f} fitted")
    show(weights)
    if "--write" in args:
        write(f"coordinate ascent on nDCG@10 over {len(every)} judged questions of {len(sets)} sets ({', '.join(sets)}; "
                  f"tools/ScoreRelevance/fit-second-stage.py across-sets): each set scored by weights fitted on the others "
                  f"{totals[2] / n:.3f} against {totals[1] / n:.3f} for the weights before; {best:.3f} on all"
                  + (f"; fitted with the {len(old)} questions tuned beside the code as a floor, {mean(old, base):.3f} -> {mean(old, weights):.3f} on them" if old else ""), weights)


def main():
    mode = sys.argv[1]
    if mode == "gather":
        gather(sys.argv[2], sys.argv[3])
        return
    if mode == "gather-old":
        gather(sys.argv[2], sys.argv[3], tuned_beside_the_code())
        return
    if mode == "gather-set":
        # gather-set SERVICE QUESTIONS.json OUT.json: the same for another judged set (FreshQuestions, BlindQuestions3-5).
        gather(sys.argv[2], sys.argv[4], json.load(open(sys.argv[3])))
        return
    if mode == "across-sets":
        across_sets(sys.argv[2:])
        return
    rows = json.load(open(sys.argv[2]))
    # --with OLD.json: the 28 questions tuned beside the code join every fit as a floor the weights must also hold
    # (they judge recommendations only); the folds and the estimate stay on the blind tuning half.
    old = json.load(open(sys.argv[sys.argv.index("--with") + 1])) if "--with" in sys.argv else []
    base = first_stage()
    print(f"first stage (words and meaning fused) on the tuning half: nDCG@10 {mean(rows, base):.3f}  recall@10 {mean(rows, base, recall):.3f}")
    order = list(range(len(rows)))
    random.Random(20261207).shuffle(order)
    folds = [order[k::5] for k in range(5)]
    scored = []
    for k, fold in enumerate(folds):
        train = [rows[i] for i in order if i not in fold]
        weights, _ = fit(train, old=old)
        scored += [(ndcg(rows[i], weights), recall(rows[i], weights), ndcg(rows[i], base)) for i in fold]
    print(f"five folds of the tuning half (each scored by weights fitted on the others): nDCG@10 {sum(s[0] for s in scored) / len(scored):.3f}"
          f" against {sum(s[2] for s in scored) / len(scored):.3f} before; recall@10 {sum(s[1] for s in scored) / len(scored):.3f}")
    weights, _ = fit(rows, old=old)
    best = mean(rows, weights)
    print(f"fitted on the whole tuning half: nDCG@10 {best:.3f}  recall@10 {mean(rows, weights, recall):.3f}")
    if old:
        print(f"the {len(old)} questions tuned beside the code: nDCG@10 {mean(old, base):.3f} before, {mean(old, weights):.3f} after;"
              f" recall@10 {mean(old, base, recall):.3f} before, {mean(old, weights, recall):.3f} after")
    show(weights)
    if "--write" in sys.argv:
        write(f"coordinate ascent on nDCG@10 over the {len(rows)} tuning questions of the blind set "
                  f"(tools/ScoreRelevance/fit-second-stage.py): {mean(rows, base):.3f} before, {best:.3f} after; "
                  f"five folds {sum(s[0] for s in scored) / len(scored):.3f}"
                  + (f"; fitted with the {len(old)} questions tuned beside the code, {mean(old, base):.3f} -> {mean(old, weights):.3f} on them" if old else ""), weights)


main()
