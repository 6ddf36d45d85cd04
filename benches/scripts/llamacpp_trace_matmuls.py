#!/usr/bin/env python3
"""Record the inputs and outputs of every quantized matmul llama.cpp runs on a
prompt, through ggml's eval callback, for tracing where Realm's reference
backend and llama.cpp part ways.

Usage (with the llama.cpp venv of compare_llamacpp.sh):
    VENV/bin/python benches/scripts/llamacpp_trace_matmuls.py MODEL.gguf TOKEN_IDS.json OUT.npz

TOKEN_IDS.json is a JSON list of token ids, or a reference file with
`prompt_token_ids` (runtime/tests/data/tiny/*.json). Settings are those of the
shared references: f32 KV cache, no flash attention, 2 threads, the prompt in
one batch.

OUT.npz holds, for the k-th quantized matmul (key `KKK:node:weight:type`):
`KEY|w` the weight's raw GGUF bytes, `KEY|x` its f32 input rows and `KEY|y`
its f32 output rows. Compare `x` and `y` with the reference backend's, and
recompute `y` from `x` and `w` (gguf's dequantization plus ggml's activation
rounding, `realm_ir::activation`) to tell an input difference from an
arithmetic one.

What this found in December 2026 is in runtime/tests/reference_tiny.rs.
"""

import ctypes
import json
import sys

import numpy as np
import llama_cpp
import llama_cpp.llama_cpp as bindings
from llama_cpp import Llama

GGML_OP_MUL_MAT = 29  # enum ggml_op in the bundled ggml.h
GGML_TYPE_F32 = 0


class Tensor(ctypes.Structure):
    pass


# struct ggml_tensor of the bundled ggml (GGML_MAX_DIMS 4, GGML_MAX_OP_PARAMS
# 64 bytes, GGML_MAX_SRC 10, GGML_MAX_NAME 64).
Tensor._fields_ = [
    ("type", ctypes.c_int),
    ("buffer", ctypes.c_void_p),
    ("ne", ctypes.c_int64 * 4),
    ("nb", ctypes.c_size_t * 4),
    ("op", ctypes.c_int),
    ("op_params", ctypes.c_int32 * 16),
    ("flags", ctypes.c_int32),
    ("src", ctypes.POINTER(Tensor) * 10),
    ("view_src", ctypes.c_void_p),
    ("view_offs", ctypes.c_size_t),
    ("data", ctypes.c_void_p),
    ("name", ctypes.c_char * 64),
    ("extra", ctypes.c_void_p),
    ("padding", ctypes.c_char * 8),
]


def raw_bytes(t, n):
    return np.ctypeslib.as_array(ctypes.cast(t.data, ctypes.POINTER(ctypes.c_uint8)), shape=(n,)).copy()


def rows_f32(t):
    """A contiguous 2-D f32 tensor as [rows, cols], else None."""
    if t.type != GGML_TYPE_F32 or t.nb[1] != 4 * t.ne[0] or t.ne[2] != 1 or t.ne[3] != 1:
        return None
    return raw_bytes(t, t.nb[1] * t.ne[1]).view(np.float32).reshape(t.ne[1], t.ne[0])


def main():
    model, ids_path, out_path = sys.argv[1:4]
    ids = json.loads(open(ids_path, "rb").read().decode("utf-8", "replace"))
    if isinstance(ids, dict):
        ids = ids["prompt_token_ids"]
    recorded = {}

    @llama_cpp.ggml_backend_sched_eval_callback
    def on_node(ptr, ask, _user):
        t = ctypes.cast(ptr, ctypes.POINTER(Tensor)).contents
        if ask:
            return t.op == GGML_OP_MUL_MAT
        w, x = t.src[0].contents, t.src[1].contents
        if w.type != GGML_TYPE_F32 and rows_f32(x) is not None and rows_f32(t) is not None:
            key = f"{len(recorded):03d}:{t.name.decode()}:{w.name.decode()}:{w.type}"
            recorded[key] = (raw_bytes(w, w.nb[1] * w.ne[1]), rows_f32(x), rows_f32(t))
        return True

    # llama-cpp-python takes no callback argument: set it on its context params.
    default_params = bindings.llama_context_default_params

    def with_callback():
        p = default_params()
        p.cb_eval = on_node
        return p

    bindings.llama_context_default_params = with_callback
    llm = Llama(model, n_ctx=max(128, len(ids)), n_threads=2, logits_all=True, verbose=False,
                flash_attn=False, type_k=0, type_v=0)
    llm.eval(ids)
    arrays = {}
    for key, (w, x, y) in recorded.items():
        arrays[key + "|w"], arrays[key + "|x"], arrays[key + "|y"] = w, x, y
    np.savez(out_path, **arrays)
    print(f"{len(recorded)} quantized matmuls -> {out_path}")


if __name__ == "__main__":
    main()
