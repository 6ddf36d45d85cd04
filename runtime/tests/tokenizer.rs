//! The tokenizer against llama.cpp: ids for every reference prompt, token
//! pieces and detokenized text of llama.cpp's greedy runs, round trips,
//! streaming, and clear errors for broken vocabularies.
//!
//! The tiny SPM model ships in `shared/testdata/tiny`; the SmolLM2 (byte-level
//! BPE) and Gemma 3 (SPM, 262k tokens) tests need the real GGUFs in the model
//! cache and are ignored by default.

mod common;

use common::{ids, models_dir, read_json_lossy, shared_dir, tiny_dir};
use realm_runtime::gguf::{GgufFile, GgufWriter, MetaValue};
use realm_runtime::tokenizer::{StreamDecoder, Tokenizer, TokenizerError};
use serde_json::Value;
use std::path::Path;

const SMOLLM2: &str = "SmolLM2-135M-Instruct.Q4_1.gguf";
const GEMMA3: &str = "gemma3-270m-q4_k_m.gguf";

fn load(path: &Path) -> Tokenizer {
    let file = GgufFile::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Tokenizer::from_gguf(&file).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn real(file: &str) -> Tokenizer {
    let path = models_dir().join(file);
    assert!(
        path.exists(),
        "{} is missing: run `.ci/test-all`, which fetches it",
        path.display()
    );
    load(&path)
}

fn tiny() -> Tokenizer {
    load(&tiny_dir().join("tiny-f32.gguf"))
}

fn greedy_reference() -> Value {
    read_json_lossy(&shared_dir().join("reference/llamacpp_greedy.json"))
}

/// Each token's bytes read as UTF-8 on their own, as llama.cpp's reference
/// files print pieces.
fn pieces(tok: &Tokenizer, ids: &[u32]) -> Vec<String> {
    ids.iter()
        .map(|&id| String::from_utf8_lossy(&tok.token_bytes(id).unwrap()).into_owned())
        .collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

/// Streams `ids` one by one; returns the text and how many pushes gave
/// nothing (a character still incomplete).
fn stream(tok: &Tokenizer, ids: &[u32], skip_special: bool) -> (String, usize) {
    let mut decoder = StreamDecoder::new(tok).skip_special(skip_special);
    let mut text = String::new();
    let mut empty = 0;
    for &id in ids {
        let piece = decoder.push(id);
        empty += piece.is_empty() as usize;
        text += &piece;
    }
    text += &decoder.finish();
    (text, empty)
}

// ---------------------------------------------------------------------------
// The tiny SPM model (always available).

#[test]
fn tiny_models_tokenize_the_prompt_like_llama_cpp() {
    let mut checked = 0;
    for entry in std::fs::read_dir(tiny_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let reference = read_json_lossy(&path);
        let tok = load(&path.with_extension("gguf"));
        let flags = &reference["tokenize_flags"];
        let prompt = reference["prompt"].as_str().unwrap();
        let got = tok
            .encode(
                prompt,
                flags["add_special"].as_bool().unwrap(),
                flags["parse_special"].as_bool().unwrap(),
            )
            .unwrap();
        assert_eq!(
            got,
            ids(&reference["prompt_token_ids"]),
            "{}",
            path.display()
        );
        assert_eq!(
            pieces(&tok, &got),
            strings(&reference["prompt_token_pieces"]),
            "{}",
            path.display()
        );
        checked += 1;
    }
    assert_eq!(
        checked, 10,
        "one reference per quantization of the tiny model"
    );
}

#[test]
fn tiny_greedy_tokens_detokenize_like_llama_cpp() {
    let reference = read_json_lossy(&tiny_dir().join("tiny-f32.json"));
    let tok = tiny();
    let greedy = ids(&reference["greedy"]["token_ids"]);
    // llama.cpp strips the space the SPM vocabulary would prefix: " fh187" -> "fh187".
    assert_eq!(
        tok.decode(&greedy, false),
        reference["greedy"]["text"].as_str().unwrap()
    );
    assert_eq!(
        pieces(&tok, &greedy),
        strings(&reference["greedy"]["token_pieces"])
    );
    let final_pieces = &reference["final_position_topk"];
    assert_eq!(
        pieces(&tok, &ids(&final_pieces["ids"])),
        strings(&final_pieces["pieces"])
    );
}

#[test]
fn tiny_vocab_basics() {
    let tok = tiny();
    assert_eq!(tok.vocab_size(), 512);
    assert_eq!((tok.bos(), tok.eos()), (Some(1), Some(2)));
    assert!(tok.is_eog(2) && !tok.is_eog(1) && !tok.is_eog(262));
    assert_eq!(tok.token_text(262), Some("▁a"));
    assert_eq!(tok.token_id("▁a"), Some(262));
    assert_eq!(tok.token_bytes(262).as_deref(), Some(&b" a"[..]));
    assert_eq!(
        tok.token_bytes(3 + 0xE2).as_deref(),
        Some(&[0xE2][..]),
        "byte token <0xE2>"
    );
    assert_eq!(
        tok.token_bytes(1).as_deref(),
        Some(&b"<s>"[..]),
        "control tokens render as text"
    );
    assert_eq!(tok.token_bytes(512), None);
    assert_eq!(tok.token_text(512), None);
}

#[test]
fn tiny_add_special_and_parse_special_flags() {
    let tok = tiny();
    let plain = tok.encode("is", false, false).unwrap();
    assert_eq!(
        tok.encode("is", true, false).unwrap(),
        [&[1][..], &plain].concat()
    );
    assert_eq!(tok.encode("", true, true).unwrap(), [1]);
    assert!(tok.encode("", false, true).unwrap().is_empty());
    // "</s>" is a control token: special only when parsing specials, and the
    // text after it gets the SPM space prefix again.
    let parsed = tok.encode("is</s>is", false, true).unwrap();
    assert_eq!(parsed, [&plain[..], &[2], &plain].concat());
    let literal = tok.encode("is</s>is", false, false).unwrap();
    assert!(!literal.contains(&2));
    assert_eq!(tok.decode(&literal, false), "▁is</s>is");
}

/// The tiny vocabulary has no `▁` token, so llama.cpp spells the escaped
/// spaces as the three bytes of `▁` and decodes them back to `▁`, not to a
/// space; everything else (accents, CJK, emoji) comes back through byte
/// fallback unchanged.
#[test]
fn tiny_byte_fallback_round_trips_non_ascii() {
    let tok = tiny();
    for text in ["héllo 世界 🦀", "Paris et le", "x\n\ty", "é"] {
        let ids = tok.encode(text, false, false).unwrap();
        let expected = format!("▁{}", text.replace(' ', "▁"));
        assert_eq!(tok.decode(&ids, false), expected, "{text:?}");
        let with_bos = tok.encode(text, true, false).unwrap();
        assert_eq!(tok.decode(&with_bos, true), expected, "{text:?} with BOS");
    }
    let crab = tok.encode("🦀", false, false).unwrap();
    let crab_bytes: Vec<u32> = "▁🦀".bytes().map(|b| 3 + b as u32).collect();
    assert_eq!(crab, crab_bytes, "every byte through <0xXX>");
}

#[test]
fn tiny_stream_decoder_matches_decode_and_holds_back_split_characters() {
    let tok = tiny();
    let text_ids = tok.encode("héllo 世界 🦀!", true, false).unwrap();
    for skip in [false, true] {
        let (text, empty) = stream(&tok, &text_ids, skip);
        assert_eq!(text, tok.decode(&text_ids, skip), "skip_special={skip}");
        assert!(
            empty >= 8,
            "the bytes of ▁, é, 世, 界 and 🦀 arrive one token at a time"
        );
    }
    let reference = read_json_lossy(&tiny_dir().join("tiny-f32.json"));
    let greedy = ids(&reference["greedy"]["token_ids"]);
    assert_eq!(
        stream(&tok, &greedy, false).0,
        reference["greedy"]["text"].as_str().unwrap()
    );
}

#[test]
fn tokenizer_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Tokenizer>();
}

// ---------------------------------------------------------------------------
// 56 tricky texts tokenized by llama.cpp itself (data/tokenizer/: whitespace
// runs, contractions, digits, scripts, emoji, combining marks, control and
// private-use characters, literal `▁`/`Ġ`, special-token texts in context).

fn unhex(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
        .collect()
}

/// A detokenized reference text: plain, or `hex:` bytes when not UTF-8.
fn reference_text(v: &Value) -> String {
    let s = v.as_str().unwrap();
    match s.strip_prefix("hex:") {
        Some(h) => String::from_utf8_lossy(&unhex(h)).into_owned(),
        None => s.to_owned(),
    }
}

/// Ids listed as `[start, end)` ranges.
fn expand_ranges(v: &Value) -> Vec<u32> {
    v.as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r[0].as_u64().unwrap() as u32..r[1].as_u64().unwrap() as u32)
        .collect()
}

/// FNV-1a 64 over each piece as u32 LE length then bytes (as tokref.cpp does).
fn pieces_hash(tok: &Tokenizer) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for id in 0..tok.vocab_size() as u32 {
        let piece = tok.token_bytes(id).unwrap();
        for &b in (piece.len() as u32).to_le_bytes().iter().chain(&piece) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// Compares everything llama.cpp recorded for `model`; returns the number of
/// texts checked and panics listing every mismatch.
fn check_llamacpp_reference(tok: &Tokenizer, model: &str) -> usize {
    let reference = read_json_lossy(&shared_dir().join("tokenizer/llamacpp_tokenize.json"));
    let m = &reference["models"][model];
    assert_eq!(tok.vocab_size() as u64, m["n_vocab"].as_u64().unwrap());
    assert_eq!(tok.bos().map(i64::from), m["bos"].as_i64());
    assert_eq!(tok.eos().map(i64::from), m["eos"].as_i64());
    assert_eq!(tok.adds_bos(), m["add_bos"].as_bool().unwrap());
    let all = 0..tok.vocab_size() as u32;
    let eog: Vec<u32> = all.clone().filter(|&id| tok.is_eog(id)).collect();
    assert_eq!(
        eog,
        expand_ranges(&m["eog"]),
        "{model}: end-of-generation tokens"
    );
    let control: Vec<u32> = all.filter(|&id| tok.is_control(id)).collect();
    assert_eq!(
        control,
        expand_ranges(&m["control"]),
        "{model}: control tokens"
    );
    assert_eq!(
        pieces_hash(tok),
        m["pieces_fnv1a64_special"].as_str().unwrap(),
        "{model}: pieces"
    );

    let texts = strings(&reference["texts"]);
    let results = m["results"].as_array().unwrap();
    assert_eq!(texts.len(), results.len());
    let mut failures = Vec::new();
    let mut check = |what: &str, text: &str, ok: bool, detail: String| {
        if !ok {
            failures.push(format!("{model} {what} {text:?}: {detail}"));
        }
    };
    for (text, r) in texts.iter().zip(results) {
        let special = tok.encode(text, true, true).unwrap();
        let plain = tok.encode(text, false, false).unwrap();
        let (want_special, want_plain) = (ids(&r["ids_special"]), ids(&r["ids_plain"]));
        check(
            "ids (special)",
            text,
            special == want_special,
            format!("{special:?} != {want_special:?}"),
        );
        check(
            "ids (plain)",
            text,
            plain == want_plain,
            format!("{plain:?} != {want_plain:?}"),
        );
        for (what, ids, skip, key) in [
            ("decode plain", &want_plain, false, "detok_plain_unparse"),
            (
                "decode skipping specials",
                &want_special,
                true,
                "detok_special_remove",
            ),
            (
                "decode with specials",
                &want_special,
                false,
                "detok_special_unparse",
            ),
        ] {
            let want = reference_text(&r[key]);
            let got = tok.decode(ids, skip);
            check(what, text, got == want, format!("{got:?} != {want:?}"));
            let (streamed, _) = stream(tok, ids, skip);
            check(
                what,
                text,
                streamed == want,
                format!("streamed {streamed:?} != {want:?}"),
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
    texts.len()
}

#[test]
fn tiny_matches_llama_cpp_on_tricky_texts() {
    assert_eq!(check_llamacpp_reference(&tiny(), "tiny"), 56);
}

#[test]
#[ignore = "needs the SmolLM2/Gemma 3 GGUFs in the model cache; run by .ci/test-all"]
fn smollm2_matches_llama_cpp_on_tricky_texts() {
    assert_eq!(check_llamacpp_reference(&real(SMOLLM2), "smollm2"), 56);
}

#[test]
#[ignore = "needs the SmolLM2/Gemma 3 GGUFs in the model cache; run by .ci/test-all"]
fn gemma3_matches_llama_cpp_on_tricky_texts() {
    assert_eq!(check_llamacpp_reference(&real(GEMMA3), "gemma3"), 56);
}

/// A real model's metadata with some keys set or removed, as the reference
/// file's `variant` describes (how other pre-tokenizers and the SPM space
/// prefix get checked against llama.cpp with real vocabularies and merges).
fn variant(spec: &Value) -> Tokenizer {
    let base = match spec["base"].as_str().unwrap() {
        "smollm2" => SMOLLM2,
        "gemma3" => GEMMA3,
        other => panic!("no model {other}"),
    };
    let path = models_dir().join(base);
    let file = GgufFile::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let removed: Vec<&str> = spec["remove"]
        .as_array()
        .map_or(vec![], |a| a.iter().map(|k| k.as_str().unwrap()).collect());
    let mut w = GgufWriter::new();
    for (key, value) in file.metadata_entries() {
        if !removed.contains(&key) {
            w.set(key, value.clone());
        }
    }
    for (key, value) in spec["set_str"].as_object().into_iter().flatten() {
        w.set(key, MetaValue::String(value.as_str().unwrap().into()));
    }
    for (key, value) in spec["set_bool"].as_object().into_iter().flatten() {
        w.set(key, MetaValue::Bool(value.as_bool().unwrap()));
    }
    build(&w).unwrap()
}

#[test]
#[ignore = "needs the SmolLM2/Gemma 3 GGUFs in the model cache; run by .ci/test-all"]
fn other_pre_tokenizers_and_space_prefix_match_llama_cpp() {
    let reference = read_json_lossy(&shared_dir().join("tokenizer/llamacpp_tokenize.json"));
    let mut checked = Vec::new();
    for (name, model) in reference["models"].as_object().unwrap() {
        if model["variant"].is_null() {
            continue;
        }
        assert_eq!(
            check_llamacpp_reference(&variant(&model["variant"]), name),
            56
        );
        checked.push(name.as_str());
    }
    assert_eq!(checked.len(), 11, "{checked:?}");
}

// ---------------------------------------------------------------------------
// Synthetic vocabularies: algorithm details and broken files.

/// GGUF metadata for an SPM vocabulary (no space prefix unless set).
fn spm_gguf(tokens: &[&str], scores: &[f32], types: &[i32]) -> GgufWriter {
    let mut w = GgufWriter::new();
    w.set("tokenizer.ggml.model", MetaValue::String("llama".into()));
    w.set("tokenizer.ggml.tokens", strs(tokens));
    w.set(
        "tokenizer.ggml.scores",
        MetaValue::Array(scores.iter().map(|&s| MetaValue::F32(s)).collect()),
    );
    w.set(
        "tokenizer.ggml.token_type",
        MetaValue::Array(types.iter().map(|&t| MetaValue::I32(t)).collect()),
    );
    w.set("tokenizer.ggml.add_space_prefix", MetaValue::Bool(false));
    w.set("tokenizer.ggml.add_bos_token", MetaValue::Bool(false));
    w
}

fn strs(items: &[&str]) -> MetaValue {
    MetaValue::Array(
        items
            .iter()
            .map(|s| MetaValue::String((*s).into()))
            .collect(),
    )
}

fn build(w: &GgufWriter) -> Result<Tokenizer, TokenizerError> {
    Tokenizer::from_gguf(&GgufFile::from_bytes(w.to_bytes()).unwrap())
}

/// `<unk> <s> </s> a b c ab bc abc`, normal tokens scored as given.
fn abc(ab: f32, bc: f32, with_abc: bool) -> Tokenizer {
    let mut tokens = vec!["<unk>", "<s>", "</s>", "a", "b", "c", "ab", "bc"];
    let mut scores = vec![0.0, 0.0, 0.0, -5.0, -5.0, -5.0, ab, bc];
    let mut types = vec![2, 3, 3, 1, 1, 1, 1, 1];
    if with_abc {
        tokens.push("abc");
        scores.push(-3.0);
        types.push(1);
    }
    build(&spm_gguf(&tokens, &scores, &types)).unwrap()
}

#[test]
fn spm_merges_the_best_scoring_pair_first_and_ties_go_left() {
    assert_eq!(
        abc(-1.0, -0.5, false).encode("abc", false, false).unwrap(),
        [3, 7],
        "bc scores higher"
    );
    assert_eq!(
        abc(-0.1, -0.5, false).encode("abc", false, false).unwrap(),
        [6, 5],
        "ab scores higher"
    );
    assert_eq!(
        abc(-1.0, -1.0, false).encode("abc", false, false).unwrap(),
        [6, 5],
        "a tie merges leftmost"
    );
    assert_eq!(
        abc(-1.0, -0.5, true).encode("abc", false, false).unwrap(),
        [8],
        "a+bc merges on"
    );
    assert_eq!(
        abc(-1.0, -0.5, true)
            .encode("abcabc", false, false)
            .unwrap(),
        [8, 8]
    );
}

#[test]
fn spm_without_byte_tokens_reports_unencodable_text() {
    let tok = abc(-1.0, -0.5, false);
    match tok.encode("abz", false, false) {
        Err(TokenizerError::MissingByteToken(b'z')) => {}
        other => panic!("expected MissingByteToken, got {other:?}"),
    }
}

/// An SPM vocabulary with a control, a user-defined and two overlapping
/// special tokens, plus single letters.
fn specials_vocab(name: Option<&str>) -> Tokenizer {
    let tokens = [
        "<unk>", "<s>", "</s>", "<ctl>", "<usr>", "<a", "<ab>", "▁", "a", "b", "x", "<", ">", "c",
        "t", "l", "u", "s", "r",
    ];
    let types = [2, 3, 3, 3, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    let mut w = spm_gguf(&tokens, &[0.0; 19], &types);
    w.set("tokenizer.ggml.add_space_prefix", MetaValue::Bool(true));
    if let Some(name) = name {
        w.set("general.name", MetaValue::String(name.into()));
    }
    build(&w).unwrap()
}

#[test]
fn special_tokens_split_the_text_longest_first() {
    let tok = specials_vocab(None);
    let id = |t: &str| tok.token_id(t).unwrap();
    // Each text fragment gets the SPM space prefix, also after a special token.
    assert_eq!(
        tok.encode("x<ctl>a<usr>b", false, true).unwrap(),
        [
            id("▁"),
            id("x"),
            id("<ctl>"),
            id("▁"),
            id("a"),
            id("<usr>"),
            id("▁"),
            id("b")
        ]
    );
    // Without parse_special, control text stays text; user-defined still splits.
    let literal = tok.encode("<ctl>a<usr>", false, false).unwrap();
    assert!(!literal.contains(&id("<ctl>")));
    assert_eq!(literal.last(), Some(&id("<usr>")));
    assert_eq!(tok.decode(&literal, false), "<ctl>a<usr>");
    // "<ab>" is longer than "<a", so it is found first.
    assert_eq!(tok.encode("<ab>", false, true).unwrap(), [id("<ab>")]);
    assert_eq!(
        tok.encode("<ax", false, true).unwrap(),
        [id("<a"), id("▁"), id("x")]
    );
}

#[test]
fn phi3_special_tokens_swallow_the_whitespace_after_them() {
    let phi = specials_vocab(Some("Phi-3 Mini 4k Instruct"));
    let other = specials_vocab(Some("Some Llama"));
    assert_eq!(
        phi.encode("<ctl>   a", false, true).unwrap(),
        phi.encode("<ctl>a", false, true).unwrap()
    );
    assert_ne!(
        other.encode("<ctl>   a", false, true).unwrap(),
        other.encode("<ctl>a", false, true).unwrap()
    );
}

#[test]
fn eog_tokens_are_found_by_their_text() {
    let tokens = [
        "<unk>",
        "<s>",
        "</s>",
        "<|eot_id|>",
        "<end_of_turn>",
        "<start_of_turn>",
        "a",
    ];
    let tok = build(&spm_gguf(&tokens, &[0.0; 7], &[2, 3, 3, 1, 3, 3, 1])).unwrap();
    assert!(tok.is_eog(2) && tok.is_eog(3) && tok.is_eog(4));
    assert!(!tok.is_eog(1) && !tok.is_eog(5) && !tok.is_eog(6));
    // <|eot_id|> was typed normal; as an end-of-generation token it becomes a
    // control token, which decoding without specials drops.
    assert_eq!(tok.decode(&[6, 3], true), "a");
    assert_eq!(tok.decode(&[6, 3], false), "a<|eot_id|>");
}

#[test]
fn broken_vocabularies_are_errors_not_panics() {
    let good = || spm_gguf(&["<unk>", "<s>", "</s>", "a"], &[0.0; 4], &[2, 3, 3, 1]);
    assert!(build(&good()).is_ok());

    let mut w = good();
    w.set(
        "tokenizer.ggml.token_type",
        MetaValue::Array(vec![MetaValue::I32(1); 3]),
    );
    let err = build(&w).unwrap_err();
    assert!(
        matches!(
            err,
            TokenizerError::LengthMismatch {
                found: 3,
                expected: 4,
                ..
            }
        ),
        "{err}"
    );
    assert!(
        err.to_string().contains("tokenizer.ggml.token_type"),
        "{err}"
    );

    let mut w = good();
    w.set(
        "tokenizer.ggml.scores",
        MetaValue::Array(vec![MetaValue::F32(0.0); 2]),
    );
    assert!(matches!(
        build(&w),
        Err(TokenizerError::LengthMismatch { found: 2, .. })
    ));

    let mut w = good();
    w.set("tokenizer.ggml.model", MetaValue::String("bert2".into()));
    let err = build(&w).unwrap_err();
    assert!(
        matches!(&err, TokenizerError::UnknownModel(m) if m == "bert2"),
        "{err}"
    );

    let mut w = GgufWriter::new();
    w.set("general.architecture", MetaValue::String("llama".into()));
    assert!(matches!(
        build(&w),
        Err(TokenizerError::MissingKey("tokenizer.ggml.model"))
    ));

    let mut w = good();
    w.set(
        "tokenizer.ggml.tokens",
        MetaValue::Array(vec![MetaValue::U32(7); 4]),
    );
    assert!(matches!(
        build(&w),
        Err(TokenizerError::WrongType {
            key: "tokenizer.ggml.tokens",
            ..
        })
    ));

    let mut w = good();
    w.set("tokenizer.ggml.tokens", strs(&["<unk>", "a", "</s>", "a"]));
    let err = build(&w).unwrap_err();
    assert!(
        matches!(
            &err,
            TokenizerError::DuplicateToken {
                first: 1,
                second: 3,
                ..
            }
        ),
        "{err}"
    );

    let mut w = spm_gguf(&[], &[], &[]);
    w.set("tokenizer.ggml.tokens", MetaValue::Array(vec![]));
    assert!(matches!(build(&w), Err(TokenizerError::EmptyVocab)));

    // BOS required but the only candidate id is outside the vocabulary.
    let mut w = spm_gguf(&["a"], &[0.0], &[1]);
    w.set("tokenizer.ggml.add_bos_token", MetaValue::Bool(true));
    w.set("tokenizer.ggml.bos_token_id", MetaValue::U32(9));
    assert!(matches!(
        build(&w),
        Err(TokenizerError::MissingSpecial { .. })
    ));
}

/// GGUF metadata for a byte-level BPE vocabulary: the 256 byte characters,
/// then `extra` tokens, with `merges`.
fn bpe_gguf(pre: Option<&str>, extra: &[&str], merges: &[&str]) -> GgufWriter {
    let mut tokens: Vec<String> = (0..=255u8).map(byte_char).map(String::from).collect();
    tokens.extend(extra.iter().map(|s| s.to_string()));
    let mut w = GgufWriter::new();
    w.set("tokenizer.ggml.model", MetaValue::String("gpt2".into()));
    if let Some(pre) = pre {
        w.set("tokenizer.ggml.pre", MetaValue::String(pre.into()));
    }
    let refs: Vec<&str> = tokens.iter().map(String::as_str).collect();
    w.set("tokenizer.ggml.tokens", strs(&refs));
    w.set("tokenizer.ggml.merges", strs(merges));
    w
}

/// GPT-2's byte-to-unicode mapping, written out independently of the crate.
fn byte_char(b: u8) -> char {
    let keeps = |b: u8| matches!(b, 0x21..=0x7E | 0xA1..=0xAC | 0xAE..=0xFF);
    if keeps(b) {
        return char::from(b);
    }
    let n = (0..b).filter(|&x| !keeps(x)).count() as u32;
    char::from_u32(256 + n).unwrap()
}

fn byte_id(b: u8) -> u32 {
    b as u32
}

#[test]
fn bpe_pre_tokenizer_decides_how_digits_split() {
    let extra = ["12", "Ġhello", "he", "ll"];
    let merges = ["1 2", "h e", "l l"];
    let smollm = build(&bpe_gguf(Some("smollm"), &extra, &merges)).unwrap();
    let gpt2 = build(&bpe_gguf(Some("gpt-2"), &extra, &merges)).unwrap();
    assert_eq!(
        smollm.encode("12", false, false).unwrap(),
        [byte_id(b'1'), byte_id(b'2')]
    );
    assert_eq!(gpt2.encode("12", false, false).unwrap(), [256]);
    assert_eq!(gpt2.encode("hell", false, false).unwrap(), [258, 259]);
    // BPE vocabularies prefix no space and decode without stripping one.
    assert_eq!(
        gpt2.decode(&gpt2.encode(" 12 hell\n", false, false).unwrap(), false),
        " 12 hell\n"
    );
}

#[test]
fn llama3_takes_whole_words_from_the_vocabulary_without_merges() {
    let extra = ["Ġhello"];
    let llama3 = build(&bpe_gguf(Some("llama-bpe"), &extra, &[])).unwrap();
    let dbrx = build(&bpe_gguf(Some("dbrx"), &extra, &[])).unwrap();
    assert_eq!(llama3.encode(" hello", false, false).unwrap(), [256]);
    assert_eq!(
        dbrx.encode(" hello", false, false).unwrap().len(),
        6,
        "one token per byte"
    );
}

#[test]
fn bpe_defaults_and_errors() {
    let default_pre = build(&bpe_gguf(None, &[], &[])).unwrap();
    assert_eq!(default_pre.encode("a1234", false, false).unwrap().len(), 5);
    assert!(!default_pre.adds_bos());

    let err = build(&bpe_gguf(Some("made-up"), &[], &[])).unwrap_err();
    assert!(matches!(&err, TokenizerError::UnknownPreTokenizer { name, .. } if name == "made-up"));
    assert!(
        err.to_string().contains("smollm"),
        "lists what is supported: {err}"
    );

    let mut no_merges = bpe_gguf(Some("gpt-2"), &[], &[]);
    no_merges.set("tokenizer.ggml.merges", MetaValue::U8(0));
    assert!(matches!(
        build(&no_merges),
        Err(TokenizerError::WrongType {
            key: "tokenizer.ggml.merges",
            ..
        })
    ));

    // llama3 adds BOS by default, which this vocabulary cannot name (GPT-2's
    // default id 11 is a byte token here, so name one out of range).
    let mut w = bpe_gguf(Some("llama3"), &[], &[]);
    w.set("tokenizer.ggml.bos_token_id", MetaValue::U32(1000));
    let tok = build(&w).unwrap();
    assert_eq!(tok.bos(), Some(11), "an out-of-range id keeps the default");
    assert!(tok.adds_bos());
}

#[test]
fn merges_that_cannot_apply_are_ignored() {
    let extra = ["ab"];
    let merges = ["a b", "x zz", "a", "b c"];
    let tok = build(&bpe_gguf(Some("gpt-2"), &extra, &merges)).unwrap();
    assert_eq!(
        tok.encode("abc", false, false).unwrap(),
        [256, byte_id(b'c')]
    );
}

// ---------------------------------------------------------------------------
// SmolLM2 (byte-level BPE, pre-tokenizer "smollm") and Gemma 3 (SPM).

#[test]
#[ignore = "needs the SmolLM2/Gemma 3 GGUFs in the model cache; run by .ci/test-all"]
fn real_models_tokenize_like_llama_cpp() {
    let reference = greedy_reference();
    let tokenizers = [("smollm2", real(SMOLLM2)), ("gemma3", real(GEMMA3))];
    let get = |key: &str| &tokenizers.iter().find(|(k, _)| *k == key).unwrap().1;
    let mut checked = 0;
    for (name, check) in reference["tokenizer_checks_llama_tokenize"]
        .as_object()
        .unwrap()
    {
        let tok = get(name.split(':').next().unwrap());
        let text = check["text"].as_str().unwrap();
        assert_eq!(
            tok.encode(text, true, true).unwrap(),
            ids(&check["ids"]),
            "{name}"
        );
        checked += 1;
    }
    for case in reference["cases"].as_array().unwrap() {
        let tok = get(case["model"].as_str().unwrap());
        let id = case["id"].as_str().unwrap();
        let prompt_ids = tok
            .encode(case["prompt"].as_str().unwrap(), true, true)
            .unwrap();
        assert_eq!(prompt_ids, ids(&case["prompt_token_ids"]), "{id}");
        assert_eq!(
            pieces(tok, &prompt_ids),
            strings(&case["prompt_token_pieces"]),
            "{id}"
        );
        checked += 1;
    }
    assert_eq!(checked, 13);
}

#[test]
#[ignore = "needs the SmolLM2/Gemma 3 GGUFs in the model cache; run by .ci/test-all"]
fn real_models_detokenize_greedy_runs_like_llama_cpp() {
    let reference = greedy_reference();
    let smollm2 = real(SMOLLM2);
    let gemma3 = real(GEMMA3);
    let mut checked = 0;
    for case in reference["cases"].as_array().unwrap() {
        let tok = if case["model"] == "smollm2" {
            &smollm2
        } else {
            &gemma3
        };
        for run in ["greedy_llamacpp_default", "greedy_fa_off_kv_f32"] {
            let greedy = &case[run];
            let id = format!("{} {run}", case["id"]);
            let tokens = ids(&greedy["token_ids"]);
            assert_eq!(
                tok.decode(&tokens, false),
                greedy["text"].as_str().unwrap(),
                "{id}"
            );
            assert_eq!(
                pieces(tok, &tokens),
                strings(&greedy["token_pieces"]),
                "{id}"
            );
            assert_eq!(
                stream(tok, &tokens, false).0,
                greedy["text"].as_str().unwrap(),
                "{id} streamed"
            );
            let first_eog = tokens
                .iter()
                .position(|&t| tok.is_eog(t))
                .map_or(-1, |i| i as i64);
            assert_eq!(
                first_eog,
                greedy["first_eog_index"].as_i64().unwrap(),
                "{id}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 10);
}

const TRICKY: &[&str] = &[
    "héllo 世界 🦀",
    "The year 2024: 1,234,567.89 — naïve café, Ωmega!",
    "  leading and trailing spaces  ",
    "tabs\tand\nnew\r\nlines\n\n\n  indented",
    "don't I'm we'll they've 'quoted' ''",
    "emoji 👩‍👩‍👧‍👦 flags 🇫🇷 math ∑∫√ arrows →←",
    "日本語のテキストと한국어 텍스트",
    "<|im_start|> literal? <start_of_turn> <b> </s>",
];

#[test]
#[ignore = "needs the SmolLM2/Gemma 3 GGUFs in the model cache; run by .ci/test-all"]
fn real_models_round_trip_text() {
    for tok in [real(SMOLLM2), real(GEMMA3)] {
        for text in TRICKY {
            let ids = tok.encode(text, false, false).unwrap();
            assert_eq!(tok.decode(&ids, false), *text, "{tok:?}");
            let with_special = tok.encode(text, true, false).unwrap();
            assert_eq!(tok.decode(&with_special, true), *text, "{tok:?} with BOS");
            let (streamed, _) = stream(&tok, &with_special, true);
            assert_eq!(streamed, *text, "{tok:?} streamed");
        }
    }
}

#[test]
#[ignore = "needs the SmolLM2/Gemma 3 GGUFs in the model cache; run by .ci/test-all"]
fn real_models_stream_characters_split_across_tokens() {
    // SmolLM2 spells 🦀 in byte-level pieces; Gemma 3 has no token for the
    // private-use U+F0000 and falls back to four <0xXX> tokens.
    for (tok, text) in [
        (real(SMOLLM2), "crab 🦀🦀 done"),
        (real(GEMMA3), "pua \u{F0000}\u{F0000} done"),
    ] {
        let ids = tok.encode(text, false, false).unwrap();
        let (streamed, empty) = stream(&tok, &ids, false);
        assert_eq!(streamed, text, "{tok:?}");
        assert!(
            empty >= 2,
            "{tok:?}: a character arrived in several tokens ({ids:?})"
        );
    }
    let gemma = real(GEMMA3);
    let ids = gemma.encode("\u{F0000}", false, false).unwrap();
    let texts: Vec<_> = ids.iter().map(|&i| gemma.token_text(i).unwrap()).collect();
    assert_eq!(texts, ["<0xF3>", "<0xB0>", "<0x80>", "<0x80>"]);
}

#[test]
#[ignore = "needs the SmolLM2/Gemma 3 GGUFs in the model cache; run by .ci/test-all"]
fn real_models_special_ids_and_eog() {
    let smollm2 = real(SMOLLM2);
    assert_eq!(
        (smollm2.vocab_size(), smollm2.bos(), smollm2.eos()),
        (49152, Some(1), Some(2))
    );
    assert!(!smollm2.adds_bos());
    assert!(
        smollm2.is_eog(2) && smollm2.is_eog(0),
        "<|im_end|> and <|endoftext|>"
    );
    assert!(!smollm2.is_eog(1) && !smollm2.is_eog(504));
    assert_eq!(smollm2.token_id("<|im_start|>"), Some(1));
    assert_eq!(smollm2.token_text(198), Some("Ċ"));
    assert_eq!(smollm2.token_bytes(198).as_deref(), Some(&b"\n"[..]));

    let gemma3 = real(GEMMA3);
    assert_eq!(
        (gemma3.vocab_size(), gemma3.bos(), gemma3.eos()),
        (262144, Some(2), Some(1))
    );
    assert!(gemma3.adds_bos());
    assert!(
        gemma3.is_eog(1) && gemma3.is_eog(106),
        "<eos> and <end_of_turn>"
    );
    assert!(!gemma3.is_eog(2) && !gemma3.is_eog(105));
    assert_eq!(gemma3.decode(&[2, 105, 2364, 107], true), "user\n");
    assert_eq!(
        gemma3.decode(&[2, 105, 2364, 107], false),
        "<bos><start_of_turn>user\n"
    );
}

#[test]
#[ignore = "needs the SmolLM2/Gemma 3 GGUFs in the model cache; run by .ci/test-all"]
fn real_models_handle_long_inputs() {
    let long_spaces = format!("{}a", " ".repeat(20_000));
    let long_text = "The capital of France is Paris. ".repeat(2_000);
    for tok in [real(SMOLLM2), real(GEMMA3)] {
        for text in [&long_spaces, &long_text] {
            let start = std::time::Instant::now();
            let ids = tok.encode(text, false, false).unwrap();
            assert_eq!(&tok.decode(&ids, false), text, "{tok:?}");
            assert!(
                start.elapsed().as_secs() < 10,
                "{tok:?}: {:?}",
                start.elapsed()
            );
        }
    }
}
