//! Ids, keys and operation ids, without a random-number crate: random bits either fresh
//! (SipHash under a random key) or, on a seeded server, from a small seeded generator
//! (splitmix64), so that a seeded server makes the same ids run after run.

use std::hash::{BuildHasher, Hasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::determinism;

const ALPHABET: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// 64 unpredictable-enough bits; good for test ids and keys, not for cryptography. On a
/// seeded server (while it handles a request or a seeding call) they come from its seeded
/// generator instead.
pub(crate) fn random_u64() -> u64 {
    determinism::seeded_u64().unwrap_or_else(fresh_u64)
}

/// Bits no seed decides: SipHash with a fresh random key over a counter and the clock.
pub(crate) fn fresh_u64() -> u64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.write_u128(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_micros()),
    );
    hasher.finish()
}

/// `len` random characters of `[0-9A-Za-z]` (from [`random_u64`]).
pub(crate) fn random_string(len: usize) -> String {
    string_from(len, random_u64)
}

/// `len` characters of `[0-9A-Za-z]` that no seed decides (an API key).
pub(crate) fn fresh_string(len: usize) -> String {
    string_from(len, fresh_u64)
}

fn string_from(len: usize, mut bits_source: impl FnMut() -> u64) -> String {
    let mut out = String::with_capacity(len);
    while out.len() < len {
        let mut bits = bits_source();
        for _ in 0..10 {
            if out.len() == len {
                break;
            }
            out.push(ALPHABET[(bits % 62) as usize] as char);
            bits /= 62;
        }
    }
    out
}

/// A sortable id suffix: ids made later sort after ids made earlier (like the API's
/// ids), so `before_id` can compare ids even for deleted items.
pub(crate) struct IdGenerator {
    last: AtomicU64,
}

impl Default for IdGenerator {
    fn default() -> Self {
        IdGenerator::new()
    }
}

impl IdGenerator {
    pub(crate) const fn new() -> Self {
        IdGenerator {
            last: AtomicU64::new(0),
        }
    }

    /// Takes note of an id suffix made before (an item loaded from a state file), so that
    /// every suffix made from now on sorts after it, whatever the clock says.
    pub(crate) fn note_existing(&self, suffix: &str) {
        let head = suffix.get(..11).unwrap_or_default();
        let stamp = head.bytes().try_fold(0u64, |n, b| {
            let digit = ALPHABET.iter().position(|&c| c == b)? as u64;
            n.checked_mul(62)?.checked_add(digit)
        });
        if let (11, Some(stamp)) = (head.len(), stamp) {
            self.last.fetch_max(stamp, Ordering::Relaxed);
        }
    }

    /// 27 characters: 11 of a strictly increasing stamp (the server's clock in
    /// microseconds, or one more than the last stamp when the clock has not moved, as a
    /// seeded server's stopped clock often has not), then 16 random.
    pub(crate) fn next_suffix(&self) -> String {
        let now = determinism::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_micros()) as u64;
        let mut prev = self.last.load(Ordering::Relaxed);
        let stamp = loop {
            let next = now.max(prev + 1);
            match self
                .last
                .compare_exchange(prev, next, Ordering::Relaxed, Ordering::Relaxed)
            {
                Ok(_) => break next,
                Err(actual) => prev = actual,
            }
        };
        let mut id = String::with_capacity(27);
        let mut head = [b'0'; 11];
        let mut n = stamp;
        for slot in head.iter_mut().rev() {
            *slot = ALPHABET[(n % 62) as usize];
            n /= 62;
        }
        id.extend(head.iter().map(|&b| b as char));
        id.push_str(&random_string(16));
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_sort_in_creation_order() {
        let ids = IdGenerator::new();
        let made: Vec<String> = (0..1000).map(|_| ids.next_suffix()).collect();
        let mut sorted = made.clone();
        sorted.sort();
        assert_eq!(made, sorted);
        assert!(made.iter().all(|id| id.len() == 27));
    }

    #[test]
    fn suffixes_noted_as_existing_come_before_new_ones() {
        let before = IdGenerator::new();
        let old: Vec<String> = (0..3).map(|_| before.next_suffix()).collect();
        let after = IdGenerator::new();
        for suffix in &old {
            after.note_existing(suffix);
        }
        after.note_existing("not a suffix");
        let new = after.next_suffix();
        assert!(old.iter().all(|o| *o < new), "{old:?} then {new}");
    }
}
