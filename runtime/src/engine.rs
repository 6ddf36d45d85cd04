//! A loaded model ready to generate: weights on a backend, its tokenizer, and
//! its context limit.

use crate::backend::cpu::CpuBackend;
use crate::backend::device_cache::DeviceCache;
use crate::backend::gpu::GpuBackend;
use crate::backend::host_cache::HostCache;
use crate::backend::reference::ReferenceBackend;
use crate::backend::{BackendKind, Choice, choose};
use crate::chat::{ChatMessage, ChatTemplate};
use crate::gguf::GgufFile;
use crate::tokenizer::Tokenizer;
use anyhow::{Context, Result, bail};
use realm_codegen::gpu::{CudaRuntime, GpuRuntime, WgpuRuntime};
use realm_models::{Backend, KvCache, Logits, Model, ModelConfig, Sequence};
use std::path::{Path, PathBuf};

/// The context length used when `--ctx` is not given: the trained length, up
/// to this (llama.cpp's default too), so a long-context model does not reserve
/// a huge cache for a short chat.
pub const DEFAULT_MAX_CTX: usize = 4096;

/// What to do with a prompt that does not fit the context.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Overflow {
    /// A clear error (the default).
    #[default]
    Error,
    /// Keep the end of the prompt, dropping its beginning.
    TruncateStart,
}

/// A model loaded on one backend (the GPU ones with their device).
// One per engine: boxing the larger variant would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Loaded {
    Cpu(Model<CpuBackend>),
    Reference(Model<ReferenceBackend>),
    Wgpu(Model<GpuBackend<WgpuRuntime>>, GpuBackend<WgpuRuntime>),
    Cuda(Model<GpuBackend<CudaRuntime>>, GpuBackend<CudaRuntime>),
}

/// A sequence's KV cache: in host memory for the host backends, in device
/// memory for the GPU ones.
pub enum SessionCache {
    Host(HostCache),
    Device(DeviceCache),
}

impl SessionCache {
    /// Lets the cache hold `capacity` positions (forgetting any beyond it):
    /// a kept conversation's cache taken up by a request with another limit.
    pub fn set_capacity(&mut self, capacity: usize) {
        match self {
            SessionCache::Host(c) => c.set_capacity(capacity),
            SessionCache::Device(c) => c.set_capacity(capacity),
        }
    }

    fn host(&mut self) -> Result<&mut HostCache> {
        match self {
            SessionCache::Host(c) => Ok(c),
            SessionCache::Device(_) => bail!("a device KV cache given to a host backend"),
        }
    }

    fn device(&mut self) -> Result<&mut DeviceCache> {
        match self {
            SessionCache::Device(c) => Ok(c),
            SessionCache::Host(_) => bail!("a host KV cache given to a device backend"),
        }
    }
}

impl KvCache for SessionCache {
    fn len(&self) -> usize {
        match self {
            SessionCache::Host(c) => c.len(),
            SessionCache::Device(c) => c.len(),
        }
    }
    fn capacity(&self) -> usize {
        match self {
            SessionCache::Host(c) => c.capacity(),
            SessionCache::Device(c) => c.capacity(),
        }
    }
    fn truncate(&mut self, len: usize) {
        match self {
            SessionCache::Host(c) => c.truncate(len),
            SessionCache::Device(c) => c.truncate(len),
        }
    }
}

/// `batch` with each sequence's [`SessionCache`] taken as a backend's own
/// cache type by `own` (an error if a cache belongs to another backend).
fn own_caches<'b, C>(
    batch: &'b mut [Sequence<'_, SessionCache>],
    own: impl Fn(&mut SessionCache) -> Result<&mut C>,
) -> Result<Vec<Sequence<'b, C>>> {
    batch
        .iter_mut()
        .map(|seq| {
            Ok(Sequence {
                cache: own(&mut *seq.cache)?,
                tokens: seq.tokens,
                logits: seq.logits,
            })
        })
        .collect()
}

/// Runs `batch` on `model`: each sequence's logits.
fn run_batch<B: Backend>(
    model: &Model<B>,
    backend: &B,
    batch: &mut [Sequence<'_, SessionCache>],
    own: impl Fn(&mut SessionCache) -> Result<&mut B::Cache>,
) -> Result<Vec<Vec<f32>>> {
    Ok(model.forward_batch(backend, &mut own_caches(batch, own)?)?)
}

/// [`run_batch`], returning each wanted row's argmax instead of its logits.
fn run_argmax<B: Backend>(
    model: &Model<B>,
    backend: &B,
    batch: &mut [Sequence<'_, SessionCache>],
    own: impl Fn(&mut SessionCache) -> Result<&mut B::Cache>,
) -> Result<Vec<Vec<u32>>> {
    Ok(model.forward_batch_argmax(backend, &mut own_caches(batch, own)?)?)
}

/// Loads `file` on a GPU backend: the weights are uploaded one by one, and
/// the file's pages let go as they are.
fn load_gpu<R: GpuRuntime>(
    file: &GgufFile,
    opened: realm_codegen::device::OpenedGpu<R>,
    name: &'static str,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(Model<GpuBackend<R>>, GpuBackend<R>)> {
    let backend = GpuBackend::new(opened.gpu, name, opened.description);
    let model = Model::load(file, &backend, progress)?;
    file.release_pages();
    Ok((model, backend))
}

pub struct Engine {
    pub path: PathBuf,
    pub file: GgufFile,
    pub tokenizer: Tokenizer,
    pub model: Loaded,
    /// The backend the model runs on (`auto` resolved).
    pub backend: BackendKind,
    /// What that backend computes on, e.g. `cpu` or `wgpu: llvmpipe (...)`.
    pub device: String,
    /// Why this backend (`asked for`, or what `auto` found).
    pub backend_reason: String,
    /// Positions a sequence may fill.
    pub n_ctx: usize,
}

impl Engine {
    /// Loads the model at `path` on `backend`; `progress(done, total)`
    /// reports layers loaded.
    pub fn load(
        path: &Path,
        backend: BackendKind,
        n_ctx: Option<usize>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Engine> {
        let mut file = GgufFile::open(path)?;
        let tokenizer = Tokenizer::from_gguf(&file).context("cannot build the tokenizer")?;
        // Kept once, in the tokenizer, rather than also as parsed metadata
        // for as long as the engine lives (peak memory).
        file.forget_metadata(crate::tokenizer::VOCABULARY_KEYS);
        // The header (megabytes of vocabulary for Gemma 3) is parsed: its
        // pages need not stay resident while the weights load.
        file.release_pages();
        let (choice, backend_reason) = choose(backend)?;
        let backend = choice.kind();
        tracing::info!(%backend, reason = %backend_reason, "backend chosen");
        let mut device = backend.to_string();
        let model = match choice {
            Choice::Cpu => {
                // The matrices' pages are let go as they are split (see
                // `CpuBackend::load_weight`); what else was read (vectors,
                // the pages at tensor edges) goes once everything is copied.
                let model = Model::load(&file, &CpuBackend, progress)?;
                file.release_pages();
                Loaded::Cpu(model)
            }
            Choice::Reference => {
                Loaded::Reference(Model::load(&file, &ReferenceBackend, progress)?)
            }
            Choice::Wgpu(opened) => {
                device = opened.description.clone();
                let (model, gpu) = load_gpu(&file, opened, "wgpu", progress)?;
                Loaded::Wgpu(model, gpu)
            }
            Choice::Cuda(opened) => {
                device = opened.description.clone();
                let (model, gpu) = load_gpu(&file, opened, "cuda", progress)?;
                Loaded::Cuda(model, gpu)
            }
        };
        let trained = model.config().context_length;
        let n_ctx = match n_ctx {
            Some(0) => bail!("--ctx must be at least 1"),
            Some(n) => n,
            None => trained.clamp(1, DEFAULT_MAX_CTX),
        };
        if tokenizer.vocab_size() != model.config().n_vocab {
            bail!(
                "the tokenizer has {} tokens but the model's embedding has {} rows",
                tokenizer.vocab_size(),
                model.config().n_vocab
            );
        }
        Ok(Engine {
            path: path.to_owned(),
            file,
            tokenizer,
            model,
            backend,
            device,
            backend_reason,
            n_ctx,
        })
    }

    /// The model's hyperparameters.
    pub fn config(&self) -> &ModelConfig {
        self.model.config()
    }

    pub fn new_cache(&self) -> SessionCache {
        self.cache_for(self.n_ctx)
    }

    fn cache_for(&self, capacity: usize) -> SessionCache {
        match &self.model {
            Loaded::Cpu(m) => SessionCache::Host(m.new_cache(&CpuBackend, capacity)),
            Loaded::Reference(m) => SessionCache::Host(m.new_cache(&ReferenceBackend, capacity)),
            Loaded::Wgpu(m, b) => SessionCache::Device(m.new_cache(b, capacity)),
            Loaded::Cuda(m, b) => SessionCache::Device(m.new_cache(b, capacity)),
        }
    }

    /// Runs `tokens` after what `cache` holds, on the engine's backend.
    fn forward(
        &self,
        cache: &mut SessionCache,
        tokens: &[u32],
        logits: Logits,
    ) -> Result<Vec<f32>> {
        let mut batch = [Sequence {
            cache,
            tokens,
            logits,
        }];
        Ok(self.forward_batch(&mut batch)?.pop().unwrap_or_default())
    }

    /// Runs several sequences in one batched pass (see
    /// [`Model::forward_batch`]); each one's logits.
    pub fn forward_batch(&self, batch: &mut [Sequence<'_, SessionCache>]) -> Result<Vec<Vec<f32>>> {
        match &self.model {
            Loaded::Cpu(m) => run_batch(m, &CpuBackend, batch, SessionCache::host),
            Loaded::Reference(m) => run_batch(m, &ReferenceBackend, batch, SessionCache::host),
            Loaded::Wgpu(m, b) => run_batch(m, b, batch, SessionCache::device),
            Loaded::Cuda(m, b) => run_batch(m, b, batch, SessionCache::device),
        }
    }

    /// Runs `tokens` after what `cache` holds and returns the greedy next
    /// token (the argmax of the last position's logits, lowest id among
    /// equals), computed where the backend computes: on a GPU only the id
    /// comes back, not the row of logits.
    pub fn step_greedy(&self, cache: &mut SessionCache, tokens: &[u32]) -> Result<u32> {
        let mut batch = [Sequence {
            cache,
            tokens,
            logits: Logits::Last,
        }];
        let ids = match &self.model {
            Loaded::Cpu(m) => run_argmax(m, &CpuBackend, &mut batch, SessionCache::host)?,
            Loaded::Reference(m) => {
                run_argmax(m, &ReferenceBackend, &mut batch, SessionCache::host)?
            }
            Loaded::Wgpu(m, b) => run_argmax(m, b, &mut batch, SessionCache::device)?,
            Loaded::Cuda(m, b) => run_argmax(m, b, &mut batch, SessionCache::device)?,
        };
        ids.into_iter()
            .next()
            .and_then(|row| row.first().copied())
            .ok_or_else(|| anyhow::anyhow!("no tokens to run"))
    }

    /// Device memory in use, `(reserved, in live arrays)` bytes, on a GPU backend.
    pub fn device_memory(&self) -> Option<(u64, u64)> {
        match &self.model {
            Loaded::Wgpu(_, b) => b.gpu().memory_used(),
            Loaded::Cuda(_, b) => b.gpu().memory_used(),
            Loaded::Cpu(_) | Loaded::Reference(_) => None,
        }
    }

    /// Bytes of KV cache one position takes (keys and values of every layer, f32).
    pub fn kv_bytes_per_position(&self) -> usize {
        let c = self.config();
        2 * c.n_layer * c.n_embd_kv() * std::mem::size_of::<f32>()
    }

    /// A KV cache for up to `capacity` positions (at most the context).
    pub fn new_cache_for(&self, capacity: usize) -> SessionCache {
        self.cache_for(capacity.clamp(1, self.n_ctx))
    }

    /// The model's chat template (or Realm's documented fallback).
    pub fn chat_template(&self) -> Result<ChatTemplate> {
        let tok = &self.tokenizer;
        let text = |id: Option<u32>| id.and_then(|i| tok.token_text(i)).unwrap_or("").to_owned();
        Ok(ChatTemplate::from_gguf(
            &self.file,
            &text(tok.bos()),
            &text(tok.eos()),
        )?)
    }

    /// Renders `messages` with `template` and tokenizes the result, without
    /// doubling a BOS the template already wrote.
    pub fn chat_prompt(
        &self,
        template: &ChatTemplate,
        messages: &[ChatMessage],
    ) -> Result<Vec<u32>> {
        let text = template.render(messages, true)?;
        let bos_text = self
            .tokenizer
            .bos()
            .and_then(|b| self.tokenizer.token_text(b))
            .unwrap_or("");
        let add_special = !template.starts_with_bos(&text, bos_text);
        Ok(self.tokenizer.encode(&text, add_special, true)?)
    }

    /// Tokenizes text the way llama.cpp does for a prompt: special tokens
    /// parsed, BOS added when the model asks for it.
    pub fn tokenize_prompt(&self, text: &str) -> Result<Vec<u32>> {
        Ok(self.tokenizer.encode(text, true, true)?)
    }

    /// Checks that `prompt` fits with room for at least one generated token,
    /// truncating its start if asked to.
    pub fn fit_prompt(&self, mut prompt: Vec<u32>, overflow: Overflow) -> Result<Vec<u32>> {
        if prompt.is_empty() {
            bail!("the prompt is empty (it tokenized to no tokens)");
        }
        if prompt.len() < self.n_ctx {
            return Ok(prompt);
        }
        match overflow {
            Overflow::Error => bail!(
                "the prompt has {} tokens but the context holds {} (raise --ctx, up to the model's {}, or pass --truncate)",
                prompt.len(),
                self.n_ctx,
                self.config().context_length
            ),
            Overflow::TruncateStart => {
                let keep = self.n_ctx - 1;
                prompt.drain(..prompt.len() - keep);
                Ok(prompt)
            }
        }
    }

    /// Logits for every position of `tokens`, run from an empty cache.
    pub fn logits_all(&self, tokens: &[u32]) -> Result<Vec<f32>> {
        let mut cache = self.cache_for(tokens.len().max(1));
        self.forward(&mut cache, tokens, Logits::All)
    }

    /// Runs `tokens` after what `cache` holds; logits of the last position.
    pub fn step(&self, cache: &mut SessionCache, tokens: &[u32]) -> Result<Vec<f32>> {
        self.forward(cache, tokens, Logits::Last)
    }

    /// Makes `cache` hold `tokens`' prefix and returns how many of `tokens`
    /// are already in it: a conversation's earlier turns are not recomputed.
    pub fn reuse_prefix(&self, cache: &mut SessionCache, cached: &[u32], tokens: &[u32]) -> usize {
        let common = cached
            .iter()
            .zip(tokens)
            .take_while(|(a, b)| a == b)
            .count();
        // Recompute at least the last token so there are logits to sample from.
        let keep = common.min(tokens.len().saturating_sub(1));
        cache.truncate(keep);
        keep
    }
}

impl Loaded {
    pub fn config(&self) -> &ModelConfig {
        match self {
            Loaded::Cpu(m) => &m.config,
            Loaded::Reference(m) => &m.config,
            Loaded::Wgpu(m, _) => &m.config,
            Loaded::Cuda(m, _) => &m.config,
        }
    }
}
