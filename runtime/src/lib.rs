//! `realm-runtime`: everything between a GGUF file and generated text.
//!
//! This is the only crate that knows files, tokenizers, chat templates,
//! sampling and the command line. Architectures live in `realm-models`; what
//! formats and ops mean lives in `realm-ir`.

pub mod backend;
pub mod bench;
pub mod chat;
pub mod cli;
pub mod engine;
pub mod fetch;
pub mod generate;
pub mod gguf;
pub mod perplexity;
pub mod sampling;
pub mod server;
pub mod tokenizer;
