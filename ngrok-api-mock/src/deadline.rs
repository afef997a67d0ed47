//! Reading a socket against a deadline rather than a per-read timeout, so that a client
//! trickling one byte at a time (slowloris) is cut when its time is up instead of being
//! kept alive by each byte.

use std::io::{self, Read};
use std::net::TcpStream;
use std::time::Instant;

/// A socket whose reads fail with [`io::ErrorKind::TimedOut`] once `deadline` has passed.
/// It borrows the socket, so that the same one (one file descriptor) is written through
/// `&TcpStream` meanwhile.
#[derive(Debug)]
pub(crate) struct DeadlineStream<'a> {
    stream: &'a TcpStream,
    deadline: Option<Instant>,
}

impl<'a> DeadlineStream<'a> {
    pub(crate) fn new(stream: &'a TcpStream) -> DeadlineStream<'a> {
        DeadlineStream {
            stream,
            deadline: None,
        }
    }

    /// Reads from now on must be over by `deadline`.
    pub(crate) fn set_deadline(&mut self, deadline: Instant) {
        self.deadline = Some(deadline);
    }
}

impl Read for DeadlineStream<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(deadline) = self.deadline {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(io::ErrorKind::TimedOut.into());
            }
            // Each read may wait only for what is left, however many reads came before.
            self.stream.set_read_timeout(Some(left))?;
        }
        match self.stream.read(buf) {
            // A socket read timeout surfaces as WouldBlock on Unix and TimedOut on Windows.
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => {
                Err(io::ErrorKind::TimedOut.into())
            }
            other => other,
        }
    }
}
