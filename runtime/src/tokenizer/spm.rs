//! SentencePiece-style tokenization (`tokenizer.ggml.model = "llama"`), a port
//! of llama.cpp's `llm_tokenizer_spm_session`.
//!
//! The text starts as one symbol per UTF-8 character; the adjacent pair whose
//! concatenation is the highest-scoring vocabulary token is merged, again and
//! again, until no pair forms a token. Symbols that are not tokens fall back to
//! `<0xXX>` byte tokens. The `tokenizers` crate has no model that merges by
//! vocabulary score: its `BPE` needs an explicit merge list, which SPM GGUFs
//! do not carry, and its `Unigram` runs Viterbi over all segmentations, which
//! picks different pieces. So the algorithm is written out here, to give
//! llama.cpp's ids token for token.

use super::TokenizerError;
use super::vocab::Vocab;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// One symbol of the work list: a byte range of the text, linked to its
/// neighbours. Merging grows the left symbol and empties the right one.
#[derive(Clone, Copy)]
struct Symbol {
    start: usize,
    len: usize,
    prev: Option<usize>,
    next: Option<usize>,
}

/// A candidate merge of two adjacent symbols.
struct Bigram {
    left: usize,
    right: usize,
    score: f32,
    /// Byte length of the merged text: a stale entry (a side has changed
    /// since it was queued) no longer matches the symbols' lengths.
    len: usize,
}

impl Ord for Bigram {
    /// Highest score first, then the leftmost pair. Scores compare as C++'s
    /// `<` does (so `-0.0 == 0.0`, which `f32::total_cmp` would not give).
    fn cmp(&self, other: &Self) -> Ordering {
        self.score
            .partial_cmp(&other.score)
            .unwrap_or(Ordering::Equal)
            .then_with(|| other.left.cmp(&self.left))
    }
}

impl PartialOrd for Bigram {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Bigram {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Bigram {}

/// Tokenizes `text`, whose spaces are already escaped as `▁`, appending ids.
pub(crate) fn encode(text: &str, vocab: &Vocab, out: &mut Vec<u32>) -> Result<(), TokenizerError> {
    let mut symbols: Vec<Symbol> = Vec::with_capacity(text.len());
    for (i, (start, c)) in text.char_indices().enumerate() {
        symbols.push(Symbol {
            start,
            len: c.len_utf8(),
            prev: i.checked_sub(1),
            next: Some(i + 1),
        });
    }
    let Some(last) = symbols.last_mut() else {
        return Ok(());
    };
    last.next = None;

    let mut queue = BinaryHeap::new();
    for right in 1..symbols.len() {
        push_bigram(text, vocab, &symbols, right - 1, right, &mut queue);
    }
    while let Some(bigram) = queue.pop() {
        let (left, right) = (symbols[bigram.left], symbols[bigram.right]);
        if left.len == 0 || right.len == 0 || left.len + right.len != bigram.len {
            continue;
        }
        symbols[bigram.left].len += right.len;
        symbols[bigram.left].next = right.next;
        symbols[bigram.right].len = 0;
        if let Some(next) = right.next {
            symbols[next].prev = Some(bigram.left);
        }
        if let Some(prev) = left.prev {
            push_bigram(text, vocab, &symbols, prev, bigram.left, &mut queue);
        }
        if let Some(next) = right.next {
            push_bigram(text, vocab, &symbols, bigram.left, next, &mut queue);
        }
    }

    // Every merged symbol is a vocabulary token (a pair is only queued when
    // it is one), so only single characters can miss the vocabulary; llama.cpp's
    // `rev_merge` re-splitting therefore never applies to valid UTF-8 and only
    // the byte fallback is needed.
    let mut i = Some(0);
    while let Some(at) = i {
        let sym = symbols[at];
        let piece = &text[sym.start..sym.start + sym.len];
        match vocab.ids.get(piece) {
            Some(&id) => out.push(id),
            None => {
                for &byte in piece.as_bytes() {
                    out.push(byte_token(vocab, byte)?);
                }
            }
        }
        i = sym.next;
    }
    Ok(())
}

fn push_bigram(
    text: &str,
    vocab: &Vocab,
    symbols: &[Symbol],
    left: usize,
    right: usize,
    queue: &mut BinaryHeap<Bigram>,
) {
    let start = symbols[left].start;
    let len = symbols[left].len + symbols[right].len;
    if let Some(&id) = vocab.ids.get(&text[start..start + len]) {
        queue.push(Bigram {
            left,
            right,
            score: vocab.scores[id as usize],
            len,
        });
    }
}

/// The token for one raw byte: `<0xXX>`, or else the byte itself as a
/// one-character token (llama.cpp's `byte_to_token` for SPM).
fn byte_token(vocab: &Vocab, byte: u8) -> Result<u32, TokenizerError> {
    let hex = format!("<0x{byte:02X}>");
    let plain = byte.is_ascii().then(|| char::from(byte).to_string());
    vocab
        .ids
        .get(&hex)
        .or_else(|| plain.and_then(|p| vocab.ids.get(&p)))
        .copied()
        .ok_or(TokenizerError::MissingByteToken(byte))
}
