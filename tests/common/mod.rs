//! Helpers shared by the integration tests (`mod common;` in each file that needs them).

/// The JSON text of `v`: a serialized id reads `"\"the_id\""`.
pub fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("serializes")
}
