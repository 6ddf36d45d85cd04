//! GGUF reading and writing: round trips, the real files llama.cpp wrote, and
//! hostile input (truncation at every header byte, corrupted byte ranges,
//! absurd counts) that must give a clear error, never a panic or a huge allocation.

use realm_ir::GgmlType;
use realm_runtime::gguf::{GgufError, GgufFile, GgufWriter, MetaValue};
use std::path::PathBuf;

fn tiny_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny"))
}

fn sample_writer() -> GgufWriter {
    let mut w = GgufWriter::new();
    w.set("general.architecture", MetaValue::String("llama".into()))
        .set("llama.block_count", MetaValue::U32(2))
        .set("some.float", MetaValue::F32(1.5))
        .set("some.bool", MetaValue::Bool(true))
        .set(
            "nested",
            MetaValue::Array(vec![
                MetaValue::Array(vec![MetaValue::I16(-3), MetaValue::I16(7)]),
                MetaValue::Array(vec![MetaValue::I16(1)]),
            ]),
        )
        .set(
            "strings",
            MetaValue::Array(vec![
                MetaValue::String("a".into()),
                MetaValue::String("bé".into()),
            ]),
        )
        .set("big", MetaValue::U64(u64::MAX))
        .set("neg", MetaValue::I64(-5))
        .set("double", MetaValue::F64(0.25));
    w.add_f32("a", &[4, 2], &[1., 2., 3., 4., 5., 6., 7., 8.])
        .unwrap();
    w.add_tensor("q", &[32], GgmlType::Q8_0, vec![7u8; 34])
        .unwrap();
    w
}

#[test]
fn writer_output_reads_back_identically() {
    let bytes = sample_writer().to_bytes();
    let f = GgufFile::from_bytes(bytes).unwrap();
    assert_eq!(f.version(), 3);
    assert_eq!(f.get_str("general.architecture").unwrap(), "llama");
    assert_eq!(f.get_u64("llama.block_count").unwrap(), 2);
    assert_eq!(f.get_f32("some.float").unwrap(), 1.5);
    assert_eq!(f.metadata("some.bool").unwrap().as_bool(), Some(true));
    assert_eq!(f.metadata("big").unwrap().as_u64(), Some(u64::MAX));
    assert_eq!(f.metadata("neg").unwrap().as_i64(), Some(-5));
    assert_eq!(f.metadata("neg").unwrap().as_u64(), None);
    let nested = f.metadata("nested").unwrap().as_array().unwrap();
    assert_eq!(nested[0].as_array().unwrap()[0], MetaValue::I16(-3));
    assert_eq!(nested[1].as_array().unwrap().len(), 1);
    let strings = f.metadata("strings").unwrap().as_array().unwrap();
    assert_eq!(strings[1].as_str(), Some("bé"));
    let a = f.tensor("a").unwrap();
    assert_eq!(a.dims, vec![4, 2]);
    assert_eq!(a.rows_cols(), (2, 4));
    let data = f.tensor_data(a);
    assert_eq!(f32::from_le_bytes(data[28..32].try_into().unwrap()), 8.0);
    let q = f.tensor("q").unwrap();
    assert_eq!(q.ty, GgmlType::Q8_0);
    assert_eq!(f.tensor_data(q), &[7u8; 34][..]);
    assert_eq!(
        f.tensor_data(q).as_ptr() as usize % 32,
        f.tensor_data(a).as_ptr() as usize % 32
    );
}

#[test]
fn writer_rejects_wrong_sizes_and_duplicates() {
    let mut w = GgufWriter::new();
    assert!(
        w.add_tensor("x", &[32], GgmlType::Q4_0, vec![0; 17])
            .is_err()
    );
    assert!(
        w.add_tensor("x", &[31], GgmlType::Q4_0, vec![0; 18])
            .is_err()
    );
    w.add_f32("x", &[1], &[0.0]).unwrap();
    assert!(matches!(
        w.add_f32("x", &[1], &[0.0]),
        Err(GgufError::DuplicateTensor(_))
    ));
}

#[test]
fn reads_every_tiny_model_from_llama_cpp() {
    let mut seen = 0;
    for entry in std::fs::read_dir(tiny_dir()).expect("tests/data/tiny exists") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "gguf") {
            continue;
        }
        let f = GgufFile::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(f.get_str("general.architecture").unwrap(), "llama");
        assert!(f.tensor("token_embd.weight").is_some());
        assert_eq!(f.tensors().len(), 2 * 9 + 3, "{}", path.display());
        let sizes: u64 = f.tensors().iter().map(|t| t.n_bytes).sum();
        assert!(sizes < f.file_size());
        seen += 1;
    }
    assert_eq!(seen, 10);
}

/// Parses `bytes` and, if that succeeds, touches every tensor's data: neither may panic.
fn parse_and_touch(bytes: Vec<u8>) -> Result<(), GgufError> {
    let f = GgufFile::from_bytes(bytes)?;
    for t in f.tensors() {
        let d = f.tensor_data(t);
        assert_eq!(d.len() as u64, t.n_bytes);
    }
    Ok(())
}

#[test]
fn truncation_at_every_header_byte_is_a_clear_error() {
    let full = std::fs::read(tiny_dir().join("tiny-Q4_K_M.gguf")).unwrap();
    let header_len = header_len(&full);
    // Every cut inside the header, and a sample of cuts inside the tensor data.
    let mut cuts: Vec<usize> = (0..header_len).collect();
    cuts.extend((header_len..full.len()).step_by(997));
    for cut in cuts {
        let err = parse_and_touch(full[..cut].to_vec()).expect_err(&format!("cut at {cut} parsed"));
        let msg = err.to_string();
        assert!(!msg.is_empty());
        if (4..header_len).contains(&cut) {
            assert!(
                matches!(
                    err,
                    GgufError::Truncated { .. }
                        | GgufError::AbsurdCount { .. }
                        | GgufError::TensorOutOfBounds { .. }
                ),
                "cut at {cut}: {msg}"
            );
        }
    }
}

/// Where the tensor data of a well-formed file begins.
fn header_len(full: &[u8]) -> usize {
    GgufFile::from_bytes(full.to_vec()).unwrap().data_offset() as usize
}

#[test]
fn corrupting_any_header_range_never_panics() {
    let full = std::fs::read(tiny_dir().join("tiny-Q8_0.gguf")).unwrap();
    let header_len = header_len(&full);
    for start in (0..header_len).step_by(3) {
        for pattern in [0xFFu8, 0x00, 0x7F] {
            let mut bytes = full.clone();
            for b in &mut bytes[start..(start + 8).min(header_len)] {
                *b = pattern;
            }
            // Either outcome is fine; a panic (or an abort from a huge allocation) is not.
            let _ = parse_and_touch(bytes);
        }
    }
}

fn header_with(n_tensors: u64, n_kv: u64, rest: &[u8]) -> Vec<u8> {
    let mut b = b"GGUF".to_vec();
    b.extend_from_slice(&3u32.to_le_bytes());
    b.extend_from_slice(&n_tensors.to_le_bytes());
    b.extend_from_slice(&n_kv.to_le_bytes());
    b.extend_from_slice(rest);
    b
}

fn kv(key: &str, type_id: u32, value: &[u8]) -> Vec<u8> {
    let mut b = (key.len() as u64).to_le_bytes().to_vec();
    b.extend_from_slice(key.as_bytes());
    b.extend_from_slice(&type_id.to_le_bytes());
    b.extend_from_slice(value);
    b
}

#[test]
fn hostile_headers_get_named_errors() {
    let err = |bytes: Vec<u8>| GgufFile::from_bytes(bytes).err().expect("should fail");

    assert!(matches!(
        err(b"GGML....".to_vec()),
        GgufError::BadMagic { .. }
    ));
    assert!(matches!(err(vec![]), GgufError::BadMagic { .. }));
    let mut v1 = b"GGUF".to_vec();
    v1.extend_from_slice(&1u32.to_le_bytes());
    assert!(matches!(err(v1), GgufError::UnsupportedVersion(1)));
    assert!(matches!(
        err(header_with(u64::MAX, 0, &[])),
        GgufError::AbsurdCount { .. }
    ));
    assert!(matches!(
        err(header_with(0, 1 << 40, &[])),
        GgufError::AbsurdCount { .. }
    ));

    // A string whose length runs past the end of the file.
    let mut s = (u64::MAX - 1).to_le_bytes().to_vec();
    s.extend_from_slice(b"abcdefghijkl");
    assert!(matches!(
        err(header_with(0, 1, &s)),
        GgufError::Truncated { .. }
    ));

    // Unknown value type; array of absurd length; arrays nested too deep.
    assert!(matches!(
        err(header_with(0, 1, &kv("k", 99, &[0; 8]))),
        GgufError::UnknownValueType { .. }
    ));
    let mut arr = 4u32.to_le_bytes().to_vec();
    arr.extend_from_slice(&(1u64 << 60).to_le_bytes());
    assert!(matches!(
        err(header_with(0, 1, &kv("k", 9, &arr))),
        GgufError::AbsurdCount { .. }
    ));
    let mut deep = Vec::new();
    for _ in 0..64 {
        deep.extend_from_slice(&9u32.to_le_bytes());
        deep.extend_from_slice(&1u64.to_le_bytes());
    }
    deep.extend_from_slice(&[0; 16]);
    assert!(matches!(
        err(header_with(0, 1, &kv("k", 9, &deep))),
        GgufError::NestingTooDeep { .. }
    ));

    // Duplicate keys; a bad alignment.
    let mut two = kv("k", 4, &1u32.to_le_bytes());
    two.extend(kv("k", 4, &2u32.to_le_bytes()));
    assert!(matches!(
        err(header_with(0, 2, &two)),
        GgufError::DuplicateKey(_)
    ));
    assert!(matches!(
        err(header_with(
            0,
            1,
            &kv("general.alignment", 4, &3u32.to_le_bytes())
        )),
        GgufError::BadAlignment(3)
    ));
}

fn tensor_info(name: &str, dims: &[u64], type_id: u32, offset: u64) -> Vec<u8> {
    let mut b = (name.len() as u64).to_le_bytes().to_vec();
    b.extend_from_slice(name.as_bytes());
    b.extend_from_slice(&(dims.len() as u32).to_le_bytes());
    for d in dims {
        b.extend_from_slice(&d.to_le_bytes());
    }
    b.extend_from_slice(&type_id.to_le_bytes());
    b.extend_from_slice(&offset.to_le_bytes());
    b
}

#[test]
fn hostile_tensor_infos_get_named_errors() {
    let err = |info: Vec<u8>, n: u64| {
        let mut b = header_with(n, 0, &info);
        b.resize(b.len() + 256, 0);
        GgufFile::from_bytes(b).err().expect("should fail")
    };
    assert!(matches!(
        err(tensor_info("t", &[], 0, 0), 1),
        GgufError::BadDimCount { .. }
    ));
    assert!(matches!(
        err(tensor_info("t", &[1; 5], 0, 0), 1),
        GgufError::BadDimCount { .. }
    ));
    assert!(matches!(
        err(tensor_info("t", &[0, 4], 0, 0), 1),
        GgufError::BadDims { .. }
    ));
    assert!(matches!(
        err(tensor_info("t", &[1 << 40, 1 << 40], 0, 0), 1),
        GgufError::BadDims { .. }
    ));
    assert!(matches!(
        err(tensor_info("t", &[4], 4, 0), 1),
        GgufError::UnknownTensorType { type_id: 4, .. }
    ));
    assert!(matches!(
        err(tensor_info("t", &[33], 8, 0), 1),
        GgufError::RowNotBlockAligned { .. }
    ));
    assert!(matches!(
        err(tensor_info("t", &[4], 0, 3), 1),
        GgufError::MisalignedTensor { .. }
    ));
    assert!(matches!(
        err(tensor_info("t", &[1 << 20], 0, 0), 1),
        GgufError::TensorOutOfBounds { .. }
    ));
    assert!(matches!(
        err(tensor_info("t", &[4], 0, u64::MAX - 31), 1),
        GgufError::TensorOutOfBounds { .. }
    ));
    let mut two = tensor_info("t", &[4], 0, 0);
    two.extend(tensor_info("t", &[4], 0, 32));
    assert!(matches!(err(two, 2), GgufError::DuplicateTensor(_)));
}

#[test]
fn missing_file_and_missing_keys_are_clear() {
    let e = GgufFile::open(std::path::Path::new("/nonexistent/model.gguf"))
        .err()
        .unwrap();
    assert!(e.to_string().contains("/nonexistent/model.gguf"), "{e}");
    let f = GgufFile::from_bytes(sample_writer().to_bytes()).unwrap();
    assert!(matches!(f.get_str("nope"), Err(GgufError::MissingKey(_))));
    assert!(matches!(
        f.get_str("llama.block_count"),
        Err(GgufError::WrongValueType { .. })
    ));
}

#[test]
fn version_2_files_read_like_version_3() {
    // v2 and v3 share the layout (v3 only added big-endian variants, which
    // carry the version byte-swapped and are rejected as an unknown version).
    let mut bytes = sample_writer().to_bytes();
    bytes[4..8].copy_from_slice(&2u32.to_le_bytes());
    let f = GgufFile::from_bytes(bytes.clone()).unwrap();
    assert_eq!(f.version(), 2);
    assert_eq!(f.get_str("general.architecture").unwrap(), "llama");
    bytes[4..8].copy_from_slice(&3u32.to_be_bytes());
    assert!(matches!(
        GgufFile::from_bytes(bytes),
        Err(GgufError::UnsupportedVersion(_))
    ));
}

#[test]
fn released_pages_of_a_mapped_file_read_back_unchanged() {
    // A tensor spanning several pages, so whole pages inside it are
    // dropped; reading it again must fault the same bytes back in.
    let values: Vec<f32> = (0..40_000).map(|i| i as f32 * 0.5).collect();
    let mut w = GgufWriter::new();
    w.set("general.architecture", MetaValue::String("llama".into()));
    w.add_f32("big", &[40_000], &values).unwrap();
    let path = std::env::temp_dir().join(format!("realm-release-{}.gguf", std::process::id()));
    std::fs::write(&path, w.to_bytes()).unwrap();
    let f = GgufFile::open(&path).unwrap();
    let info = f.tensor("big").unwrap();
    let before = f.tensor_data(info).to_vec();
    f.release_range(f.tensor_data(info));
    f.release_range(&before); // not part of the file: ignored
    f.release_pages();
    assert_eq!(f.tensor_data(info), &before[..]);
    assert_eq!(f.get_str("general.architecture").unwrap(), "llama");
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn forgotten_metadata_is_gone_and_the_rest_stays() {
    let mut f = GgufFile::from_bytes(sample_writer().to_bytes()).unwrap();
    f.forget_metadata(&["strings", "nested"]);
    assert!(f.metadata("strings").is_none());
    assert!(f.metadata("nested").is_none());
    assert_eq!(f.get_u64("llama.block_count").unwrap(), 2);
    assert_eq!(f.tensor_data(f.tensor("q").unwrap()), &[7u8; 34][..]);
}
