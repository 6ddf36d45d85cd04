realm_macros::quant_format! {
    /// F32: plain 32-bit floats.
    pub struct F32: F32 {
        block = 1;
        field x: f32;
        value = x;
    }
}
