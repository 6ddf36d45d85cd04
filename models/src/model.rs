//! A loaded model and its forward pass: the pre-norm decoder-only transformer
//! that every supported architecture is a variant of.

use crate::backend::{Backend, KvCache};
use crate::config::{Architecture, ModelConfig};
use crate::error::ModelError;
use crate::source::ModelSource;
use crate::{gemma3, llama};
use realm_ir::ops::{AttentionMask, AttentionShape, GluActivation};

/// One transformer block. Optional parts exist only in some architectures.
pub struct Layer<W> {
    pub attn_norm: W,
    /// Projections: `wq [n_embd → n_head·head_dim]`, `wk`/`wv [n_embd → n_kv_head·head_dim]`,
    /// `wo [n_head·head_dim → n_embd]`.
    pub wq: W,
    pub wk: W,
    pub wv: W,
    pub wo: W,
    /// Qwen2's projection biases.
    pub bq: Option<W>,
    pub bk: Option<W>,
    pub bv: Option<W>,
    /// Gemma 3's per-head RMSNorm of queries and keys (`[head_dim]`).
    pub q_norm: Option<W>,
    pub k_norm: Option<W>,
    /// Gemma's norm of the attention output before the residual add.
    pub post_attn_norm: Option<W>,
    pub ffn_norm: W,
    /// Feed-forward: `down(act(gate(x)) * up(x))`, `gate`/`up [n_embd → n_ff]`, `down [n_ff → n_embd]`.
    pub gate: W,
    pub up: W,
    pub down: W,
    /// Gemma's norm of the feed-forward output before the residual add.
    pub post_ffn_norm: Option<W>,
}

/// Which positions' logits a forward pass returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Logits {
    /// Only the last position (generation).
    Last,
    /// Every position (teacher forcing, perplexity).
    All,
    /// None (a prompt chunk whose sequence is not done prefilling).
    None,
}

/// A model ready to run on backend `B`.
pub struct Model<B: Backend> {
    pub config: ModelConfig,
    pub(crate) token_embd: B::Weight,
    pub(crate) layers: Vec<Layer<B::Weight>>,
    pub(crate) output_norm: B::Weight,
    /// `None`: the output projection is tied to the token embedding.
    pub(crate) output: Option<B::Weight>,
    pub(crate) activation: GluActivation,
}

impl<B: Backend> Model<B> {
    /// Assembles the model described by `src`'s metadata, handing every weight
    /// to `backend`. `progress(done, total)` is called after each layer.
    pub fn load(
        src: &dyn ModelSource,
        backend: &B,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Model<B>, ModelError> {
        let config = ModelConfig::from_source(src)?;
        let loader = Loader {
            src,
            backend,
            config: &config,
        };
        let token_embd = loader.weight("token_embd.weight", &[config.n_embd, config.n_vocab])?;
        let mut layers = Vec::with_capacity(config.n_layer);
        for il in 0..config.n_layer {
            layers.push(match config.arch {
                Architecture::Llama | Architecture::Qwen2 => llama::load_layer(&loader, il)?,
                Architecture::Gemma3 => gemma3::load_layer(&loader, il)?,
            });
            progress(il + 1, config.n_layer);
        }
        let output_norm = loader.weight("output_norm.weight", &[config.n_embd])?;
        let output = loader.optional("output.weight", &[config.n_embd, config.n_vocab])?;
        let activation = match config.arch {
            Architecture::Gemma3 => GluActivation::GeGlu,
            _ => GluActivation::SwiGlu,
        };
        Ok(Model {
            config,
            token_embd,
            layers,
            output_norm,
            output,
            activation,
        })
    }

    /// A KV cache for up to `capacity` positions.
    pub fn new_cache(&self, backend: &B, capacity: usize) -> B::Cache {
        backend.new_cache(self.config.n_layer, self.config.n_embd_kv(), capacity)
    }

    /// Runs `tokens` at the positions after those already in `cache` and
    /// returns logits, `[rows, n_vocab]` row-major.
    pub fn forward(
        &self,
        backend: &B,
        cache: &mut B::Cache,
        tokens: &[u32],
        logits: Logits,
    ) -> Result<Vec<f32>, ModelError> {
        let mut batch = [Sequence {
            cache,
            tokens,
            logits,
        }];
        Ok(self
            .forward_batch(backend, &mut batch)?
            .pop()
            .unwrap_or_default())
    }

    /// Runs several sequences in one pass: each one's `tokens` at the
    /// positions after those already in its own cache. Every row of every
    /// sequence goes through the same matrix products (a weight is read once
    /// for the whole batch, which is what continuous batching is for); RoPE
    /// and attention run per sequence, on its own positions and cache.
    /// Returns each sequence's logits, `[rows, n_vocab]` row-major.
    pub fn forward_batch(
        &self,
        backend: &B,
        batch: &mut [Sequence<'_, B::Cache>],
    ) -> Result<Vec<Vec<f32>>, ModelError> {
        let Some(out) = self.forward_to_logits(backend, batch)? else {
            return Ok(vec![Vec::new(); batch.len()]);
        };
        let all = backend.to_host(&out.logits); // [rows, n_vocab]
        Ok(out.per_sequence(all, self.config.n_vocab, batch.len()))
    }

    /// [`Self::forward_batch`], returning for every wanted row its argmax
    /// (the greedy token, lowest id among equals) instead of its logits. The
    /// argmax runs where the backend computes: on a GPU, one id per row is
    /// all that comes back to the host.
    pub fn forward_batch_argmax(
        &self,
        backend: &B,
        batch: &mut [Sequence<'_, B::Cache>],
    ) -> Result<Vec<Vec<u32>>, ModelError> {
        let Some(out) = self.forward_to_logits(backend, batch)? else {
            return Ok(vec![Vec::new(); batch.len()]);
        };
        let ids = backend.argmax_rows(&out.logits);
        Ok(out.per_sequence(ids, 1, batch.len()))
    }

    /// The batched pass up to the logits of the wanted rows, left where the
    /// backend computes; `None` when no row's logits are wanted.
    fn forward_to_logits(
        &self,
        backend: &B,
        batch: &mut [Sequence<'_, B::Cache>],
    ) -> Result<Option<BatchLogits<B::Tensor>>, ModelError> {
        let c = &self.config;
        for seq in batch.iter() {
            let needed = seq.cache.len() + seq.tokens.len();
            if needed > seq.cache.capacity() {
                return Err(ModelError::ContextFull {
                    needed,
                    capacity: seq.cache.capacity(),
                });
            }
        }
        let live: Vec<usize> = (0..batch.len())
            .filter(|&i| !batch[i].tokens.is_empty())
            .collect();
        if live.is_empty() {
            return Ok(None);
        }
        // Where each sequence's rows sit in the batch, and its first position.
        let mut segments = Vec::with_capacity(live.len());
        let mut row = 0;
        for &i in &live {
            let n = batch[i].tokens.len();
            segments.push(Segment {
                index: i,
                row,
                rows: n,
                pos0: batch[i].cache.len(),
            });
            row += n;
        }
        let tokens: Vec<u32> = live
            .iter()
            .flat_map(|&i| batch[i].tokens.iter().copied())
            .collect();
        let shape = AttentionShape {
            n_head: c.n_head,
            n_kv_head: c.n_kv_head,
            head_dim: c.head_dim,
        };

        let mut x = backend.embed(&self.token_embd, &tokens)?; // [n, n_embd]
        if c.embedding_scale != 1.0 {
            backend.scale(&mut x, c.embedding_scale);
        }
        for (il, layer) in self.layers.iter().enumerate() {
            let sliding = c.layer_is_sliding(il);
            let rope = if sliding { &c.rope_local } else { &c.rope };
            let mask = AttentionMask {
                causal: true,
                window: if sliding { c.sliding_window } else { None },
            };

            // Attention block.
            let h = backend.rms_norm(&x, &layer.attn_norm, c.rms_eps);
            let mut q = project(backend, &h, &layer.wq, layer.bq.as_ref()); // [n, n_head·hd]
            let mut k = project(backend, &h, &layer.wk, layer.bk.as_ref()); // [n, n_kv·hd]
            let v = project(backend, &h, &layer.wv, layer.bv.as_ref()); // [n, n_kv·hd]
            if let Some(norm) = &layer.q_norm {
                q = backend.rms_norm(&q, norm, c.rms_eps);
            }
            if let Some(norm) = &layer.k_norm {
                k = backend.rms_norm(&k, norm, c.rms_eps);
            }
            // RoPE at the sequence's own positions, then attention over its own cache.
            let mut attend = |seg: &Segment, mut q: B::Tensor, mut k: B::Tensor, v: &B::Tensor| {
                backend.rope(&mut q, seg.pos0, c.head_dim, rope);
                backend.rope(&mut k, seg.pos0, c.head_dim, rope);
                let cache = &mut *batch[seg.index].cache;
                backend.attention(
                    cache,
                    il,
                    &q,
                    &k,
                    v,
                    seg.pos0,
                    shape,
                    c.attention_scale,
                    mask,
                )
            };
            let attn = if let [seg] = segments.as_slice() {
                // One sequence: no slicing, no copies.
                attend(seg, q, k, &v)
            } else {
                let parts: Vec<B::Tensor> = segments
                    .iter()
                    .map(|seg| {
                        let rows = |x: &B::Tensor| backend.slice_rows(x, seg.row, seg.rows);
                        attend(seg, rows(&q), rows(&k), &rows(&v))
                    })
                    .collect();
                backend.concat_rows(&parts)
            };
            let mut out = backend.matmul(&attn, &layer.wo); // [n, n_embd]
            if let Some(norm) = &layer.post_attn_norm {
                out = backend.rms_norm(&out, norm, c.rms_eps);
            }
            backend.add(&mut x, &out);

            // Feed-forward block.
            let h = backend.rms_norm(&x, &layer.ffn_norm, c.rms_eps);
            let gate = backend.matmul(&h, &layer.gate); // [n, n_ff]
            let up = backend.matmul(&h, &layer.up); // [n, n_ff]
            let mut out = backend.matmul(&backend.glu(&gate, &up, self.activation), &layer.down);
            if let Some(norm) = &layer.post_ffn_norm {
                out = backend.rms_norm(&out, norm, c.rms_eps);
            }
            backend.add(&mut x, &out);
        }
        for seg in &segments {
            let cache = &mut *batch[seg.index].cache;
            backend.commit(cache, seg.pos0 + seg.rows);
        }

        // The output projection is the largest matrix: it too runs once, on
        // the rows whose logits are wanted, from every sequence together.
        let wanted: Vec<(usize, usize)> = segments
            .iter()
            .map(|seg| match batch[seg.index].logits {
                Logits::Last => (seg.row + seg.rows - 1, 1),
                Logits::All => (seg.row, seg.rows),
                Logits::None => (seg.row, 0),
            })
            .collect();
        let n_wanted: usize = wanted.iter().map(|w| w.1).sum();
        if n_wanted == 0 {
            return Ok(None);
        }
        if n_wanted < row {
            let parts: Vec<B::Tensor> = wanted
                .iter()
                .filter(|w| w.1 > 0)
                .map(|&(start, n)| backend.slice_rows(&x, start, n))
                .collect();
            x = if parts.len() == 1 {
                parts.into_iter().next().unwrap_or(x)
            } else {
                backend.concat_rows(&parts)
            };
        }
        let x = backend.rms_norm(&x, &self.output_norm, c.rms_eps);
        let output = self.output.as_ref().unwrap_or(&self.token_embd);
        let rows = segments
            .iter()
            .zip(&wanted)
            .map(|(seg, &(_, n))| (seg.index, n))
            .collect();
        Ok(Some(BatchLogits {
            logits: backend.matmul(&x, output), // [rows, n_vocab]
            rows,
        }))
    }
}

/// The logits of a batched pass, still on the backend.
struct BatchLogits<T> {
    /// `[wanted rows, n_vocab]`.
    logits: T,
    /// Each live sequence's index in the batch and its number of wanted
    /// rows, in the order of `logits`' rows.
    rows: Vec<(usize, usize)>,
}

impl<T> BatchLogits<T> {
    /// Splits `values` (`width` per wanted row, in `logits`' row order) into
    /// one vector per sequence of a batch of `n`.
    fn per_sequence<V: Clone>(&self, values: Vec<V>, width: usize, n: usize) -> Vec<Vec<V>> {
        let mut results = vec![Vec::new(); n];
        if let [(index, _)] = self.rows[..] {
            // One sequence: its values are all of them, no copy.
            results[index] = values;
            return results;
        }
        let mut at = 0;
        for &(index, rows) in &self.rows {
            results[index] = values[at * width..(at + rows) * width].to_vec();
            at += rows;
        }
        results
    }
}

/// One sequence of a batched forward pass.
pub struct Sequence<'a, C> {
    /// Its KV cache: the new tokens go at the positions after what it holds.
    pub cache: &'a mut C,
    pub tokens: &'a [u32],
    pub logits: Logits,
}

/// Where a sequence's rows sit in a batch.
struct Segment {
    /// Index into the batch.
    index: usize,
    /// First row in the batch's activations.
    row: usize,
    rows: usize,
    /// Its first position in its own cache.
    pos0: usize,
}

fn project<B: Backend>(
    backend: &B,
    x: &B::Tensor,
    w: &B::Weight,
    bias: Option<&B::Weight>,
) -> B::Tensor {
    let mut y = backend.matmul(x, w);
    if let Some(b) = bias {
        backend.add_bias(&mut y, b);
    }
    y
}

/// Fetches weights by name, checking their shapes against the config.
pub(crate) struct Loader<'a, B: Backend> {
    pub src: &'a dyn ModelSource,
    pub backend: &'a B,
    pub config: &'a ModelConfig,
}

impl<B: Backend> Loader<'_, B> {
    /// The weights every architecture's block has; architecture-specific parts
    /// (biases, q/k norms, post-norms) start as `None` for the caller to fill.
    pub fn common_layer(&self, il: usize) -> Result<Layer<B::Weight>, ModelError> {
        let c = self.config;
        let (n_embd, n_q, n_kv) = (c.n_embd, c.n_head * c.head_dim, c.n_embd_kv());
        let name = |t: &str| format!("blk.{il}.{t}");
        Ok(Layer {
            attn_norm: self.weight(&name("attn_norm.weight"), &[n_embd])?,
            wq: self.weight(&name("attn_q.weight"), &[n_embd, n_q])?,
            wk: self.weight(&name("attn_k.weight"), &[n_embd, n_kv])?,
            wv: self.weight(&name("attn_v.weight"), &[n_embd, n_kv])?,
            wo: self.weight(&name("attn_output.weight"), &[n_q, n_embd])?,
            bq: None,
            bk: None,
            bv: None,
            q_norm: None,
            k_norm: None,
            post_attn_norm: None,
            ffn_norm: self.weight(&name("ffn_norm.weight"), &[n_embd])?,
            gate: self.weight(&name("ffn_gate.weight"), &[n_embd, c.n_ff])?,
            up: self.weight(&name("ffn_up.weight"), &[n_embd, c.n_ff])?,
            down: self.weight(&name("ffn_down.weight"), &[c.n_ff, n_embd])?,
            post_ffn_norm: None,
        })
    }

    /// A required weight of shape `dims` (ggml order: row length first).
    pub fn weight(&self, name: &str, dims: &[usize]) -> Result<B::Weight, ModelError> {
        self.optional(name, dims)?
            .ok_or_else(|| ModelError::MissingTensor(name.to_owned()))
    }

    pub fn optional(&self, name: &str, dims: &[usize]) -> Result<Option<B::Weight>, ModelError> {
        let Some(w) = self.src.tensor(name) else {
            return Ok(None);
        };
        let expected: Vec<u64> = dims.iter().map(|&d| d as u64).collect();
        if w.dims != expected.as_slice() {
            return Err(ModelError::BadShape {
                name: name.to_owned(),
                found: w.dims.to_vec(),
                expected,
            });
        }
        if !w.ty.is_supported() {
            return Err(ModelError::BadTensor {
                name: name.to_owned(),
                problem: format!("tensor type {} is not supported yet", w.ty),
            });
        }
        self.backend.load_weight(w).map(Some)
    }
}
