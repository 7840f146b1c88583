#!/usr/bin/env bash
# Scores one half of the blind relevance questions (tests/SearchApi.Tests/Relevance/BlindQuestions) against the real
# service, once per configuration given: each "label|--Setting=value ..." starts the service on the bundled corpus
# with those settings (one index folder for all, so the vectors are made once), waits until /health says search by
# meaning is ready or off, and prints nDCG@10 and recall@10 as docs/quality.md reports them.
#   HALF=tuning bash tools/ScoreRelevance/score-half.sh "words alone|--Search:Meaning=false --Search:Vocabulary=false" "hybrid|"
# Score the held-out half (HALF=heldout) only once, on settings chosen on the tuning half.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
half=${HALF:-tuning}
index=${INDEX:-$(mktemp -d)/index}
port=${PORT:-5099}
dotnet build "$root/src/SearchApi" -v q -nologo >/dev/null
dll="$root/src/SearchApi/bin/Debug/net10.0/LearningSearch.SearchApi.dll"
for spec in "$@"; do
  label=${spec%%|*}; settings=${spec#*|}
  # shellcheck disable=SC2086
  dotnet "$dll" --urls "http://127.0.0.1:$port" --Index:Path="$index" --Corpus:Path="$root/corpus" \
    --RateLimit:PermitsPerMinute=0 --Logging:LogLevel:Default=Warning $settings >/dev/null 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null' EXIT
  for _ in $(seq 1 600); do
    curl -s "http://127.0.0.1:$port/health" 2>/dev/null | grep -q "Search by meaning is ready\|Search by meaning is off" && \
      ! curl -s "http://127.0.0.1:$port/health" | grep -q "being added" && break
    sleep 0.5
  done
  python3 - "$label" "$half" "$root" "$port" <<'PY'
import json, math, sys, urllib.parse, urllib.request
label, half, root, port = sys.argv[1:]
questions = json.load(open(f"{root}/tests/SearchApi.Tests/Relevance/BlindQuestions/{half}.json"))
ndcg, recall = [], []
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
print(f"{label:45s} {half}: nDCG@10 {sum(ndcg) / len(ndcg):.3f}  recall@10 {sum(recall) / len(recall):.3f}  ({len(ndcg)} questions)")
PY
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT
done
