realm_macros::quant_format! {
    /// Q4_K: 256 elements, `d * sc * q - dmin * m` with 4-bit `q` and a 6-bit scale
    /// and min per 32 elements, packed into 12 bytes as ggml's `get_scale_min_k4`.
    pub struct Q4_K: Q4_K {
        block = 256;
        field d: f16;
        field dmin: f16;
        field scales: [u8; 12];
        field qs: [u8; 128];
        let j = i / 32;
        let sc = if j < 4 { scales[j] & 63 } else { scales[j + 4] & 15 | (scales[j - 4] >> 6) << 4 };
        let m = if j < 4 { scales[j + 4] & 63 } else { scales[j + 4] >> 4 | (scales[j] >> 6) << 4 };
        let q = qs.bits(4).span(32)[i];
        value = d * sc * q - dmin * m;
    }
}
