//! Ids, keys and operation ids, without a random-number crate.

use std::hash::{BuildHasher, Hasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

const ALPHABET: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// 64 unpredictable-enough bits (SipHash with a fresh random key over a counter and the
/// clock); good for test ids and keys, not for cryptography.
pub(crate) fn random_u64() -> u64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.write_u128(now_micros());
    hasher.finish()
}

fn now_micros() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros())
}

/// `len` random characters of `[0-9A-Za-z]`.
pub(crate) fn random_string(len: usize) -> String {
    let mut out = String::with_capacity(len);
    while out.len() < len {
        let mut bits = random_u64();
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

    /// 27 characters: 11 of a strictly increasing clock, 16 random.
    pub(crate) fn next_suffix(&self) -> String {
        let now = now_micros() as u64;
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
        let mut head = [b'0'; 11];
        let mut n = stamp;
        for slot in head.iter_mut().rev() {
            *slot = ALPHABET[(n % 62) as usize];
            n /= 62;
        }
        let mut id = String::from_utf8(head.to_vec()).unwrap_or_default();
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
}
