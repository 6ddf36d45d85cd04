realm_macros::quant_format! {
    /// F16: IEEE half floats.
    pub struct F16: F16 {
        block = 1;
        field x: f16;
        value = x;
    }
}
