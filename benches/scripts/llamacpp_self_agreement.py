#!/usr/bin/env python3
"""How far llama.cpp agrees with its own reference files, beside Realm.

For every tiny model in DIR (`runtime/tests/data/tiny`: a GGUF file and the
JSON of top-5 logits llama.cpp gave at every prompt position, f32 KV cache, no
flash attention, the prompt in one batch), this runs the same prompt through:

- llama.cpp in several of its own settings: the reference's, token by token,
  one thread, flash attention on (f32 and f16 KV cache);
- Realm's backends (`realm logits`), when `--realm` names the binary.

and prints, for each, the largest top-5 logit difference from the file and
every position whose top-1 differs from the file's, with the file's own
top-2 margin there.

It answers one question: where Realm's top-1 differs from llama.cpp's, does
llama.cpp's own top-1 hold at that position when only its arithmetic order
changes? The answer in December 2026 is in runtime/tests/reference_tiny.rs.

Usage (the llama.cpp venv of compare_llamacpp.sh):
    VENV/bin/python benches/scripts/llamacpp_self_agreement.py DIR \
        [--realm target/release/realm] [--backends reference,cpu] [--only Q6_K]
"""

import argparse
import glob
import json
import os
import subprocess

import numpy as np

from llamacpp_settings import GGML_TYPE_F16, open_llama

# The reference files' setting first; the others change only arithmetic order
# or precision inside llama.cpp, never the model or the prompt.
LLAMA_CPP_SETTINGS = {
    "llama.cpp: reference setting": dict(),
    "llama.cpp: token by token": dict(n_batch=1),
    "llama.cpp: 1 thread": dict(n_threads=1),
    "llama.cpp: flash attention": dict(flash_attn=True),
    "llama.cpp: defaults (FA, f16 KV)": dict(flash_attn=True, kv=GGML_TYPE_F16),
}


def read_reference(path):
    # Token pieces of byte tokens may be invalid UTF-8.
    return json.loads(open(path, "rb").read().decode("utf-8", "replace"))


def llama_cpp_logits(model, ids, setting):
    llm = open_llama(model, n_ctx=128, **setting)
    llm.eval(ids)
    logits = np.array(llm.scores[: len(ids)], dtype=np.float32)
    del llm
    return logits


def realm_logits(realm, backend, model, prompt, ids, n_vocab):
    out = subprocess.run(
        [realm, "logits", "--model", model, "--prompt", prompt, "--top-k", str(n_vocab),
         "--backend", backend, "--json"],
        capture_output=True, check=True,
        env={**os.environ, "XDG_RUNTIME_DIR": os.environ.get("XDG_RUNTIME_DIR", "/tmp")},
    ).stdout
    result = json.loads(out)
    if result["prompt_token_ids"] != ids:
        raise SystemExit(f"{model}: realm tokenized the prompt differently")
    logits = np.full((len(ids), n_vocab), -np.inf, dtype=np.float32)
    for position in result["positions"]:
        logits[position["pos"], position["ids"]] = position["logits"]
    return logits


def compare(logits, reference):
    """Largest top-5 difference, and the positions whose top-1 differs."""
    max_diff, flips = 0.0, []
    for position in reference["prompt_positions_topk"]:
        p, want_ids, want = position["pos"], position["ids"], position["logits"]
        row = logits[p]
        max_diff = max(max_diff, max(abs(float(row[i]) - w) for i, w in zip(want_ids, want)))
        top = int(np.argmax(row))
        if top != want_ids[0]:
            flips.append(f"pos {p}: {top} for {want_ids[0]} (file margin {want[0] - want[1]:.4f})")
    return max_diff, flips


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", help="the tiny models and their llama.cpp JSON files")
    parser.add_argument("--realm", help="the realm binary, to add its backends")
    parser.add_argument("--backends", default="reference,cpu")
    parser.add_argument("--only", default="", help="models whose name contains this")
    args = parser.parse_args()

    for json_path in sorted(glob.glob(os.path.join(args.dir, "*.json"))):
        reference = read_reference(json_path)
        name = reference["model"]
        if args.only not in name:
            continue
        model = os.path.join(args.dir, name)
        ids = reference["prompt_token_ids"]
        print(f"== {name} ({len(ids)} positions)")
        results = {}
        for label, setting in LLAMA_CPP_SETTINGS.items():
            results[label] = llama_cpp_logits(model, ids, setting)
        n_vocab = results["llama.cpp: reference setting"].shape[1]
        if args.realm:
            for backend in args.backends.split(","):
                results[f"realm: {backend}"] = realm_logits(
                    args.realm, backend, model, reference["prompt"], ids, n_vocab)
        for label, logits in results.items():
            max_diff, flips = compare(logits, reference)
            print(f"  {label:34s} max |diff| {max_diff:.5f}  top-1 differs: {flips or 'nowhere'}")


if __name__ == "__main__":
    main()
