//! Tokenizers built from GGUF metadata, token for token identical to
//! llama.cpp's (`src/llama-vocab.cpp`).
//!
//! Encoding first cuts the text on special tokens (`special`), then runs the
//! vocabulary's algorithm on each raw-text fragment: SentencePiece-style
//! score merges (`spm`) for `tokenizer.ggml.model = "llama"`, byte-level BPE
//! (`bpe`) for `"gpt2"`. Decoding (`decode`) concatenates token bytes and reads
//! them as UTF-8 at the end. Matching llama.cpp rather than the Hugging Face
//! tokenizer a model was trained with is deliberate: llama.cpp is the
//! reference our logits are compared against, and its quirks (the space
//! prefix after special tokens, end-of-generation tokens found by text) are
//! what GGUF users get everywhere else.

mod bpe;
mod decode;
mod special;
mod spm;
mod vocab;

pub use decode::StreamDecoder;

use crate::gguf::GgufFile;
use bpe::BpeEncoder;
use special::Fragment;
use vocab::{Defaults, Vocab, VocabKind};

/// Everything that can stop a tokenizer from loading or encoding.
#[derive(Debug, thiserror::Error)]
pub enum TokenizerError {
    #[error("GGUF metadata has no `{0}`: the file carries no usable tokenizer")]
    MissingKey(&'static str),
    #[error("GGUF metadata `{key}` should be {expected}")]
    WrongType {
        key: &'static str,
        expected: &'static str,
    },
    #[error(
        "unknown tokenizer model `{0}` in `tokenizer.ggml.model` \
         (supported: `llama` for SentencePiece-style, `gpt2` for byte-level BPE)"
    )]
    UnknownModel(String),
    #[error("unknown pre-tokenizer `{name}` in `tokenizer.ggml.pre` (supported: {supported})")]
    UnknownPreTokenizer { name: String, supported: String },
    #[error("`{key}` has {found} entries but the vocabulary has {expected} tokens")]
    LengthMismatch {
        key: &'static str,
        found: usize,
        expected: usize,
    },
    #[error("the vocabulary is empty")]
    EmptyVocab,
    #[error("token {text:?} appears twice in the vocabulary (ids {first} and {second})")]
    DuplicateToken {
        text: String,
        first: u32,
        second: u32,
    },
    #[error("`{flag}` is true but `{id}` names no token of the vocabulary")]
    MissingSpecial {
        flag: &'static str,
        id: &'static str,
    },
    #[error("the vocabulary has no token for byte 0x{0:02X}, so this text cannot be encoded")]
    MissingByteToken(u8),
    #[error("BPE tokenizer: {0}")]
    Bpe(String),
}

/// The algorithm behind a vocabulary.
enum Engine {
    Spm,
    Bpe(Box<BpeEncoder>),
}

/// A tokenizer loaded from a GGUF file.
pub struct Tokenizer {
    vocab: Vocab,
    engine: Engine,
}

impl std::fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokenizer")
            .field("kind", &self.vocab.kind)
            .field("vocab_size", &self.vocab.len())
            .field("bos", &self.vocab.bos)
            .field("eos", &self.vocab.eos)
            .finish_non_exhaustive()
    }
}

const KEY_MODEL: &str = "tokenizer.ggml.model";
const KEY_PRE: &str = "tokenizer.ggml.pre";
const KEY_MERGES: &str = "tokenizer.ggml.merges";

/// The vocabulary arrays a [`Tokenizer`] keeps its own copies of: the
/// largest metadata of a model file by far (262k entries for Gemma 3).
pub const VOCABULARY_KEYS: &[&str] = &[
    vocab::KEY_TOKENS,
    vocab::KEY_SCORES,
    vocab::KEY_TOKEN_TYPE,
    KEY_MERGES,
];

impl Tokenizer {
    /// Builds the tokenizer a GGUF file describes (`tokenizer.ggml.*`).
    pub fn from_gguf(file: &GgufFile) -> Result<Tokenizer, TokenizerError> {
        let model = file
            .metadata(KEY_MODEL)
            .ok_or(TokenizerError::MissingKey(KEY_MODEL))?;
        let model = model.as_str().ok_or(TokenizerError::WrongType {
            key: KEY_MODEL,
            expected: "a string",
        })?;
        match model {
            "llama" => {
                let vocab = Vocab::from_gguf(file, VocabKind::Spm, Defaults::spm())?;
                Ok(Tokenizer {
                    vocab,
                    engine: Engine::Spm,
                })
            }
            "gpt2" => {
                // llama.cpp falls back to "default" (with a loud warning) when
                // the converter recorded no pre-tokenizer.
                let pre = match file.metadata(KEY_PRE) {
                    None => "default",
                    Some(v) => v.as_str().ok_or(TokenizerError::WrongType {
                        key: KEY_PRE,
                        expected: "a string",
                    })?,
                };
                let spec = bpe::pre_tokenizer_spec(pre).ok_or_else(|| {
                    TokenizerError::UnknownPreTokenizer {
                        name: pre.to_owned(),
                        supported: bpe::supported_pre_tokenizers().join(", "),
                    }
                })?;
                let defaults = Defaults::bpe(spec.add_bos, spec.clean_spaces);
                let vocab = Vocab::from_gguf(file, VocabKind::Bpe, defaults)?;
                let merges = vocab::string_array(file, KEY_MERGES)?
                    .ok_or(TokenizerError::MissingKey(KEY_MERGES))?;
                let encoder = BpeEncoder::new(&vocab, &merges, &spec)?;
                Ok(Tokenizer {
                    vocab,
                    engine: Engine::Bpe(Box::new(encoder)),
                })
            }
            other => Err(TokenizerError::UnknownModel(other.to_owned())),
        }
    }

    /// llama.cpp's `llama_tokenize(text, add_special, parse_special)`: BOS
    /// (and EOS) are added only when `add_special` and the vocabulary asks for
    /// them; special-token texts are read as special tokens only when
    /// `parse_special` (user-defined tokens always are).
    pub fn encode(
        &self,
        text: &str,
        add_special: bool,
        parse_special: bool,
    ) -> Result<Vec<u32>, TokenizerError> {
        let vocab = &self.vocab;
        let mut out = Vec::with_capacity(text.len() / 3 + 2);
        if add_special && vocab.add_bos {
            out.extend(vocab.bos);
        }
        // SPM prefixes a space to each raw-text fragment that starts the text
        // or follows a special token ("is_prev_special" in llama.cpp).
        let mut after_special = true;
        for fragment in special::partition(text, vocab, parse_special) {
            match fragment {
                Fragment::Token(id) => {
                    out.push(id);
                    after_special = true;
                }
                Fragment::Text(raw) => {
                    match &self.engine {
                        Engine::Spm => {
                            let prefix = if vocab.add_space_prefix && after_special {
                                " "
                            } else {
                                ""
                            };
                            let escaped = format!("{prefix}{raw}").replace(' ', "▁");
                            spm::encode(&escaped, vocab, &mut out)?;
                        }
                        Engine::Bpe(encoder) => encoder.encode(raw, &mut out)?,
                    }
                    after_special = false;
                }
            }
        }
        if add_special && vocab.add_eos {
            out.extend(vocab.eos);
        }
        Ok(out)
    }

    /// The raw bytes of one token's piece: byte tokens give their byte, `▁`
    /// becomes a space, GPT-2's byte mapping is undone, and special tokens
    /// give their text. `None` for an id outside the vocabulary.
    pub fn token_bytes(&self, id: u32) -> Option<Vec<u8>> {
        let text = self.vocab.tokens.get(id as usize)?;
        let mut out = Vec::with_capacity(text.len());
        decode::append_piece(&self.vocab, id, true, &mut out);
        Some(out)
    }

    /// Text of a token sequence (llama.cpp's `llama_detokenize`, read as
    /// UTF-8 with invalid bytes replaced). With `skip_special`, control tokens
    /// render as nothing and the BOS/EOS the vocabulary adds are dropped
    /// (`remove_special`); without it they render as their text
    /// (`unparse_special`). A vocabulary that prefixes a space when encoding
    /// loses one leading space here, unless the ids start with BOS. Ids
    /// outside the vocabulary render as nothing.
    pub fn decode(&self, ids: &[u32], skip_special: bool) -> String {
        let bytes = decode::detokenize(&self.vocab, ids, skip_special, !skip_special);
        String::from_utf8_lossy(&bytes).into_owned()
    }

    pub fn vocab_size(&self) -> usize {
        self.vocab.len()
    }

    pub fn bos(&self) -> Option<u32> {
        self.vocab.bos
    }

    pub fn eos(&self) -> Option<u32> {
        self.vocab.eos
    }

    /// Whether generation should stop at this token: EOS, end-of-turn and
    /// end-of-message tokens, plus every token whose text llama.cpp treats as
    /// ending generation (`<|im_end|>`, `<end_of_turn>`, `<|eot_id|>`,
    /// `<|endoftext|>`, ...).
    pub fn is_eog(&self, id: u32) -> bool {
        self.vocab.eog.contains(&id)
    }

    /// The token's text as stored in the vocabulary (`▁` and byte-level
    /// characters included).
    pub fn token_text(&self, id: u32) -> Option<&str> {
        self.vocab.tokens.get(id as usize).map(String::as_str)
    }

    /// The id of the token whose vocabulary text is exactly `text`.
    pub fn token_id(&self, text: &str) -> Option<u32> {
        self.vocab.ids.get(text).copied()
    }

    /// Whether encoding with `add_special` prepends BOS.
    pub fn adds_bos(&self) -> bool {
        self.vocab.add_bos
    }

    /// Whether this is a control token (chat-format markers, BOS, EOS, ...),
    /// which `decode(.., true)` leaves out.
    pub fn is_control(&self, id: u32) -> bool {
        (id as usize) < self.vocab.len() && self.vocab.attr(id).has(vocab::Attr::CONTROL)
    }
}
