//! Fuzzes everything that reads an untrusted GGUF file before any compute: the
//! header parser, tensor bounds, the tokenizer built from metadata, and the
//! model config. Any input may be rejected; none may panic, hang or
//! allocate without bound.
#![no_main]

use libfuzzer_sys::fuzz_target;
use realm_models::ModelConfig;
use realm_runtime::gguf::GgufFile;
use realm_runtime::tokenizer::Tokenizer;

fuzz_target!(|data: &[u8]| {
    let Ok(file) = GgufFile::from_bytes(data.to_vec()) else {
        return;
    };
    for t in file.tensors() {
        assert_eq!(file.tensor_data(t).len() as u64, t.n_bytes);
    }
    for (_, v) in file.metadata_entries() {
        let _ = v.to_string();
    }
    if let Ok(tok) = Tokenizer::from_gguf(&file) {
        if let Ok(ids) = tok.encode("Hello <|im_start|> wörld 🦀", true, true) {
            let _ = tok.decode(&ids, false);
        }
    }
    let _ = ModelConfig::from_source(&file);
});
