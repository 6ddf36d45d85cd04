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
    let c = l.config;
    let (n_embd, n_q, n_kv, hd) = (c.n_embd, c.n_head * c.head_dim, c.n_embd_kv(), c.head_dim);
    let name = |t: &str| format!("blk.{il}.{t}");
    Ok(Layer {
        attn_norm: l.weight(&name("attn_norm.weight"), &[n_embd])?,
        wq: l.weight(&name("attn_q.weight"), &[n_embd, n_q])?,
        wk: l.weight(&name("attn_k.weight"), &[n_embd, n_kv])?,
        wv: l.weight(&name("attn_v.weight"), &[n_embd, n_kv])?,
        wo: l.weight(&name("attn_output.weight"), &[n_q, n_embd])?,
        bq: None,
        bk: None,
        bv: None,
        q_norm: Some(l.weight(&name("attn_q_norm.weight"), &[hd])?),
        k_norm: Some(l.weight(&name("attn_k_norm.weight"), &[hd])?),
        post_attn_norm: Some(l.weight(&name("post_attention_norm.weight"), &[n_embd])?),
        ffn_norm: l.weight(&name("ffn_norm.weight"), &[n_embd])?,
        gate: l.weight(&name("ffn_gate.weight"), &[n_embd, c.n_ff])?,
        up: l.weight(&name("ffn_up.weight"), &[n_embd, c.n_ff])?,
        down: l.weight(&name("ffn_down.weight"), &[c.n_ff, n_embd])?,
        post_ffn_norm: Some(l.weight(&name("post_ffw_norm.weight"), &[n_embd])?),
    })
}
