//! How far a backend's result is from the reference.

/// Normalized mean squared error, llama.cpp's test-backend-ops metric:
/// `sum((got - want)^2) / sum(want^2)` (the plain squared error when `want` is all zero).
pub fn nmse(got: &[f32], want: &[f32]) -> f64 {
    assert_eq!(got.len(), want.len());
    let err: f64 = got
        .iter()
        .zip(want)
        .map(|(&g, &w)| (f64::from(g) - f64::from(w)).powi(2))
        .sum();
    let norm: f64 = want.iter().map(|&w| f64::from(w).powi(2)).sum();
    if norm == 0.0 { err } else { err / norm }
}
