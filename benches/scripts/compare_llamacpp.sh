#!/usr/bin/env bash
# realm bench and llama.cpp side by side, alternating, on the same model and thread count.
#
#   benches/scripts/compare_llamacpp.sh [MODEL] [-p 512] [-n 128] [-r 3] [-t 2] [--backend cpu] [--rounds 2]
#
# Installs llama.cpp by name from PyPI (llama-cpp-python, built from source for
# this CPU) into a venv outside the repository ($REALM_PEER_VENV, default
# ~/.cache/realm/llamacpp-venv), builds realm in release mode, then runs each
# tool `--rounds` times in turn (realm, llama.cpp, realm, ...) so that machine
# noise hits both alike, and prints both and their ratio per test. Then the
# peak resident memory of a 32-token greedy generation on each (`realm run`,
# and llama.cpp with a 512-token context), and their ratio.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
model="" p=512 n=128 r=3 t=2 backend=cpu rounds=2
while [[ $# -gt 0 ]]; do
  case "$1" in
    -p) p="$2"; shift 2 ;;
    -n) n="$2"; shift 2 ;;
    -r) r="$2"; shift 2 ;;
    -t) t="$2"; shift 2 ;;
    --backend) backend="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) model="$1"; shift ;;
  esac
done

venv="${REALM_PEER_VENV:-$HOME/.cache/realm/llamacpp-venv}"
if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import llama_cpp" 2>/dev/null; then
  echo "installing llama-cpp-python into $venv (a source build: several minutes)" >&2
  python3 -m venv "$venv"
  CMAKE_ARGS="-DGGML_NATIVE=ON" "$venv/bin/pip" install --quiet llama-cpp-python
fi

(cd "$root" && cargo build --release -q -p realm-runtime)
realm="$root/target/release/realm"
if [[ -z "$model" ]]; then
  model="$("$realm" models --fetch smollm2 2>&1 >/dev/null | sed -n 's/^smollm2: //p')"
  [[ -n "$model" ]] || { echo "give a model path" >&2; exit 2; }
fi

out="$(mktemp -d)"
for round in $(seq 1 "$rounds"); do
  echo "round $round/$rounds: realm ($backend)" >&2
  "$realm" bench -m "$model" --backend "$backend" -p "$p" -n "$n" -r "$r" -t "$t" --json > "$out/realm.$round.json"
  echo "round $round/$rounds: llama.cpp" >&2
  "$venv/bin/python" "$here/llamacpp_bench.py" -m "$model" -p "$p" -n "$n" -r "$r" -t "$t" > "$out/peer.$round.json"
done

echo "peak memory: realm ($backend), then llama.cpp" >&2
prompt="The capital of France is"
python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' \
  env RAYON_NUM_THREADS="$t" "$realm" run -m "$model" --backend "$backend" -p "$prompt" -n 32 --temperature 0 > "$out/realm.rss"
"$venv/bin/python" "$here/llamacpp_peak_memory.py" -m "$model" -t "$t" -n 32 --prompt "$prompt" > "$out/peer.rss"

python3 - "$out" "$rounds" <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
def load(kind):
    tests = {}
    for i in range(1, rounds + 1):
        for row in json.load(open(f"{out}/{kind}.{i}.json")):
            key = f"pp{row['n_prompt']}" if row["n_prompt"] else f"tg{row['n_gen']}"
            tests.setdefault(key, []).extend(row["samples_ts"])
    return tests
realm, peer = load("realm"), load("peer")
print(f"| test | realm t/s | llama.cpp t/s | realm / llama.cpp |")
print(f"|---|---|---|---|")
for test in realm:
    a, b = realm[test], peer.get(test, [])
    ma = statistics.mean(a)
    sa = statistics.stdev(a) if len(a) > 1 else 0.0
    if not b:
        print(f"| {test} | {ma:.2f} ± {sa:.2f} | - | - |")
        continue
    mb = statistics.mean(b)
    sb = statistics.stdev(b) if len(b) > 1 else 0.0
    print(f"| {test} | {ma:.2f} ± {sa:.2f} | {mb:.2f} ± {sb:.2f} | {ma / mb:.3f} |")
mine, theirs = (int(open(f"{out}/{k}.rss").read()) / 1024 for k in ("realm", "peer"))
print(f"| peak RSS, 32-token generation | {mine:.0f} MB | {theirs:.0f} MB | {mine / theirs:.3f} |")
PY
