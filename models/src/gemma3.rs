//! Gemma 3.
//!
//! Differences from llama (llama.cpp's `llm_build_gemma3`): embeddings are
//! scaled by `sqrt(n_embd)`; queries and keys get a per-head RMSNorm before
//! RoPE; attention and feed-forward outputs get their own RMSNorm before each
//! residual add; the feed-forward is GeGLU; five of every six layers attend
//! through a sliding window with RoPE base 10k, the sixth globally with the
//! file's base. The converter stores norm weights as `1 + w`, so they are used
//! as is. The output projection is tied to the embedding.

use crate::backend::Backend;
use crate::error::ModelError;
use crate::model::{Layer, Loader};

pub(crate) fn load_layer<B: Backend>(
    l: &Loader<'_, B>,
    il: usize,
) -> Result<Layer<B::Weight>, ModelError> {
    let (n_embd, hd) = (l.config.n_embd, l.config.head_dim);
    let name = |t: &str| format!("blk.{il}.{t}");
    Ok(Layer {
        q_norm: Some(l.weight(&name("attn_q_norm.weight"), &[hd])?),
        k_norm: Some(l.weight(&name("attn_k_norm.weight"), &[hd])?),
        post_attn_norm: Some(l.weight(&name("post_attention_norm.weight"), &[n_embd])?),
        post_ffn_norm: Some(l.weight(&name("post_ffw_norm.weight"), &[n_embd])?),
        ..l.common_layer(il)?
    })
}
