#!/usr/bin/env python3
"""Aggregate generation throughput of `realm serve` and llama.cpp's server
(llama-cpp-python[server]) with 1, 4, 8, 16, 32 concurrent streams, in one run.

Usage: serve_throughput.py --realm target/release/realm --llama-python VENV/bin/python
                           --model MODEL.gguf [--threads 2] [--tokens 64] [--streams 1,4,8,16,32]

Each level sends N streaming completions at once (greedy, max_tokens = --tokens)
and divides the generated tokens (from each response's usage) by the wall time
from the first request to the last [DONE]. Servers run one at a time, each on
--threads threads. Standard library only.
"""

import argparse
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

PROMPTS = [
    "Write a long story about a lighthouse keeper who finds a map.",
    "Explain in detail how a steam engine works, step by step.",
    "Describe a journey across a desert, with every day in detail.",
    "List the history of the printing press and its consequences.",
]


EOG_IDS = r"""
import sys, llama_cpp
llama_cpp.llama_backend_init()
params = llama_cpp.llama_model_default_params()
params.vocab_only = True
model = llama_cpp.llama_model_load_from_file(sys.argv[1].encode(), params)
vocab = llama_cpp.llama_model_get_vocab(model)
print(",".join(str(i) for i in range(llama_cpp.llama_vocab_n_tokens(vocab)) if llama_cpp.llama_vocab_is_eog(vocab, i)))
"""


def eog_ids(llama_python, model):
    """The model's end-of-generation tokens, as llama.cpp reads them."""
    out = subprocess.run([llama_python, "-c", EOG_IDS, model], capture_output=True, text=True, check=True)
    return [int(x) for x in out.stdout.strip().split(",") if x]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port, proc, timeout=180):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited with {proc.returncode}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/v1/models")
            if c.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit("server did not come up")


def one_stream(port, i, tokens, extra, out):
    body = {"prompt": PROMPTS[i % len(PROMPTS)], "max_tokens": tokens, "temperature": 0,
            "stream": True, "stream_options": {"include_usage": True}, **extra}
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    c.request("POST", "/v1/completions", json.dumps(body), {"Content-Type": "application/json"})
    r = c.getresponse()
    if r.status != 200:
        out.append(("error", r.status, r.read()[:200]))
        return
    generated = 0
    pieces = 0
    for raw in r:
        line = raw.decode().strip()
        if not line.startswith("data:"):
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            break
        chunk = json.loads(data)
        if chunk.get("usage"):
            generated = chunk["usage"]["completion_tokens"]
        if chunk.get("choices") and chunk["choices"][0].get("text"):
            pieces += 1
    out.append(("ok", generated or pieces, None))


def level(port, n, tokens, extra):
    out = []
    threads = [threading.Thread(target=one_stream, args=(port, i, tokens, extra, out)) for i in range(n)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    errors = [o for o in out if o[0] != "ok"]
    if errors:
        sys.exit(f"{len(errors)} requests failed: {errors[:3]}")
    total = sum(o[1] for o in out)
    return total / wall, total, wall


def sweep(name, cmd, port, levels, tokens, extra, env):
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            start_new_session=True)
    try:
        wait_ready(port, proc)
        level(port, 1, 8, extra)  # warm-up
        results = {}
        for n in levels:
            tps, total, wall = level(port, n, tokens, extra)
            results[n] = tps
            print(f"  {name:9} {n:3} streams: {total:5} tokens in {wall:6.1f} s = {tps:7.1f} tok/s", flush=True)
        return results
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--realm", required=True)
    ap.add_argument("--llama-python", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--tokens", type=int, default=64)
    ap.add_argument("--streams", default="1,4,8,16,32")
    ap.add_argument("--realm-only", action="store_true", help="skip llama.cpp (A/B runs of two realm builds)")
    args = ap.parse_args()
    levels = [int(x) for x in args.streams.split(",")]
    if not args.realm_only:
        # Checked first: the sweep of realm takes minutes, and without these
        # the llama.cpp server exits at once with a bare status.
        probe = subprocess.run([args.llama_python, "-c", "import llama_cpp.server.app"],
                               capture_output=True, text=True)
        if probe.returncode != 0:
            sys.exit("llama.cpp's server cannot start (" + probe.stderr.strip().splitlines()[-1]
                     + "): install its extras with " + os.path.dirname(args.llama_python)
                     + "/pip install 'llama-cpp-python[server]', or pass --realm-only")
    env = dict(os.environ, RAYON_NUM_THREADS=str(args.threads))

    # Both servers get the same request: end-of-generation tokens banned through
    # logit_bias, so every stream generates exactly --tokens tokens.
    extra = {"logit_bias": {str(i): -100 for i in eog_ids(args.llama_python, args.model)}}
    port = free_port()
    realm = sweep("realm", [args.realm, "serve", "--model", args.model, "--port", str(port),
                            "--parallel", str(max(levels)), "--ctx", "4096"],
                  port, levels, args.tokens, extra, env)
    if args.realm_only:
        return
    port = free_port()
    # llama-cpp-python's server runs one request at a time (a lock around the
    # model): it has no parallel slots to match. interrupt_requests=False keeps
    # it from cancelling a running stream when the next request arrives.
    llama = sweep("llama.cpp", [args.llama_python, "-m", "llama_cpp.server", "--model", args.model,
                                "--port", str(port), "--n_threads", str(args.threads),
                                "--n_threads_batch", str(args.threads), "--n_ctx", "4096",
                                "--interrupt_requests", "False"],
                  port, levels, args.tokens, extra, env)

    print(f"\n{'streams':>7} {'realm tok/s':>12} {'llama.cpp tok/s':>16} {'ratio':>6} {'realm vs 1 stream':>18}")
    for n in levels:
        print(f"{n:7} {realm[n]:12.1f} {llama[n]:16.1f} {realm[n] / llama[n]:6.2f} {realm[n] / realm[levels[0]]:17.2f}x")


if __name__ == "__main__":
    main()
