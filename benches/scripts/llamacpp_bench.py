#!/usr/bin/env python3
"""llama-bench's two tests through llama-cpp-python, printed as `realm bench --json` prints them.

pp: a prompt of n_prompt tokens evaluated in one batch from an empty cache;
tg: n_gen tokens evaluated one at a time. One warm-up, then `-r` repetitions;
mean and sample standard deviation of tokens/s. Tokens are the same
pseudo-random ids `realm bench` uses, so both tools do the same work.
"""
import argparse
import json
import statistics
import sys
import time

import llama_cpp


def tokens(n, n_vocab):
    """The ids realm's bench uses (runtime/src/bench.rs, `tokens`)."""
    state, out, mask = 0x9E3779B97F4A7C15, [], (1 << 64) - 1
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & mask
        out.append((state >> 33) % n_vocab)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-m", "--model", required=True)
    ap.add_argument("-p", type=int, default=512)
    ap.add_argument("-n", type=int, default=128)
    ap.add_argument("-r", type=int, default=5)
    ap.add_argument("-t", type=int, default=2)
    a = ap.parse_args()
    ctx = max(a.p, a.n) + 1
    llm = llama_cpp.Llama(model_path=a.model, n_ctx=ctx, n_batch=max(a.p, 1), n_ubatch=max(a.p, 1),
                          n_threads=a.t, n_threads_batch=a.t, logits_all=False, verbose=False)
    n_vocab = llm.n_vocab()
    results = []
    for n_prompt, n_gen in ((a.p, 0), (0, a.n)):
        if n_prompt + n_gen == 0:
            continue
        ids = tokens(n_prompt or n_gen, n_vocab)

        def run():
            llm.reset()
            llm._ctx.kv_cache_clear()
            start = time.perf_counter()
            if n_prompt:
                llm.eval(ids)
            else:
                for i in ids:
                    llm.eval([i])
            return time.perf_counter() - start

        run()
        samples = [(n_prompt + n_gen) / run() for _ in range(a.r)]
        results.append({
            "model_filename": a.model, "backend": "llama.cpp " + llama_cpp.__version__,
            "n_threads": a.t, "n_prompt": n_prompt, "n_gen": n_gen, "samples_ts": samples,
            "avg_ts": statistics.mean(samples),
            "stddev_ts": statistics.stdev(samples) if len(samples) > 1 else 0.0,
        })
    json.dump(results, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
