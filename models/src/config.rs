//! Hyperparameters of a model, read from GGUF metadata (`{arch}.*` keys).

use crate::error::ModelError;
use crate::source::ModelSource;
use realm_ir::ops::RopeStyle;

/// The architectures Realm can assemble.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Architecture {
    /// Llama 1/2/3, Mistral, SmolLM, TinyLlama: the plain pre-norm SwiGLU transformer.
    Llama,
    /// Qwen2: llama with q/k/v biases and NeoX RoPE.
    Qwen2,
    /// Gemma 3: GeGLU, pre and post norms, q/k norms, sliding-window layers.
    Gemma3,
}

impl Architecture {
    pub fn from_name(name: &str) -> Result<Architecture, ModelError> {
        match name {
            "llama" | "mistral" => Ok(Architecture::Llama),
            "qwen2" => Ok(Architecture::Qwen2),
            "gemma3" => Ok(Architecture::Gemma3),
            other => Err(ModelError::UnknownArchitecture(other.to_owned())),
        }
    }

    /// llama.cpp's `llama_model_rope_type`: which pairing RoPE uses.
    fn rope_style(self) -> RopeStyle {
        match self {
            Architecture::Llama => RopeStyle::Normal,
            Architecture::Qwen2 | Architecture::Gemma3 => RopeStyle::Neox,
        }
    }
}

/// How positions are encoded in one layer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RopeConfig {
    pub style: RopeStyle,
    /// Rotated dimensions per head (the rest pass through).
    pub n_rot: usize,
    pub base: f32,
    /// Linear position scaling (`1 / rope.scaling.factor`).
    pub freq_scale: f32,
}

/// Everything the forward pass needs to know besides the weights.
#[derive(Clone, Debug)]
pub struct ModelConfig {
    pub arch: Architecture,
    /// `general.architecture` as written in the file.
    pub arch_name: String,
    pub n_vocab: usize,
    pub n_embd: usize,
    pub n_layer: usize,
    pub n_head: usize,
    pub n_kv_head: usize,
    pub head_dim: usize,
    pub n_ff: usize,
    /// The context length the model was trained for.
    pub context_length: usize,
    pub rms_eps: f32,
    /// RoPE of global-attention layers.
    pub rope: RopeConfig,
    /// RoPE of sliding-window layers, where it differs (Gemma 3).
    pub rope_local: RopeConfig,
    /// Keys visible to sliding-window layers.
    pub sliding_window: Option<usize>,
    /// Every `swa_pattern`-th layer is global, the others slide (Gemma 3: 6).
    pub swa_pattern: usize,
    /// Multiplier applied to queries before attention.
    pub attention_scale: f32,
    /// Multiplier applied to token embeddings (Gemma: `sqrt(n_embd)`).
    pub embedding_scale: f32,
}

impl ModelConfig {
    pub fn from_source(src: &dyn ModelSource) -> Result<ModelConfig, ModelError> {
        let arch_name = src
            .get_str("general.architecture")
            .ok_or_else(|| ModelError::MissingMetadata("general.architecture".into()))?
            .to_owned();
        let arch = Architecture::from_name(&arch_name)?;
        let key = |k: &str| format!("{arch_name}.{k}");

        let n_embd = required(src, &key("embedding_length"))?;
        let n_layer = required(src, &key("block_count"))?;
        let n_head = required(src, &key("attention.head_count"))?;
        let n_kv_head = optional(src, &key("attention.head_count_kv"))?.unwrap_or(n_head);
        let n_ff = required(src, &key("feed_forward_length"))?;
        let context_length = required(src, &key("context_length"))?;
        if n_head == 0 || n_kv_head == 0 || n_head % n_kv_head != 0 {
            return Err(ModelError::BadMetadata {
                key: key("attention.head_count_kv"),
                problem: format!("{n_kv_head} kv heads do not divide {n_head} query heads"),
            });
        }
        if n_layer == 0 || n_layer > 1024 || n_embd == 0 || n_embd > 1 << 20 {
            return Err(ModelError::BadMetadata {
                key: key("block_count"),
                problem: format!("implausible shape: {n_layer} layers of width {n_embd}"),
            });
        }
        // Gemma 3 heads are wider than n_embd / n_head: key_length says so.
        let head_dim = optional(src, &key("attention.key_length"))?.unwrap_or(n_embd / n_head);
        let n_rot = optional(src, &key("rope.dimension_count"))?.unwrap_or(head_dim);
        if head_dim == 0 || n_rot > head_dim || n_rot % 2 != 0 {
            return Err(ModelError::BadMetadata {
                key: key("rope.dimension_count"),
                problem: format!("{n_rot} rotated dims in heads of {head_dim}"),
            });
        }
        let rms_eps = optional_f32(src, &key("attention.layer_norm_rms_epsilon"))?.unwrap_or(1e-5);
        let base = optional_f32(src, &key("rope.freq_base"))?.unwrap_or(10_000.0);
        let freq_scale = match src.get_str(&key("rope.scaling.type")) {
            None | Some("none") => 1.0,
            Some("linear") => 1.0 / optional_f32(src, &key("rope.scaling.factor"))?.unwrap_or(1.0),
            Some(other) => {
                return Err(ModelError::BadMetadata {
                    key: key("rope.scaling.type"),
                    problem: format!("RoPE scaling {other:?} is not supported yet"),
                });
            }
        };
        let rope = RopeConfig {
            style: arch.rope_style(),
            n_rot,
            base,
            freq_scale,
        };
        let n_vocab = match optional(src, &key("vocab_size"))? {
            Some(n) => n,
            None => src
                .tensor("token_embd.weight")
                .map(|t| t.dims.get(1).copied().unwrap_or(0) as usize)
                .ok_or_else(|| ModelError::MissingTensor("token_embd.weight".into()))?,
        };

        let mut config = ModelConfig {
            arch,
            arch_name: arch_name.clone(),
            n_vocab,
            n_embd,
            n_layer,
            n_head,
            n_kv_head,
            head_dim,
            n_ff,
            context_length,
            rms_eps,
            rope,
            rope_local: rope,
            sliding_window: None,
            swa_pattern: 0,
            attention_scale: 1.0 / (head_dim as f32).sqrt(),
            embedding_scale: 1.0,
        };
        if arch == Architecture::Gemma3 {
            // llama.cpp (llama-model.cpp, LLM_ARCH_GEMMA3): five sliding-window
            // layers per global one; local layers use RoPE base 10k, unscaled.
            config.sliding_window = optional(src, &key("attention.sliding_window"))?;
            config.swa_pattern = 6;
            config.rope_local = RopeConfig {
                base: 10_000.0,
                freq_scale: 1.0,
                ..rope
            };
            config.embedding_scale = (n_embd as f32).sqrt();
        }
        Ok(config)
    }

    /// Whether layer `il` attends through a sliding window.
    pub fn layer_is_sliding(&self, il: usize) -> bool {
        self.sliding_window.is_some()
            && self.swa_pattern > 0
            && il % self.swa_pattern < self.swa_pattern - 1
    }

    /// Width of the K and V projections.
    pub fn n_embd_kv(&self) -> usize {
        self.n_kv_head * self.head_dim
    }
}

fn required(src: &dyn ModelSource, key: &str) -> Result<usize, ModelError> {
    optional(src, key)?.ok_or_else(|| ModelError::MissingMetadata(key.to_owned()))
}

fn optional(src: &dyn ModelSource, key: &str) -> Result<Option<usize>, ModelError> {
    if !src.has(key) {
        return Ok(None);
    }
    match src.get_u64(key) {
        Some(v) if v <= u32::MAX as u64 => Ok(Some(v as usize)),
        _ => Err(ModelError::BadMetadata {
            key: key.to_owned(),
            problem: "expected a non-negative 32-bit integer (per-layer arrays are not supported)"
                .into(),
        }),
    }
}

fn optional_f32(src: &dyn ModelSource, key: &str) -> Result<Option<f32>, ModelError> {
    if !src.has(key) {
        return Ok(None);
    }
    match src.get_f32(key) {
        Some(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(ModelError::BadMetadata {
            key: key.to_owned(),
            problem: "expected a finite number".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::WeightRef;
    use std::collections::HashMap;

    /// Metadata only: every key a string, integer or float.
    #[derive(Default)]
    struct Meta(HashMap<String, String>);

    impl Meta {
        fn with(mut self, k: &str, v: &str) -> Self {
            self.0.insert(k.to_owned(), v.to_owned());
            self
        }
    }

    impl ModelSource for Meta {
        fn get_str(&self, key: &str) -> Option<&str> {
            self.0.get(key).map(String::as_str)
        }
        fn get_u64(&self, key: &str) -> Option<u64> {
            self.0.get(key)?.parse().ok()
        }
        fn get_f32(&self, key: &str) -> Option<f32> {
            self.0.get(key)?.parse().ok()
        }
        fn has(&self, key: &str) -> bool {
            self.0.contains_key(key)
        }
        fn tensor(&self, _: &str) -> Option<WeightRef<'_>> {
            None
        }
    }

    fn base(arch: &str) -> Meta {
        Meta::default()
            .with("general.architecture", arch)
            .with(&format!("{arch}.embedding_length"), "640")
            .with(&format!("{arch}.block_count"), "18")
            .with(&format!("{arch}.attention.head_count"), "4")
            .with(&format!("{arch}.attention.head_count_kv"), "1")
            .with(&format!("{arch}.feed_forward_length"), "2048")
            .with(&format!("{arch}.context_length"), "32768")
            .with(&format!("{arch}.vocab_size"), "1000")
    }

    #[test]
    fn gemma3_slides_five_layers_in_six_with_its_own_rope() {
        let c = ModelConfig::from_source(
            &base("gemma3")
                .with("gemma3.attention.key_length", "256")
                .with("gemma3.attention.sliding_window", "512")
                .with("gemma3.rope.freq_base", "1000000"),
        )
        .unwrap();
        assert_eq!(c.head_dim, 256, "key_length overrides n_embd / n_head");
        let global: Vec<usize> = (0..18).filter(|&il| !c.layer_is_sliding(il)).collect();
        assert_eq!(global, vec![5, 11, 17]);
        assert_eq!(c.rope.base, 1e6);
        assert_eq!(c.rope_local.base, 1e4);
        assert_eq!(c.rope.style, RopeStyle::Neox);
        assert_eq!(c.embedding_scale, 640f32.sqrt());
        assert_eq!(c.attention_scale, 1.0 / 16.0);
    }

    #[test]
    fn llama_defaults() {
        let c = ModelConfig::from_source(&base("llama")).unwrap();
        assert_eq!(c.rope.style, RopeStyle::Normal);
        assert_eq!(
            (c.head_dim, c.rope.n_rot, c.rope.base),
            (160, 160, 10_000.0)
        );
        assert!(!(0..18).any(|il| c.layer_is_sliding(il)));
        assert_eq!(c.rms_eps, 1e-5);
        let q = ModelConfig::from_source(&base("qwen2")).unwrap();
        assert_eq!(q.rope.style, RopeStyle::Neox);
        let scaled = ModelConfig::from_source(
            &base("llama")
                .with("llama.rope.scaling.type", "linear")
                .with("llama.rope.scaling.factor", "4"),
        )
        .unwrap();
        assert_eq!(scaled.rope.freq_scale, 0.25);
    }

    #[test]
    fn bad_metadata_is_named() {
        let err = |m: Meta| ModelConfig::from_source(&m).unwrap_err().to_string();
        assert!(err(base("rwkv9")).contains("unknown architecture \"rwkv9\""));
        assert!(err(Meta::default()).contains("general.architecture"));
        assert!(err(base("llama").with("llama.attention.head_count_kv", "3")).contains("kv heads"));
        assert!(
            err(base("llama").with("llama.block_count", "seven")).contains("llama.block_count")
        );
        assert!(err(base("llama").with("llama.rope.scaling.type", "yarn")).contains("yarn"));
        assert!(
            err(base("llama").with("llama.rope.dimension_count", "161"))
                .contains("rope.dimension_count")
        );
        let mut m = base("llama");
        m.0.remove("llama.feed_forward_length");
        assert!(err(m).contains("llama.feed_forward_length"));
    }
}
