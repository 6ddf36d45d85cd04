realm_macros::quant_format! {
    /// Q3_K: 256 elements, `d * (sc - 32) * q` with 3-bit signed `q` (a clear `hmask`
    /// bit means `q - 4`) and a 6-bit scale per 16 elements (low nibbles in bytes
    /// 0..8, high bit pairs in bytes 8..12).
    pub struct Q3_K: Q3_K {
        block = 256;
        field hmask: [u8; 32];
        field qs: [u8; 64];
        field scales: [u8; 12];
        field d: f16;
        let j = i / 16;
        let sc = (scales.bits(4).span(8)[j] | scales.bits(2).span(4).at(8)[j] << 4) - 32;
        let q = (qs.bits(2).span(32)[i] | hmask.bits(1).span(32)[i] << 2) - 4;
        value = d * sc * q;
    }
}
