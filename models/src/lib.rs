//! `realm-models`: transformer architectures, assembled from model metadata.
//!
//! An architecture reads its hyperparameters and tensors through
//! [`ModelSource`] (the runtime implements it for GGUF files, so this crate
//! knows no file format) and runs its forward pass through the [`Backend`]
//! trait (so it knows no device). One file per architecture family:
//! [`llama`] (Llama 1/2/3, Mistral, SmolLM, TinyLlama, Qwen2) and [`gemma3`].

pub mod backend;
pub mod config;
pub mod error;
pub mod gemma3;
pub mod llama;
pub mod model;
pub mod source;

pub use backend::{Backend, KvCache};
pub use config::{Architecture, ModelConfig, RopeConfig};
pub use error::ModelError;
pub use model::{Logits, Model, Sequence};
pub use source::{KeepPages, ModelSource, PageRelease, WeightRef};
