#!/usr/bin/env python3
"""Peak resident memory of a greedy generation through llama-cpp-python.

Loads the model (memory-mapped, as llama.cpp does by default), generates
`-n` tokens greedily from a short prompt, and prints the process's peak
resident set in KiB: the same measurement `compare_llamacpp.sh` takes of
`realm run`. The interpreter is part of the figure (about 10-15 MB); it is
llama.cpp as its PyPI package ships it.
"""
import argparse
import resource

import llama_cpp


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-m", "--model", required=True)
    ap.add_argument("-n", type=int, default=32)
    ap.add_argument("-t", type=int, default=2)
    ap.add_argument("--ctx", type=int, default=512)
    ap.add_argument("--prompt", default="The capital of France is")
    a = ap.parse_args()
    llm = llama_cpp.Llama(model_path=a.model, n_ctx=a.ctx, n_threads=a.t, n_threads_batch=a.t,
                          verbose=False)
    llm.create_completion(a.prompt, max_tokens=a.n, temperature=0.0)
    # ru_maxrss is in KiB on Linux.
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main()
