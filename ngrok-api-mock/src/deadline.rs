//! Reading a socket against a deadline rather than a per-read timeout, so that a client
//! trickling one byte at a time (slowloris) is cut when its time is up instead of being
//! kept alive by each byte.

use std::io::{self, Read};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// A socket whose reads fail with [`io::ErrorKind::TimedOut`] once `deadline` has passed.
/// It borrows the socket, so that the same one (one file descriptor) is written through
/// `&TcpStream` meanwhile.
#[derive(Debug)]
pub(crate) struct DeadlineStream<'a> {
    stream: &'a TcpStream,
    deadline: Option<Instant>,
    /// The read timeout last set on the socket, if any.
    timeout: Option<Duration>,
}

impl<'a> DeadlineStream<'a> {
    pub(crate) fn new(stream: &'a TcpStream) -> DeadlineStream<'a> {
        DeadlineStream {
            stream,
            deadline: None,
            timeout: None,
        }
    }

    /// Reads from now on must be over by `deadline`.
    pub(crate) fn set_deadline(&mut self, deadline: Instant) {
        self.deadline = Some(deadline);
    }

    /// Makes the socket's read timeout about `left`. Setting it is a system call, a third
    /// of those a kept-alive request costs, so a timeout already within a little of `left`
    /// (an eighth, at most 100 ms) is kept: a read then ends at most that much past the
    /// deadline, or before it, and is tried again with the time still left.
    fn time_out_in(&mut self, left: Duration) -> io::Result<()> {
        let slack = (left / 8).min(Duration::from_millis(100));
        if self.timeout.is_some_and(|set| set.abs_diff(left) <= slack) {
            return Ok(());
        }
        self.stream.set_read_timeout(Some(left))?;
        self.timeout = Some(left);
        Ok(())
    }
}

impl Read for DeadlineStream<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let Some(deadline) = self.deadline else {
            return self.stream.read(buf);
        };
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(io::ErrorKind::TimedOut.into());
            }
            // Each read may wait only for what is left, however many reads came before.
            self.time_out_in(left)?;
            match self.stream.read(buf) {
                // A socket read timeout surfaces as WouldBlock on Unix and TimedOut on
                // Windows; one kept from before may end a little before the deadline.
                Err(err)
                    if matches!(
                        err.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
                {
                    continue
                }
                other => return other,
            }
        }
    }
}
