//! Making a file's creation or rename survive a power cut.
//!
//! `fsync` on a file makes its bytes durable, not its name: the directory entry is only on
//! disk once the directory itself has been synced. Without it, a key file written (or renamed
//! over the old one) just before a crash can be missing afterwards while the database it
//! sealed is not.

use std::path::Path;

/// Syncs the directory that holds `path` (a no-op where directories cannot be opened).
pub fn sync_parent_dir(path: &Path) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}
