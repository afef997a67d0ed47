//! Compile-time behaviour of `#[ngrok_api::service]` and `#[ngrok_api::model]`: every
//! mistake in `ui/fail` is a clear error at the token to fix, and every declaration
//! shape in `ui/pass` compiles (and its `main` runs).
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test -p ngrok-api-tests
//! --test ui`, then read every changed `.stderr`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/fail/*.rs");
    t.pass("ui/pass/*.rs");
}
