//! Token ids back to text, as llama.cpp's `token_to_piece` and `detokenize`
//! do it: each token becomes bytes (byte tokens one raw byte, `▁` a space in
//! SPM pieces, GPT-2's byte-to-unicode mapping undone in BPE pieces), and the
//! bytes are read as UTF-8 only at the end, since one character can span
//! several byte tokens. [`StreamDecoder`] does the same one token at a time.

use super::Tokenizer;
use super::vocab::{Attr, Vocab, VocabKind};

/// The bytes GPT-2's byte-level alphabet does not keep as themselves: they are
/// shifted to U+0100 onwards, in this order, so every byte has a printable,
/// non-space character.
const SHIFTED: [u8; 68] = shifted_bytes();

const fn keeps_itself(b: u8) -> bool {
    matches!(b, 0x21..=0x7E | 0xA1..=0xAC | 0xAE..=0xFF)
}

const fn shifted_bytes() -> [u8; 68] {
    let mut out = [0u8; 68];
    let (mut b, mut n) = (0usize, 0usize);
    while b < 256 {
        if !keeps_itself(b as u8) {
            out[n] = b as u8;
            n += 1;
        }
        b += 1;
    }
    out
}

/// GPT-2's byte-to-unicode mapping, as used in byte-level BPE vocabularies.
/// Encoding gets it from `tokenizers`' `ByteLevel`; this copy pins down the
/// inverse in the tests.
#[cfg(test)]
fn byte_to_char(b: u8) -> char {
    if keeps_itself(b) {
        return char::from(b);
    }
    let n = SHIFTED.iter().position(|&s| s == b).unwrap_or(0);
    char::from_u32(0x100 + n as u32).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// The inverse of [`byte_to_char`]: `None` for characters outside the alphabet.
pub(crate) fn char_to_byte(c: char) -> Option<u8> {
    let cp = c as u32;
    match u8::try_from(cp) {
        Ok(b) if keeps_itself(b) => Some(b),
        _ => cp
            .checked_sub(0x100)
            .and_then(|n| SHIFTED.get(n as usize).copied()),
    }
}

/// Appends the bytes of one token (llama.cpp's `token_to_piece` without the
/// cache). Control and unknown tokens render as their text when `special`,
/// else as nothing; unused and undefined tokens render as nothing.
pub(crate) fn append_piece(vocab: &Vocab, id: u32, special: bool, out: &mut Vec<u8>) {
    let Some(text) = vocab.tokens.get(id as usize) else {
        return;
    };
    let attr = vocab.attr(id);
    if attr.has(Attr::CONTROL.with(Attr::UNKNOWN)) {
        if special {
            out.extend_from_slice(text.as_bytes());
        }
    } else if attr.has(Attr::USER_DEFINED) {
        out.extend_from_slice(text.as_bytes());
    } else if attr.has(Attr::NORMAL) {
        match vocab.kind {
            VocabKind::Spm => out.extend_from_slice(text.replace('▁', " ").as_bytes()),
            VocabKind::Bpe => append_byte_level(text, out),
        }
    } else if attr.has(Attr::BYTE) {
        out.extend(byte_token_value(text));
    }
}

/// Undoes the byte-to-unicode mapping. A character outside the alphabet is
/// written as llama.cpp's `llama_decode_text` writes it, marker and all, so
/// a malformed vocabulary shows up in the text instead of vanishing.
fn append_byte_level(text: &str, out: &mut Vec<u8>) {
    for c in text.chars() {
        match char_to_byte(c) {
            Some(b) => out.push(b),
            None => {
                out.extend_from_slice(b"[UNK_BYTE_0x");
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.extend_from_slice(format!("{b:02x}").as_bytes());
                }
                out.extend_from_slice(text.as_bytes());
                out.push(b']');
            }
        }
    }
}

/// The byte of a `<0xXX>` token.
fn byte_token_value(text: &str) -> Option<u8> {
    let hex = text.as_bytes().get(3..5)?;
    u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
}

/// llama.cpp's `detokenize(tokens, remove_special, unparse_special)`, before
/// UTF-8 decoding. The first piece loses one leading space when the
/// vocabulary prefixes text with one, unless a BOS comes first;
/// `remove_special` drops the BOS/EOS the vocabulary adds on its own.
pub(crate) fn detokenize(
    vocab: &Vocab,
    ids: &[u32],
    remove_special: bool,
    unparse_special: bool,
) -> Vec<u8> {
    let mut ids = ids;
    let mut strip_space = vocab.add_space_prefix;
    if remove_special && vocab.add_bos && ids.first().copied() == vocab.bos && vocab.bos.is_some() {
        strip_space = false;
        ids = &ids[1..];
    }
    if remove_special && vocab.add_eos && ids.last().copied() == vocab.eos && vocab.eos.is_some() {
        ids = &ids[..ids.len() - 1];
    }
    let mut out = Vec::with_capacity(ids.len() * 4);
    for &id in ids {
        let start = out.len();
        append_piece(vocab, id, unparse_special, &mut out);
        if strip_space && out.get(start) == Some(&b' ') {
            out.remove(start);
        }
        strip_space = false;
    }
    if vocab.clean_spaces {
        clean_spaces(&mut out);
    }
    out
}

/// Hugging Face's `clean_up_tokenization_spaces` as llama.cpp ports it, pass
/// for pass (quirks included): " ?" " !" " ." " ," lose the space; " ' "
/// becomes "'"; " 's" " 'm" " 're" " 've" lose the space.
pub(crate) fn clean_spaces(text: &mut Vec<u8>) {
    // Pass 1: space before ? ! . ,
    let n = text.len();
    let mut total = n.min(1);
    for i in 1..n {
        let x = text[i];
        if text[i - 1] == b' ' && matches!(x, b'?' | b'!' | b'.' | b',') {
            total -= 1;
        }
        text[total] = x;
        total += 1;
    }
    text.truncate(total);

    // Pass 2: a lone apostrophe between spaces. llama.cpp overwrites the
    // skipped space with NUL, which the next step then sees as its left
    // neighbour; kept for identical output.
    let n = text.len();
    let mut total = n.min(1);
    let mut i = 1;
    while i < n {
        let x = text[i];
        if x == b'\'' && i + 1 < n && text[i - 1] == b' ' && text[i + 1] == b' ' {
            total -= 1;
            i += 1;
            text[i] = 0;
        }
        text[total] = x;
        total += 1;
        i += 1;
    }
    text.truncate(total);

    // Pass 3: contractions.
    let n = text.len();
    let mut total = n.min(1);
    for i in 1..n {
        let x = text[i];
        if text[i - 1] == b' ' && x == b'\'' && i + 1 < n {
            let x1 = text[i + 1];
            let x2 = text.get(i + 2).copied().filter(|_| i + 2 < n);
            let joins = matches!(x1, b's' | b'm')
                || matches!((x1, x2), (b'r', Some(b'e')) | (b'v', Some(b'e')));
            if joins {
                total -= 1;
            }
        }
        text[total] = x;
        total += 1;
    }
    text.truncate(total);
}

/// How much of `bytes` can be turned into text now: everything but an
/// incomplete UTF-8 sequence at the end, and, when spaces get cleaned, but
/// the tail from a space or apostrophe among the last four bytes (cleaning
/// decides about those by what follows; with none there,
/// `clean(a + b) == clean(a) + clean(b)`).
fn stable_len(bytes: &[u8], clean: bool) -> usize {
    let mut cut = complete_utf8_len(bytes);
    if clean {
        loop {
            let from = cut.saturating_sub(4);
            match bytes[from..cut]
                .iter()
                .position(|&b| b == b' ' || b == b'\'')
            {
                Some(p) => cut = from + p,
                None => break,
            }
        }
    }
    cut
}

/// The length of `bytes` without a trailing sequence that more bytes could
/// still complete. Invalid sequences count as complete: lossy decoding turns
/// them into U+FFFD whatever follows.
fn complete_utf8_len(bytes: &[u8]) -> usize {
    let mut start = 0;
    loop {
        match std::str::from_utf8(&bytes[start..]) {
            Ok(_) => return bytes.len(),
            Err(e) => match e.error_len() {
                Some(bad) => start += e.valid_up_to() + bad,
                None => return start + e.valid_up_to(),
            },
        }
    }
}

/// Bytes waiting to become text.
#[derive(Debug, Default)]
struct Pending {
    bytes: Vec<u8>,
    clean: bool,
}

impl Pending {
    fn take(&mut self, len: usize) -> String {
        let mut chunk: Vec<u8> = self.bytes.drain(..len).collect();
        if self.clean {
            clean_spaces(&mut chunk);
        }
        String::from_utf8_lossy(&chunk).into_owned()
    }

    fn push(&mut self, bytes: &[u8]) -> String {
        self.bytes.extend_from_slice(bytes);
        self.take(stable_len(&self.bytes, self.clean))
    }

    fn finish(&mut self) -> String {
        self.take(self.bytes.len())
    }
}

/// Turns a stream of tokens into text pieces, holding back incomplete UTF-8
/// sequences split across byte tokens (and, for vocabularies that clean
/// tokenization spaces, the few bytes the cleaning has yet to decide on).
///
/// The concatenated output equals [`Tokenizer::decode`] of all the ids, with
/// one exception: a trailing EOS that `decode` removes when skipping special
/// tokens is rendered here (a stream cannot know it is the last token; EOS
/// is a control token in practice, which renders as nothing anyway).
#[derive(Debug)]
pub struct StreamDecoder<'a> {
    vocab: &'a Vocab,
    skip_special: bool,
    started: bool,
    strip_space: bool,
    pending: Pending,
    piece: Vec<u8>,
}

impl<'a> StreamDecoder<'a> {
    /// A decoder matching `tokenizer.decode(ids, false)`: special tokens
    /// render as their text.
    pub fn new(tokenizer: &'a Tokenizer) -> StreamDecoder<'a> {
        let vocab = &tokenizer.vocab;
        StreamDecoder {
            vocab,
            skip_special: false,
            started: false,
            strip_space: vocab.add_space_prefix,
            pending: Pending {
                bytes: Vec::new(),
                clean: vocab.clean_spaces,
            },
            piece: Vec::new(),
        }
    }

    /// Matches `tokenizer.decode(ids, skip)` instead: with `skip`, control
    /// tokens render as nothing and a leading BOS is dropped.
    pub fn skip_special(mut self, skip: bool) -> StreamDecoder<'a> {
        self.skip_special = skip;
        self
    }

    /// Adds one token; returns the text that is now complete (often empty
    /// while a multi-byte character is still arriving).
    pub fn push(&mut self, id: u32) -> String {
        let vocab = self.vocab;
        if !self.started {
            self.started = true;
            if self.skip_special && vocab.add_bos && vocab.bos == Some(id) {
                self.strip_space = false;
                return String::new();
            }
        }
        self.piece.clear();
        append_piece(vocab, id, !self.skip_special, &mut self.piece);
        if self.strip_space && self.piece.first() == Some(&b' ') {
            self.piece.remove(0);
        }
        self.strip_space = false;
        self.pending.push(&self.piece)
    }

    /// Everything still held back (an unfinished character becomes U+FFFD).
    pub fn finish(&mut self) -> String {
        self.pending.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn byte_level_alphabet_round_trips_every_byte() {
        let mut seen = std::collections::HashSet::new();
        for b in 0..=255u8 {
            let c = byte_to_char(b);
            assert!(seen.insert(c), "byte {b} shares a character");
            assert_eq!(char_to_byte(c), Some(b));
        }
        assert_eq!(byte_to_char(b' '), 'Ġ');
        assert_eq!(byte_to_char(b'\n'), 'Ċ');
        assert_eq!(byte_to_char(b'a'), 'a');
        assert_eq!(char_to_byte('▁'), None);
    }

    fn cleaned(s: &str) -> String {
        let mut b = s.as_bytes().to_vec();
        clean_spaces(&mut b);
        String::from_utf8(b).unwrap()
    }

    #[test]
    fn clean_spaces_matches_llama_cpp_rules() {
        assert_eq!(cleaned("Hello , world !"), "Hello, world!");
        assert_eq!(cleaned("it 's a ' quote"), "it's a'quote");
        assert_eq!(cleaned("we 're they 've I 'm"), "we're they've I'm");
        assert_eq!(cleaned("do n 't , we 'll"), "do n 't, we 'll");
        assert_eq!(cleaned(" ."), ".");
        assert_eq!(
            cleaned("a ' ' b"),
            "a'' b",
            "the skipped space reads as NUL"
        );
    }

    #[test]
    fn incomplete_utf8_is_held_back_but_invalid_bytes_are_not() {
        let crab = "🦀".as_bytes();
        assert_eq!(complete_utf8_len(&crab[..3]), 0);
        assert_eq!(complete_utf8_len(b"ab\xF0\x9F"), 2);
        assert_eq!(complete_utf8_len(b"a\xFFb"), 3);
        assert_eq!(complete_utf8_len(b"a\xE2\x28"), 3);
    }

    proptest! {
        /// Streaming in arbitrary chunks gives exactly the one-shot result,
        /// with and without space cleaning, whatever the split points.
        #[test]
        fn streaming_equals_one_shot(
            parts in proptest::collection::vec(
                prop::sample::select(vec![
                    " ".as_bytes(), b"'", b"s", b"re", b"ve", b"m", b"t", b",", b".", b"?", b"x",
                    "é".as_bytes(), b"\xC3", b"\xA9", b"\xF0\x9F", b"\xA6\x80", b"\xFF",
                ]),
                0..40,
            ),
            clean in any::<bool>(),
        ) {
            let all: Vec<u8> = parts.concat();
            let mut expected = all.clone();
            if clean {
                clean_spaces(&mut expected);
            }
            let mut pending = Pending { bytes: Vec::new(), clean };
            let mut streamed = String::new();
            for part in &parts {
                streamed += &pending.push(part);
            }
            streamed += &pending.finish();
            prop_assert_eq!(streamed, String::from_utf8_lossy(&expected).into_owned());
        }
    }
}
