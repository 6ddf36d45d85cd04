//! The llama family: Llama 1/2/3, Mistral, SmolLM, TinyLlama, and Qwen2.
//!
//! `x → x + wo·attn(rope(wq·norm(x)), rope(wk·norm(x)), wv·norm(x))`, then
//! `x → x + down(silu(gate·norm(x)) * up·norm(x))`. Qwen2 adds biases to the
//! q/k/v projections. GGUF names: `blk.N.attn_{norm,q,k,v,output}`,
//! `blk.N.ffn_{norm,gate,up,down}` (llama.cpp's `LLM_ARCH_LLAMA` tensor map).

use crate::backend::Backend;
use crate::config::Architecture;
use crate::error::ModelError;
use crate::model::{Layer, Loader};

pub(crate) fn load_layer<B: Backend>(
    l: &Loader<'_, B>,
    il: usize,
) -> Result<Layer<B::Weight>, ModelError> {
    let c = l.config;
    let (n_q, n_kv) = (c.n_head * c.head_dim, c.n_embd_kv());
    // Qwen2 always has biases; the others may too (some Llama fine-tunes do).
    let bias = |t: &str, n: usize| -> Result<Option<B::Weight>, ModelError> {
        let name = format!("blk.{il}.{t}");
        let b = l.optional(&name, &[n])?;
        if b.is_none() && c.arch == Architecture::Qwen2 {
            return Err(ModelError::MissingTensor(name));
        }
        Ok(b)
    };
    Ok(Layer {
        bq: bias("attn_q.bias", n_q)?,
        bk: bias("attn_k.bias", n_kv)?,
        bv: bias("attn_v.bias", n_kv)?,
        ..l.common_layer(il)?
    })
}
