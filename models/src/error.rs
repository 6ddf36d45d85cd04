//! Why a model could not be assembled or run.

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("unknown architecture {0:?} (Realm runs: llama, mistral, qwen2, gemma3)")]
    UnknownArchitecture(String),
    #[error("missing metadata key {0:?}")]
    MissingMetadata(String),
    #[error("metadata key {key:?}: {problem}")]
    BadMetadata { key: String, problem: String },
    #[error("missing tensor {0:?}")]
    MissingTensor(String),
    #[error("tensor {name:?} has shape {found:?}, expected {expected:?}")]
    BadShape {
        name: String,
        found: Vec<u64>,
        expected: Vec<u64>,
    },
    #[error("tensor {name:?}: {problem}")]
    BadTensor { name: String, problem: String },
    #[error("token id {id} is outside the vocabulary of {n_vocab}")]
    TokenOutOfRange { id: u32, n_vocab: usize },
    #[error("context is full: {needed} positions needed, the context holds {capacity}")]
    ContextFull { needed: usize, capacity: usize },
}
