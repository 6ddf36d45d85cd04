"""llama.cpp through llama-cpp-python in one named arithmetic setting: what
the self-agreement scripts vary (prompt batch size, flash attention, KV cache
type, threads) while the model and the prompt stay the same."""

from llama_cpp import Llama

GGML_TYPE_F32, GGML_TYPE_F16 = 0, 1


def open_llama(model, n_ctx, n_batch=512, flash_attn=False, kv=GGML_TYPE_F32, n_threads=2):
    """A context with logits kept for every evaluated token. `n_batch` is
    also the micro-batch, so the prompt is computed in chunks of that size."""
    return Llama(model, n_ctx=n_ctx, n_threads=n_threads, logits_all=True, verbose=False,
                 n_batch=n_batch, n_ubatch=n_batch, flash_attn=flash_attn,
                 type_k=kv, type_v=kv)
