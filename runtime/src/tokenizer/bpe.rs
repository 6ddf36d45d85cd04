//! Byte-level BPE (`tokenizer.ggml.model = "gpt2"`) through the `tokenizers`
//! crate: regex pre-tokenizers chosen by `tokenizer.ggml.pre`, GPT-2's
//! byte-to-unicode mapping, then merges by rank.
//!
//! llama.cpp (`llm_tokenizer_bpe`, src/llama-vocab.cpp) applies each
//! pre-tokenizer regex in turn to the pieces the previous one left, keeping
//! both the matches and the text between them; a `Split` with `Isolated`
//! behaviour does exactly that. Its hand-written GPT-2 and Llama-3 splitters
//! implement the regexes below (including the trailing `\s+` that its table
//! leaves off the GPT-2 one). The merge loop is the same as `tokenizers`'
//! `BPE`: lowest rank first, leftmost on ties.

use super::TokenizerError;
use super::vocab::Vocab;
use std::collections::HashSet;
use tokenizers::models::bpe::{BPE, Vocab as BpeVocab};
use tokenizers::pre_tokenizers::PreTokenizerWrapper;
use tokenizers::pre_tokenizers::byte_level::ByteLevel;
use tokenizers::pre_tokenizers::sequence::Sequence;
use tokenizers::pre_tokenizers::split::{Split, SplitPattern};
use tokenizers::{
    Model, OffsetReferential, OffsetType, PreTokenizedString, PreTokenizer, SplitDelimiterBehavior,
};

const GPT2: &str = r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+";
const LLAMA3: &str = r"(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";
const QWEN2: &str = r"(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";
const TEKKEN: &str = r"[^\r\n\p{L}\p{N}]?((?=[\p{L}])([^a-z]))*((?=[\p{L}])([^A-Z]))+|[^\r\n\p{L}\p{N}]?((?=[\p{L}])([^a-z]))+((?=[\p{L}])([^A-Z]))*|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+";
const GPT4O: &str = r"[^\r\n\p{L}\p{N}]?((?=[\p{L}])([^a-z]))*((?=[\p{L}])([^A-Z]))+(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])?|[^\r\n\p{L}\p{N}]?((?=[\p{L}])([^a-z]))+((?=[\p{L}])([^A-Z]))*(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+";
const BLOOM: &str = r" ?[^(\s|.,!?…。，、।۔،)]+";

/// What a `tokenizer.ggml.pre` name selects in llama.cpp.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PreTokenizerSpec {
    /// Applied in order, each to the pieces the previous one produced.
    pub regexes: &'static [&'static str],
    /// Take a whole pre-token that is in the vocabulary as one token.
    pub ignore_merges: bool,
    /// Undo tokenization spaces when decoding (`clean_up_tokenization_spaces`).
    pub clean_spaces: bool,
    /// Add BOS unless the GGUF says otherwise.
    pub add_bos: bool,
}

const fn spec(regexes: &'static [&'static str], clean_spaces: bool) -> PreTokenizerSpec {
    PreTokenizerSpec {
        regexes,
        ignore_merges: false,
        clean_spaces,
        add_bos: false,
    }
}

/// llama.cpp's pre-tokenizer table (`llama_vocab::impl::load` and the
/// `llm_tokenizer_bpe` constructor), for the names whose regexes port as is.
const PRE_TOKENIZERS: &[(&[&str], PreTokenizerSpec)] = &[
    (
        &["default"],
        spec(
            &[r"[\p{P}\$\+<=>\^~\|]+", GPT2, r"\p{N}+", r"[0-9][0-9][0-9]"],
            true,
        ),
    ),
    (
        &[
            "llama3",
            "llama-v3",
            "llama-bpe",
            "falcon3",
            "falcon-h1",
            "pixtral",
            "midm-2.0",
            "lfm2",
        ],
        PreTokenizerSpec {
            regexes: &[LLAMA3],
            ignore_merges: true,
            clean_spaces: true,
            add_bos: true,
        },
    ),
    (&["dbrx", "smaug-bpe"], spec(&[LLAMA3], true)),
    (
        &["falcon"],
        spec(&[r"[\p{P}\$\+<=>\^~\|`]+", GPT2, r"[0-9][0-9][0-9]"], true),
    ),
    (
        &[
            "gpt-2", "phi-2", "gigachat", "a.x-4.0", "mellum", "exaone4", "mpt", "olmo", "jais",
        ],
        spec(&[GPT2], true),
    ),
    (&["trillion", "granite-docling"], spec(&[GPT2], false)),
    (
        &[
            "starcoder",
            "refact",
            "codeshell",
            "exaone",
            "minerva-7b",
            "mellum2",
        ],
        spec(&[r"\p{N}", GPT2], true),
    ),
    (&["smollm", "command-r"], spec(&[r"\p{N}", GPT2], false)),
    (
        &[
            "qwen2",
            "deepseek-r1-qwen",
            "kormo",
            "f2llmv2",
            "hunyuan",
            "solar-open",
        ],
        spec(&[QWEN2], false),
    ),
    (&["stablelm2", "megrez"], spec(&[QWEN2], true)),
    (&["bloom", "gpt3-finnish"], spec(&[BLOOM], true)),
    (&["poro-chat"], spec(&[BLOOM], false)),
    (
        &["tekken"],
        PreTokenizerSpec {
            regexes: &[TEKKEN],
            ignore_merges: true,
            clean_spaces: false,
            add_bos: true,
        },
    ),
    (
        &["gpt-4o", "llama4", "kanana2", "talkie"],
        spec(&[GPT4O], false),
    ),
];

/// The pre-tokenizer for a `tokenizer.ggml.pre` name (`None`: not supported).
pub(crate) fn pre_tokenizer_spec(name: &str) -> Option<PreTokenizerSpec> {
    PRE_TOKENIZERS
        .iter()
        .find(|(names, _)| names.contains(&name))
        .map(|&(_, spec)| spec)
}

/// Every supported `tokenizer.ggml.pre` name, for error messages.
pub(crate) fn supported_pre_tokenizers() -> Vec<&'static str> {
    PRE_TOKENIZERS
        .iter()
        .flat_map(|(names, _)| names.iter().copied())
        .collect()
}

/// A byte-level BPE tokenizer for raw-text fragments.
pub(crate) struct BpeEncoder {
    pre: Sequence,
    model: BPE,
}

impl BpeEncoder {
    /// Builds the encoder from the vocabulary and the GGUF's merge list
    /// (`"left right"` strings, rank = position).
    pub fn new(
        vocab: &Vocab,
        merges: &[String],
        spec: &PreTokenizerSpec,
    ) -> Result<BpeEncoder, TokenizerError> {
        let mut steps = Vec::with_capacity(spec.regexes.len() + 1);
        for &regex in spec.regexes {
            let split = Split::new(
                SplitPattern::Regex(regex.to_owned()),
                SplitDelimiterBehavior::Isolated,
                false,
            )
            .map_err(|e| TokenizerError::Bpe(format!("pre-tokenizer regex {regex:?}: {e}")))?;
            steps.push(PreTokenizerWrapper::Split(split));
        }
        // Only the byte-to-unicode mapping: the splitting is done above.
        steps.push(PreTokenizerWrapper::ByteLevel(ByteLevel::new(
            false, false, false,
        )));

        let bpe_vocab: BpeVocab = vocab
            .tokens
            .iter()
            .enumerate()
            .map(|(id, text)| (text.clone(), id as u32))
            .collect();
        let model = BPE::builder()
            .vocab_and_merges(bpe_vocab, usable_merges(vocab, merges))
            .ignore_merges(spec.ignore_merges)
            .build()
            .map_err(|e| TokenizerError::Bpe(e.to_string()))?;
        Ok(BpeEncoder {
            pre: Sequence::new(steps),
            model,
        })
    }

    /// Tokenizes one raw-text fragment, appending ids.
    pub fn encode(&self, text: &str, out: &mut Vec<u32>) -> Result<(), TokenizerError> {
        let mut pieces = PreTokenizedString::from(text);
        self.pre
            .pre_tokenize(&mut pieces)
            .map_err(|e| TokenizerError::Bpe(e.to_string()))?;
        for (piece, _, _) in pieces.get_splits(OffsetReferential::Normalized, OffsetType::Byte) {
            let tokens = self
                .model
                .tokenize(piece)
                .map_err(|e| TokenizerError::Bpe(e.to_string()))?;
            out.extend(tokens.iter().map(|t| t.id));
        }
        Ok(())
    }
}

/// The merges `tokenizers` can use, in rank order. A line is split at its
/// first space after the first character (llama.cpp's `find(' ', 1)`), a
/// repeated pair keeps its first rank (llama.cpp's `emplace`), and a merge
/// whose parts or result are not tokens is dropped: `tokenizers` refuses
/// them, and such a merge can never apply to text made of vocabulary symbols
/// anyway, except through a result that is not a token, which llama.cpp would
/// then spell out byte by byte.
fn usable_merges(vocab: &Vocab, merges: &[String]) -> Vec<(String, String)> {
    let mut seen = HashSet::with_capacity(merges.len());
    let mut out = Vec::with_capacity(merges.len());
    for line in merges {
        let first_len = line.chars().next().map_or(0, char::len_utf8);
        let Some(space) = line[first_len..].find(' ').map(|p| p + first_len) else {
            continue;
        };
        let (left, right) = (&line[..space], &line[space + 1..]);
        let known = |s: &str| vocab.ids.contains_key(s);
        if !known(left) || !known(right) || !known(&format!("{left}{right}")) {
            continue;
        }
        if seen.insert((left, right)) {
            out.push((left.to_owned(), right.to_owned()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `text` with a spec's regexes the way `BpeEncoder` does, returning
    /// the byte-level pieces mapped back to plain text.
    fn split(name: &str, text: &str) -> Vec<String> {
        let spec = pre_tokenizer_spec(name).unwrap();
        let steps = spec
            .regexes
            .iter()
            .map(|r| {
                let s = Split::new(
                    SplitPattern::Regex((*r).into()),
                    SplitDelimiterBehavior::Isolated,
                    false,
                );
                PreTokenizerWrapper::Split(s.unwrap())
            })
            .collect();
        let mut pieces = PreTokenizedString::from(text);
        Sequence::new(steps).pre_tokenize(&mut pieces).unwrap();
        pieces
            .get_splits(OffsetReferential::Original, OffsetType::Byte)
            .into_iter()
            .map(|(s, _, _)| s.to_owned())
            .collect()
    }

    #[test]
    fn every_supported_regex_compiles() {
        for name in supported_pre_tokenizers() {
            for &regex in pre_tokenizer_spec(name).unwrap().regexes {
                let built = Split::new(
                    SplitPattern::Regex(regex.into()),
                    SplitDelimiterBehavior::Isolated,
                    false,
                );
                assert!(built.is_ok(), "{name}: {regex}");
            }
        }
    }

    #[test]
    fn smollm_isolates_every_digit() {
        assert_eq!(
            split("smollm", "in 2024, we"),
            ["in", " ", "2", "0", "2", "4", ",", " we"]
        );
    }

    #[test]
    fn llama3_groups_digits_by_three_and_keeps_newlines_apart() {
        assert_eq!(
            split("llama3", "x 1234567\n\n  y"),
            ["x", " ", "123", "456", "7", "\n\n", " ", " y"]
        );
        assert_eq!(split("llama3", "I'M here"), ["I", "'M", " here"]);
    }

    #[test]
    fn gpt2_keeps_the_space_before_a_word_and_trailing_spaces_whole() {
        assert_eq!(
            split("gpt-2", "Hello   world  "),
            ["Hello", "  ", " world", "  "]
        );
        assert_eq!(split("gpt-2", "don't"), ["don", "'t"]);
    }

    #[test]
    fn qwen2_splits_digits_singly() {
        assert_eq!(split("qwen2", "v12"), ["v", "1", "2"]);
    }

    #[test]
    fn default_splits_punctuation_runs_then_numbers_in_threes() {
        assert_eq!(
            split("default", "a...b 12345"),
            ["a", "...", "b", " ", "123", "45"]
        );
    }

    #[test]
    fn unknown_names_are_not_guessed() {
        assert!(pre_tokenizer_spec("llama").is_none());
        assert!(supported_pre_tokenizers().contains(&"smollm"));
    }
}
