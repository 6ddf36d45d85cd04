#!/usr/bin/env python3
"""How far llama.cpp's greedy tokens on the real models hold when only its
arithmetic order changes.

The shared greedy reference (`runtime/tests/data/reference/llamacpp_greedy.json`)
holds 32 greedy tokens per prompt from llama.cpp with f32 KV and no flash
attention, the prompt in one batch. This script reruns each prompt through
llama.cpp in that setting and in others that change only the order of its
arithmetic (the prompt token by token, or in batches of 4; flash attention
with f16 KV, llama.cpp's defaults), and prints for each how many of the 32
tokens equal the reference before the first that differs.

It is the greedy counterpart of llamacpp_self_agreement.py: where Realm's
free-running tokens leave llama.cpp's at a near-tie, does llama.cpp's own
path hold there? The answer in December 2026 is in benches/RESULTS.md
(session 20).

Usage (a llama.cpp venv from benches/README.md):
    VENV/bin/python benches/scripts/llamacpp_greedy_self_agreement.py REFERENCE_JSON \
        --model smollm2=PATH --model gemma3=PATH
"""

import argparse
import json

import numpy as np

from llamacpp_settings import GGML_TYPE_F16, open_llama

STEPS = 32

SETTINGS = {
    "reference setting": dict(),
    "prompt token by token": dict(n_batch=1),
    "prompt in batches of 4": dict(n_batch=4),
    "defaults (FA, f16 KV)": dict(flash_attn=True, kv=GGML_TYPE_F16),
}


def greedy(model, prompt_ids, setting):
    """32 greedy tokens (argmax of raw logits, ties to the lowest id; end of
    generation not stopped at), as the reference made them."""
    llm = open_llama(model, n_ctx=256, **setting)
    llm.eval(list(prompt_ids))
    tokens = []
    for _ in range(STEPS):
        token = int(np.argmax(np.asarray(llm.scores[llm.n_tokens - 1])))
        tokens.append(token)
        llm.eval([token])
    del llm
    return tokens


def equal_prefix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", help="llamacpp_greedy.json")
    parser.add_argument("--model", action="append", default=[],
                        help="NAME=PATH for each model the reference names")
    args = parser.parse_args()
    models = dict(m.split("=", 1) for m in args.model)
    reference = json.load(open(args.reference))
    for case in reference["cases"]:
        if case["model"] not in models:
            print(f"{case['id']}: skipped, no --model {case['model']}=PATH")
            continue
        want = case["greedy_fa_off_kv_f32"]["token_ids"]
        results = []
        for label, setting in SETTINGS.items():
            got = greedy(models[case["model"]], case["prompt_token_ids"], setting)
            results.append(f"{label} {equal_prefix(got, want)}")
        print(f"{case['id']:38s} steps equal to the f32 reference: " + ", ".join(results))


if __name__ == "__main__":
    main()
