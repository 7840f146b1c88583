#!/usr/bin/env bash
# Scores a set of relevance questions against the real service, once per configuration given: each
# "label|--Setting=value ..." starts the service on the bundled corpus with those settings (one index folder for all,
# so the vectors are made once), waits until /health says search by meaning is ready or off, and prints nDCG@10 and
# recall@10 as docs/quality.md reports them, each with a 95 % bootstrap interval over the questions.
#   HALF=tuning bash tools/ScoreRelevance/score-half.sh "words alone|--Search:Meaning=false --Search:Vocabulary=false" "hybrid|"
# By default the questions are one half of the blind set (tests/SearchApi.Tests/Relevance/BlindQuestions/$HALF.json);
# --questions FILE scores another list of {"question", "relevant": {unit: grade}} (FreshQuestions/judgements.json),
# and --questions tuned-beside-the-code the 28 questions of tests/SearchApi.Tests/Search/RelevanceTests.cs.
# --per-question FILE also writes each question's two figures (JSON), for a paired comparison of two runs; with several
# configurations, one file each, FILE-<label>.json.
#   bash tools/ScoreRelevance/score-half.sh --questions tests/SearchApi.Tests/Relevance/FreshQuestions/judgements.json "hybrid|"
# INDEX (the index folder) and CORPUS (the corpus folder, default this checkout's corpus/) let two checkouts score
# on one index. Score a held-out set (HALF=heldout, FreshQuestions) only once, on settings chosen on the tuning half.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
half=${HALF:-tuning}
questions="$root/tests/SearchApi.Tests/Relevance/BlindQuestions/$half.json"
per_question=""
while [[ $# -gt 0 && $1 == --* ]]; do
  case $1 in
    --questions) questions=$2; shift 2 ;;
    --per-question) per_question=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ $questions == tuned-beside-the-code || -f $questions ]] || { echo "no question file $questions" >&2; exit 2; }
corpus=${CORPUS:-$root/corpus}
index=${INDEX:-$(mktemp -d)/index}
port=${PORT:-5099}
dotnet build "$root/src/SearchApi" -v q -nologo >/dev/null
dll="$root/src/SearchApi/bin/Debug/net10.0/LearningSearch.SearchApi.dll"
for spec in "$@"; do
  label=${spec%%|*}; settings=${spec#*|}
  # shellcheck disable=SC2086
  dotnet "$dll" --urls "http://127.0.0.1:$port" --Index:Path="$index" --Corpus:Path="$corpus" \
    --RateLimit:PermitsPerMinute=0 --Logging:LogLevel:Default=Warning $settings >/dev/null 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null' EXIT
  for _ in $(seq 1 600); do
    curl -s "http://127.0.0.1:$port/health" 2>/dev/null | grep -q "Search by meaning is ready\|Search by meaning is off" && \
      ! curl -s "http://127.0.0.1:$port/health" | grep -q "being added" && break
    sleep 0.5
  done
  # With several configurations, each writes its own per-question file (FILE-<label>.json), not one over another's.
  per_config=$per_question
  if [[ -n $per_question && $# -gt 1 ]]; then per_config="${per_question%.json}-$(echo "$label" | tr -cs 'A-Za-z0-9' '-' | sed 's/-*$//').json"; fi
  python3 - "$label" "$questions" "$root" "$port" "$per_config" <<'PY'
import json, math, os, random, re, sys, urllib.parse, urllib.request
label, source, root, port, per_question = sys.argv[1:]
if source == "tuned-beside-the-code":
    # As tools/ScoreRelevance/fit-second-stage.py reads them: each expected recommendation graded 1.
    tests = open(f"{root}/tests/SearchApi.Tests/Search/RelevanceTests.cs").read()
    questions = [{"question": q, "relevant": {unit: 1 for unit in re.findall(r'"([^"]+)"', ids)}}
                 for q, ids in re.findall(r'\("([^"]+)", \[([^\]]+)\]\)', tests)]
    name = "28 tuned beside the code"
else:
    questions = json.load(open(source))
    name = os.path.basename(os.path.dirname(source)) + "/" + os.path.basename(source)
ndcg, recall, asked = [], [], []
for q in questions:
    relevant = q["relevant"]
    if not relevant:
        continue
    answer = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?pageSize=10&q=" + urllib.parse.quote(q["question"])))
    top = [h["id"] for h in answer["hits"]][:10]
    dcg = sum(relevant.get(unit, 0) / math.log2(rank + 2) for rank, unit in enumerate(top))
    ideal = sum(g / math.log2(rank + 2) for rank, g in enumerate(sorted(relevant.values(), reverse=True)[:10]))
    ndcg.append(dcg / ideal)
    recall.append(sum(unit in relevant for unit in top) / min(10, len(relevant)))
    asked.append(q["question"])

def interval(values, rounds=10000):
    # Questions resampled with replacement, a fixed seed so that a run repeats its interval.
    rng = random.Random(19)
    means = sorted(sum(rng.choices(values, k=len(values))) / len(values) for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]

(n_lo, n_hi), (r_lo, r_hi) = interval(ndcg), interval(recall)
print(f"{label:45s} {name}: nDCG@10 {sum(ndcg) / len(ndcg):.3f} ({n_lo:.3f}-{n_hi:.3f})  "
      f"recall@10 {sum(recall) / len(recall):.3f} ({r_lo:.3f}-{r_hi:.3f})  ({len(ndcg)} questions, 95 % bootstrap over questions)")
if per_question:
    json.dump([{"question": q, "ndcg": n, "recall": r} for q, n, r in zip(asked, ndcg, recall)], open(per_question, "w"), indent=1)
PY
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT
done
