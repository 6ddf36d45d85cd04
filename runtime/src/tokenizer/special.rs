//! Splitting text on special tokens before tokenizing it, as llama.cpp's
//! `tokenizer_st_partition` does: special tokens are searched for one at a
//! time, longest first, and each occurrence splits the raw-text fragments
//! around it. Only what is left as raw text reaches SPM or BPE, so a special
//! token's text is never broken into ordinary pieces.

use super::vocab::{Attr, Vocab};

/// A piece of the input: raw text still to tokenize, or a special token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fragment<'t> {
    Text(&'t str),
    Token(u32),
}

/// Partitions `text` on the vocabulary's special tokens. Without
/// `parse_special`, control and unknown tokens stay plain text; user-defined
/// tokens are still matched (as Hugging Face's added tokens are).
pub(crate) fn partition<'t>(
    text: &'t str,
    vocab: &Vocab,
    parse_special: bool,
) -> Vec<Fragment<'t>> {
    let mut fragments = if text.is_empty() {
        Vec::new()
    } else {
        vec![Fragment::Text(text)]
    };
    for &id in &vocab.specials {
        let attr = vocab.attr(id);
        if !parse_special && attr.has(Attr::CONTROL.with(Attr::UNKNOWN)) {
            continue;
        }
        let needle = vocab.tokens[id as usize].as_str();
        let occurs = |f: &Fragment| matches!(f, Fragment::Text(t) if t.contains(needle));
        if !fragments.iter().any(occurs) {
            continue;
        }
        let mut split = Vec::with_capacity(fragments.len() + 2);
        for fragment in fragments {
            match fragment {
                Fragment::Text(t) => split_on(t, needle, id, attr, &mut split),
                token => split.push(token),
            }
        }
        fragments = split;
    }
    fragments
}

/// Appends the fragments of `text` split on every occurrence of `needle`.
fn split_on<'t>(mut text: &'t str, needle: &str, id: u32, attr: Attr, out: &mut Vec<Fragment<'t>>) {
    while let Some(pos) = text.find(needle) {
        let mut left = &text[..pos];
        if attr.has(Attr::LSTRIP) {
            left = left.trim_end_matches(is_c_space);
        }
        if !left.is_empty() {
            out.push(Fragment::Text(left));
        }
        out.push(Fragment::Token(id));
        text = &text[pos + needle.len()..];
        if attr.has(Attr::RSTRIP) {
            text = text.trim_start_matches(is_c_space);
        }
    }
    if !text.is_empty() {
        out.push(Fragment::Text(text));
    }
}

/// C's `isspace` in the "C" locale, which llama.cpp uses for stripping
/// (unlike `char::is_ascii_whitespace`, it includes vertical tab).
fn is_c_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r')
}
