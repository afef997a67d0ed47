//! Locking that survives a panic: the one helper every part of the emulator locks with.

use std::sync::{Mutex, MutexGuard};

/// Locks `mutex`, also after a thread panicked holding it.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic in one connection's handler must not take the whole emulator down.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
