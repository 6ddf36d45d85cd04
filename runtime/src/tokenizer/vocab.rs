//! The vocabulary read from GGUF metadata, the way llama.cpp's
//! `llama_vocab::impl::load` (src/llama-vocab.cpp) reads it: token texts,
//! scores and types, the special ids, the `add_*` flags, and the heuristics
//! that fix up what converters leave out (end-of-generation tokens found by
//! their text, FIM tokens, Phi-3's right-stripped specials).
//!
//! Everything here is data; the algorithms that use it live in `special`,
//! `spm`, `bpe` and `decode`.

use super::TokenizerError;
use crate::gguf::{GgufFile, MetaValue};
use std::collections::{BTreeSet, HashMap};

/// Per-token attributes (llama.cpp's `llama_token_attr`), a small bit set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Attr(u16);

impl Attr {
    pub const UNDEFINED: Attr = Attr(0);
    pub const UNKNOWN: Attr = Attr(1 << 0);
    pub const UNUSED: Attr = Attr(1 << 1);
    pub const NORMAL: Attr = Attr(1 << 2);
    pub const CONTROL: Attr = Attr(1 << 3);
    pub const USER_DEFINED: Attr = Attr(1 << 4);
    pub const BYTE: Attr = Attr(1 << 5);
    /// Swallow whitespace to the left of this token when partitioning text.
    pub const LSTRIP: Attr = Attr(1 << 7);
    /// Swallow whitespace to the right of this token when partitioning text.
    pub const RSTRIP: Attr = Attr(1 << 8);

    /// Whether any bit of `other` is set.
    pub fn has(self, other: Attr) -> bool {
        self.0 & other.0 != 0
    }

    pub fn with(self, other: Attr) -> Attr {
        Attr(self.0 | other.0)
    }

    fn without(self, other: Attr) -> Attr {
        Attr(self.0 & !other.0)
    }

    /// `tokenizer.ggml.token_type` values (gguf-py's `TokenType`).
    fn from_token_type(ty: i64) -> Attr {
        match ty {
            1 => Attr::NORMAL,
            2 => Attr::UNKNOWN,
            3 => Attr::CONTROL,
            4 => Attr::USER_DEFINED,
            5 => Attr::UNUSED,
            6 => Attr::BYTE,
            _ => Attr::UNDEFINED,
        }
    }
}

/// Which tokenizer algorithm the vocabulary is for (`tokenizer.ggml.model`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VocabKind {
    /// `"llama"`: SentencePiece-style, score-ranked merges with byte fallback.
    Spm,
    /// `"gpt2"`: byte-level BPE with ranked merges and a regex pre-tokenizer.
    Bpe,
}

/// Defaults that depend on the tokenizer type and pre-tokenizer, applied
/// before the GGUF's own keys override them (llama.cpp does the same).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Defaults {
    pub bos: Option<u32>,
    pub eos: Option<u32>,
    pub add_bos: bool,
    pub add_space_prefix: bool,
    pub clean_spaces: bool,
}

impl Defaults {
    /// llama.cpp's defaults for an SPM vocabulary: LLaMA's ids, BOS added,
    /// a space prefixed to the text. (Gemma's GGUFs turn the prefix off
    /// through `tokenizer.ggml.add_space_prefix = false`; llama.cpp has no
    /// Gemma special case of its own.)
    pub fn spm() -> Defaults {
        Defaults {
            bos: Some(1),
            eos: Some(2),
            add_bos: true,
            add_space_prefix: true,
            clean_spaces: false,
        }
    }

    /// llama.cpp's defaults for a byte-level BPE vocabulary: id 11 (Falcon's
    /// `<|endoftext|>`, from the first BPE model it ran) for both BOS and
    /// EOS; the pre-tokenizer decides `add_bos` and `clean_spaces`.
    pub fn bpe(add_bos: bool, clean_spaces: bool) -> Defaults {
        Defaults {
            bos: Some(11),
            eos: Some(11),
            add_bos,
            add_space_prefix: false,
            clean_spaces,
        }
    }
}

/// A loaded vocabulary.
#[derive(Debug)]
pub(crate) struct Vocab {
    pub kind: VocabKind,
    pub tokens: Vec<String>,
    pub scores: Vec<f32>,
    pub attrs: Vec<Attr>,
    pub ids: HashMap<String, u32>,
    pub bos: Option<u32>,
    pub eos: Option<u32>,
    pub eot: Option<u32>,
    pub eom: Option<u32>,
    pub add_bos: bool,
    pub add_eos: bool,
    pub add_space_prefix: bool,
    /// Undo tokenization spaces (" ," -> ",", " 's" -> "'s", ...) when decoding.
    pub clean_spaces: bool,
    /// Tokens that end generation.
    pub eog: BTreeSet<u32>,
    /// Control, user-defined and unknown tokens, longest text first: the order
    /// in which the text is searched for them before tokenizing.
    pub specials: Vec<u32>,
}

pub(crate) const KEY_TOKENS: &str = "tokenizer.ggml.tokens";
pub(crate) const KEY_SCORES: &str = "tokenizer.ggml.scores";
pub(crate) const KEY_TOKEN_TYPE: &str = "tokenizer.ggml.token_type";

/// Texts that mark a token as the end of a turn when the GGUF names none.
const EOT_TEXTS: &[&str] = &[
    "<|eot_id|>",
    "<|im_end|>",
    "<|end|>",
    "<end_of_turn>",
    "<|endoftext|>",
    "<|end_of_text|>",
    "<EOT>",
    "_<EOT>",
    "[EOT]",
    "<｜end▁of▁sentence｜>",
    "<end_of_utterance>",
];

/// Texts of fill-in-the-middle tokens, per role: (GGUF key suffix, texts,
/// whether the role ends generation).
const FIM_TEXTS: &[(&str, &[&str], bool)] = &[
    (
        "fim_pre",
        &[
            "<|fim_prefix|>",
            "<fim-prefix>",
            "<fim_prefix>",
            "<｜fim▁begin｜>",
            "<PRE>",
            "▁<PRE>",
            "<|code_prefix|>",
            "<|prefix|>",
        ],
        false,
    ),
    (
        "fim_suf",
        &[
            "<|fim_suffix|>",
            "<fim-suffix>",
            "<fim_suffix>",
            "<｜fim▁hole｜>",
            "<SUF>",
            "▁<SUF>",
            "<|code_suffix|>",
            "<|suffix|>",
        ],
        false,
    ),
    (
        "fim_mid",
        &[
            "<|fim_middle|>",
            "<fim-middle>",
            "<fim_middle>",
            "<｜fim▁end｜>",
            "<MID>",
            "▁<MID>",
            "<|code_middle|>",
            "<|middle|>",
        ],
        false,
    ),
    (
        "fim_pad",
        &["<|fim_pad|>", "<fim-pad>", "<fim_pad>", "<PAD>", "[PAD]"],
        true,
    ),
    (
        "fim_rep",
        &[
            "<|fim_repo|>",
            "<|repo_name|>",
            "<fim-repo>",
            "<REPO>",
            "<reponame>",
        ],
        true,
    ),
    ("fim_sep", &["<|file_sep|>"], true),
];

/// Texts that end generation whatever the GGUF says (llama.cpp issue #9606:
/// converters rarely record every end-of-turn token).
const EOG_TEXTS: &[&str] = &[
    "<|eot_id|>",
    "<|im_end|>",
    "<|end|>",
    "<|return|>",
    "<|call|>",
    "<|flush|>",
    "<|calls|>",
    "<end_of_turn>",
    "<|endoftext|>",
    "</s>",
    "<|eom_id|>",
    "<EOT>",
    "_<EOT>",
    "[EOT]",
    "[EOS]",
    "<|end_of_text|>",
    "<end_of_utterance>",
    "<eos>",
    "<turn|>",
    "<|tool_response>",
    "<｜end▁of▁sentence｜>",
    "[e~[",
];

impl Vocab {
    /// Reads the vocabulary of `kind` from `file`, starting from `defaults`.
    pub fn from_gguf(
        file: &GgufFile,
        kind: VocabKind,
        defaults: Defaults,
    ) -> Result<Vocab, TokenizerError> {
        let tokens =
            string_array(file, KEY_TOKENS)?.ok_or(TokenizerError::MissingKey(KEY_TOKENS))?;
        let n = tokens.len();
        if n == 0 {
            return Err(TokenizerError::EmptyVocab);
        }
        let scores = match number_array(file, KEY_SCORES)? {
            Some(s) => {
                check_len(KEY_SCORES, s.len(), n)?;
                s[..n].to_vec()
            }
            None => vec![0.0; n],
        };
        let attrs = match int_array(file, KEY_TOKEN_TYPE)? {
            Some(t) => {
                check_len(KEY_TOKEN_TYPE, t.len(), n)?;
                t[..n].iter().map(|&ty| Attr::from_token_type(ty)).collect()
            }
            None => vec![Attr::NORMAL; n],
        };
        let mut vocab = Vocab::from_parts(kind, tokens, scores, attrs, defaults)?;
        vocab.read_flags(file, defaults)?;
        vocab.mark_by_text(file);
        vocab.specials = vocab.special_order();
        Ok(vocab)
    }

    /// The vocabulary before any GGUF key beyond the three token arrays is
    /// read. Empty texts become `[EMPTY_<id>]` as in llama.cpp, so that every
    /// token can be looked up.
    fn from_parts(
        kind: VocabKind,
        mut tokens: Vec<String>,
        scores: Vec<f32>,
        attrs: Vec<Attr>,
        defaults: Defaults,
    ) -> Result<Vocab, TokenizerError> {
        let mut ids = HashMap::with_capacity(tokens.len());
        for (id, text) in tokens.iter_mut().enumerate() {
            if text.is_empty() {
                *text = format!("[EMPTY_{id}]");
            }
            if let Some(first) = ids.insert(text.clone(), id as u32) {
                return Err(TokenizerError::DuplicateToken {
                    text: text.clone(),
                    first,
                    second: id as u32,
                });
            }
        }
        let n = tokens.len() as u32;
        let in_range = |id: Option<u32>| id.filter(|&id| id < n);
        Ok(Vocab {
            kind,
            tokens,
            scores,
            attrs,
            ids,
            bos: in_range(defaults.bos),
            eos: in_range(defaults.eos),
            eot: None,
            eom: None,
            add_bos: defaults.add_bos,
            add_eos: false,
            add_space_prefix: defaults.add_space_prefix,
            clean_spaces: defaults.clean_spaces,
            eog: BTreeSet::new(),
            specials: Vec::new(),
        })
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn attr(&self, id: u32) -> Attr {
        self.attrs[id as usize]
    }

    /// Special ids and `add_*` flags from the GGUF. An id outside the
    /// vocabulary is ignored (llama.cpp warns and keeps its default).
    fn read_flags(&mut self, file: &GgufFile, defaults: Defaults) -> Result<(), TokenizerError> {
        let n = self.len() as u64;
        let id_key = |name: &str| {
            file.metadata(&format!("tokenizer.ggml.{name}_token_id"))
                .and_then(MetaValue::as_u64)
                .filter(|&id| id < n)
                .map(|id| id as u32)
        };
        self.bos = id_key("bos").or(self.bos);
        self.eos = id_key("eos").or(self.eos);
        self.eot = id_key("eot");
        self.eom = id_key("eom");
        let flag = |key: &str, default: bool| {
            file.metadata(&format!("tokenizer.ggml.{key}"))
                .and_then(MetaValue::as_bool)
                .unwrap_or(default)
        };
        self.add_space_prefix = flag("add_space_prefix", defaults.add_space_prefix);
        self.add_bos = flag("add_bos_token", defaults.add_bos);
        self.add_eos = flag("add_eos_token", false);
        if self.add_bos && self.bos.is_none() {
            return Err(TokenizerError::MissingSpecial {
                flag: "tokenizer.ggml.add_bos_token",
                id: "tokenizer.ggml.bos_token_id",
            });
        }
        if self.add_eos && self.eos.is_none() {
            return Err(TokenizerError::MissingSpecial {
                flag: "tokenizer.ggml.add_eos_token",
                id: "tokenizer.ggml.eos_token_id",
            });
        }
        Ok(())
    }

    /// llama.cpp's text heuristics: end-of-turn, end-of-message and FIM tokens
    /// found by their text become control tokens, the end-of-generation set is
    /// filled, and Phi-3's special tokens swallow the whitespace after them.
    /// Tokens are visited in id order (llama.cpp walks a hash map, so where
    /// two texts match the same role it picks one arbitrarily).
    fn mark_by_text(&mut self, file: &GgufFile) {
        let n = self.len() as u64;
        let mut eot = self.eot;
        let mut eom = self.eom;
        let mut fim: Vec<Option<u32>> = FIM_TEXTS
            .iter()
            .map(|(key, _, _)| {
                file.metadata(&format!("tokenizer.ggml.{key}_token_id"))
                    .and_then(MetaValue::as_u64)
                    .filter(|&id| id < n)
                    .map(|id| id as u32)
            })
            .collect();
        for id in 0..self.len() {
            let text = self.tokens[id].as_str();
            let mut control = false;
            if eot.is_none() && EOT_TEXTS.contains(&text) {
                eot = Some(id as u32);
                control = true;
            }
            if eom.is_none() && text == "<|eom_id|>" {
                eom = Some(id as u32);
                control = true;
            }
            for (slot, (_, texts, _)) in fim.iter_mut().zip(FIM_TEXTS) {
                if slot.is_none() && texts.contains(&text) {
                    *slot = Some(id as u32);
                    control = true;
                }
            }
            if control {
                self.attrs[id] = self.attrs[id].with(Attr::CONTROL);
            }
        }
        self.eot = eot;
        self.eom = eom;

        let mut eog = BTreeSet::new();
        for (slot, (_, _, ends)) in fim.iter().zip(FIM_TEXTS) {
            if let (Some(id), true) = (slot, ends) {
                eog.insert(*id);
            }
        }
        for id in 0..self.len() {
            if EOG_TEXTS.contains(&self.tokens[id].as_str()) {
                eog.insert(id as u32);
                self.attrs[id] = self.attrs[id].with(Attr::CONTROL);
            }
        }
        // gpt-oss marks these structural tokens as control, but they must show.
        for text in ["<|channel|>", "<|message|>", "<|start|>", "<|constrain|>"] {
            if let Some(&id) = self.ids.get(text) {
                self.attrs[id as usize] = Attr::USER_DEFINED;
            }
        }
        eog.extend([self.eos, self.eot, self.eom].into_iter().flatten());
        self.drop_false_eogs(&mut eog);
        self.eog = eog;

        let name = file
            .metadata("general.name")
            .and_then(MetaValue::as_str)
            .unwrap_or("")
            .to_lowercase();
        if name.contains("phi-3") || name.contains("phi3") {
            self.phi3_rstrip();
        }
    }

    /// Two vocabularies reuse an end-of-generation text for something else:
    /// o200k_harmony and solar-open (`<|end|>` ends a message, not the turn,
    /// when `<|return|>`/`<|call|>` or `<|calls|>`/`<|flush|>` exist) and
    /// Gemma 4 and PLaMo (`</s>` is a normal token when `<|tool_response>` or
    /// `<|plamo:eos|>` ends generation).
    fn drop_false_eogs(&mut self, eog: &mut BTreeSet<u32>) {
        let has = |text: &str| eog.iter().any(|&id| self.tokens[id as usize] == text);
        let end_is_not_eog = has("<|end|>")
            && ((has("<|return|>") && (has("<|call|>") || has("<|calls|>")))
                || ((has("<|call|>") || has("<|calls|>")) && has("<|flush|>")));
        let s_is_not_eog = (has("<|tool_response>") || has("<|plamo:eos|>")) && has("</s>");
        if end_is_not_eog && let Some(&id) = self.ids.get("<|end|>") {
            eog.remove(&id);
            self.attrs[id as usize] = Attr::USER_DEFINED;
        }
        if s_is_not_eog && let Some(&id) = self.ids.get("</s>") {
            eog.remove(&id);
            self.attrs[id as usize] = Attr::NORMAL;
        }
    }

    /// Phi-3's tokenizer strips whitespace after its special tokens, except
    /// after `<unk>`, `<s>` and `<|endoftext|>` (llama.cpp sets this by model
    /// name, since GGUF has no per-token strip flags).
    fn phi3_rstrip(&mut self) {
        for id in 0..self.len() {
            if self.is_special_text(id) || self.tokens[id] == "</s>" {
                self.attrs[id] = self.attrs[id].with(Attr::RSTRIP);
            }
        }
        for text in ["<unk>", "<s>", "<|endoftext|>"] {
            if let Some(&id) = self.ids.get(text) {
                self.attrs[id as usize] = self.attrs[id as usize].without(Attr::RSTRIP);
            }
        }
    }

    fn is_special_text(&self, id: usize) -> bool {
        self.attrs[id].has(Attr::CONTROL.with(Attr::USER_DEFINED).with(Attr::UNKNOWN))
    }

    /// Special tokens longest first; ties by id, so the order is deterministic
    /// (llama.cpp's unstable sort leaves it open, which only matters for
    /// overlapping equal-length specials).
    fn special_order(&self) -> Vec<u32> {
        let mut ids: Vec<u32> = (0..self.len())
            .filter(|&id| self.is_special_text(id))
            .map(|id| id as u32)
            .collect();
        ids.sort_by_key(|&id| std::cmp::Reverse(self.tokens[id as usize].len()));
        ids
    }
}

fn check_len(key: &'static str, found: usize, expected: usize) -> Result<(), TokenizerError> {
    if found < expected {
        return Err(TokenizerError::LengthMismatch {
            key,
            found,
            expected,
        });
    }
    Ok(())
}

fn array<'f>(
    file: &'f GgufFile,
    key: &'static str,
    expected: &'static str,
) -> Result<Option<&'f [MetaValue]>, TokenizerError> {
    match file.metadata(key) {
        None => Ok(None),
        Some(v) => v
            .as_array()
            .map(Some)
            .ok_or(TokenizerError::WrongType { key, expected }),
    }
}

/// A metadata array of strings, if the key exists.
pub(crate) fn string_array(
    file: &GgufFile,
    key: &'static str,
) -> Result<Option<Vec<String>>, TokenizerError> {
    const EXPECTED: &str = "an array of strings";
    let Some(items) = array(file, key, EXPECTED)? else {
        return Ok(None);
    };
    items
        .iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect::<Option<Vec<_>>>()
        .map(Some)
        .ok_or(TokenizerError::WrongType {
            key,
            expected: EXPECTED,
        })
}

fn number_array(file: &GgufFile, key: &'static str) -> Result<Option<Vec<f32>>, TokenizerError> {
    const EXPECTED: &str = "an array of numbers";
    let Some(items) = array(file, key, EXPECTED)? else {
        return Ok(None);
    };
    items
        .iter()
        .map(MetaValue::as_f32)
        .collect::<Option<Vec<_>>>()
        .map(Some)
        .ok_or(TokenizerError::WrongType {
            key,
            expected: EXPECTED,
        })
}

fn int_array(file: &GgufFile, key: &'static str) -> Result<Option<Vec<i64>>, TokenizerError> {
    const EXPECTED: &str = "an array of integers";
    let Some(items) = array(file, key, EXPECTED)? else {
        return Ok(None);
    };
    items
        .iter()
        .map(MetaValue::as_i64)
        .collect::<Option<Vec<_>>>()
        .map(Some)
        .ok_or(TokenizerError::WrongType {
            key,
            expected: EXPECTED,
        })
}
