//! The embedded PostgreSQL: a private cluster that the portal creates, starts and stops itself
//! from the machine's server binaries, listening on a Unix socket in its own folder only.
//!
//! Layout of the data folder (`PORTAL_DATA_DIR`, `.pgdata/` by default):
//! `cluster/` is the database cluster, `run/` holds the socket, `postgres.log` the server's log
//! and `portal.lock` the lock that keeps a second portal off the same folder.
//!
//! Safety rules this module keeps:
//! - one portal per data folder: an exclusive lock on `portal.lock`, held for the process's
//!   life and released by the kernel even after `kill -9`, so a second portal gets a clear
//!   error instead of a second postmaster on the same files;
//! - a server left behind by a portal that died (its lock is gone) is shut down cleanly before
//!   a new one starts, and a stale `postmaster.pid` whose process is gone is removed;
//! - the server gets a parent-death signal, so it shuts down fast if the portal is killed;
//! - run as root, the cluster belongs to an unprivileged system user, as PostgreSQL requires.

use std::ffi::OsStr;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use nix::sys::signal::{Signal, kill};
use nix::unistd::{Gid, Pid, Uid, User};
use sqlx::postgres::PgConnectOptions;

/// The PostgreSQL major version the portal needs at least.
const MIN_MAJOR_VERSION: u32 = 15;
/// The system user the cluster runs as when the portal runs as root and no `postgres` user exists.
const SYSTEM_USER: &str = "portal-postgres";
/// The cluster's superuser; local connections over the private socket are trusted.
pub const SUPERUSER: &str = "postgres";
const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);
const SHUTDOWN_TIMEOUT: Duration = Duration::from_secs(30);
/// How a server is stopped: fast shutdown, then immediate shutdown, then SIGKILL, each given
/// this long to work.
const STOP_SIGNALS: [(Signal, Duration); 3] = [
    (Signal::SIGINT, SHUTDOWN_TIMEOUT),
    (Signal::SIGQUIT, Duration::from_secs(5)),
    (Signal::SIGKILL, Duration::from_secs(5)),
];

/// How the cluster trades durability for speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Every commit reaches the disk: the portal's own data.
    Full,
    /// No fsync: for throw-away clusters in tests, where a crash loses nothing of value.
    Scratch,
}

/// The server binaries found on this machine.
#[derive(Debug, Clone)]
pub struct Binaries {
    pub dir: PathBuf,
    pub major_version: u32,
}

impl Binaries {
    /// Looks in `PG_BIN`, then `/usr/lib/postgresql/*/bin` (highest version first), then `PATH`.
    pub fn locate() -> Result<Self> {
        let mut candidates: Vec<PathBuf> = Vec::new();
        if let Some(dir) = std::env::var_os("PG_BIN").filter(|d| !d.is_empty()) {
            candidates.push(PathBuf::from(dir));
        }
        let mut versioned: Vec<(u32, PathBuf)> = fs::read_dir("/usr/lib/postgresql")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let version = entry.file_name().to_str()?.parse::<u32>().ok()?;
                Some((version, entry.path().join("bin")))
            })
            .collect();
        versioned.sort_by_key(|(version, _)| std::cmp::Reverse(*version));
        candidates.extend(versioned.into_iter().map(|(_, dir)| dir));
        if let Some(path) = std::env::var_os("PATH") {
            candidates.extend(std::env::split_paths(&path));
        }
        Self::locate_in(candidates)
    }

    /// The first folder of `candidates` that holds the server binaries.
    fn locate_in(candidates: Vec<PathBuf>) -> Result<Self> {
        let dir = candidates
            .into_iter()
            .find(|dir| ["initdb", "postgres"].iter().all(|b| dir.join(b).is_file()))
            .ok_or_else(|| {
                anyhow!(
                    "PostgreSQL server binaries (initdb, postgres) were not found in PG_BIN, \
                     /usr/lib/postgresql/*/bin or PATH. Install them with \
                     `sudo apt-get install -y postgresql` (Debian/Ubuntu; `brew install \
                     postgresql@17` on macOS), point PG_BIN at their folder, or set DATABASE_URL \
                     to use an external server."
                )
            })?;
        let dir = fs::canonicalize(&dir).unwrap_or(dir);
        let major_version = server_major_version(&dir.join("postgres"))?;
        if major_version < MIN_MAJOR_VERSION {
            bail!(
                "PostgreSQL {major_version} found in {}, but the portal needs version \
                 {MIN_MAJOR_VERSION} or later; install a newer server or set PG_BIN",
                dir.display()
            );
        }
        Ok(Self { dir, major_version })
    }

    fn command(&self, name: &str) -> Command {
        Command::new(self.dir.join(name))
    }
}

fn server_major_version(postgres: &Path) -> Result<u32> {
    let output = Command::new(postgres)
        .arg("--version")
        .output()
        .with_context(|| format!("could not run {}", postgres.display()))?;
    let text = String::from_utf8_lossy(&output.stdout);
    // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
    text.split_whitespace()
        .find_map(|word| word.split('.').next()?.parse::<u32>().ok())
        .ok_or_else(|| anyhow!("could not read the version of {}: {text}", postgres.display()))
}

/// A running embedded cluster. Dropping it stops the server.
#[derive(Debug)]
pub struct EmbeddedPostgres {
    data_dir: PathBuf,
    pid: Pid,
    exited: mpsc::Receiver<()>,
    // Held for the cluster's life: the lock that keeps other portals off this folder.
    _lock: File,
    stopped: bool,
}

impl EmbeddedPostgres {
    /// Creates the cluster if needed and starts it; returns once it accepts connections.
    pub fn start(data_dir: &Path, durability: Durability) -> Result<Self> {
        let binaries = Binaries::locate()?;
        fs::create_dir_all(data_dir)
            .with_context(|| format!("could not create the data folder {}", data_dir.display()))?;
        let data_dir = fs::canonicalize(data_dir)?;
        let lock = lock_data_dir(&data_dir)?;
        let owner = ClusterOwner::for_current_process()?;

        let cluster = data_dir.join("cluster");
        let run = data_dir.join("run");
        fs::create_dir_all(&run)?;
        owner.take_ownership(&data_dir)?;
        check_socket_path(&run)?;

        if !cluster.join("PG_VERSION").is_file() {
            init_cluster(&binaries, &owner, &data_dir, &cluster)?;
        }
        check_cluster_version(&binaries, &cluster)?;
        stop_leftover_server(&cluster)?;

        // A server killed with SIGKILL can leave backends attached to its shared memory for a
        // moment; the new server refuses to start until they are gone, so it is tried again.
        let mut attempt = 1;
        let (pid, exited) = loop {
            match spawn_server(&binaries, &owner, &data_dir, durability) {
                Ok(running) => break running,
                Err(error)
                    if attempt < 10 && log_tail(&data_dir.join("postgres.log")).contains("still in use") =>
                {
                    tracing::warn!(%error, attempt, "PostgreSQL refused to start; retrying");
                    attempt += 1;
                    std::thread::sleep(Duration::from_millis(500));
                }
                Err(error) => return Err(error),
            }
        };
        tracing::info!(data_dir = %data_dir.display(), version = binaries.major_version, "embedded PostgreSQL ready");
        Ok(Self {
            data_dir,
            pid,
            exited,
            _lock: lock,
            stopped: false,
        })
    }

    /// Connection options for a database of this cluster, through its socket.
    pub fn connect_options(&self, database: &str) -> PgConnectOptions {
        socket_options(&self.data_dir, database)
    }

    /// When another portal process runs the cluster in `data_dir`, connection options to reach
    /// it, so that command-line tools (import, export) work beside a running `portal serve`.
    pub fn running_elsewhere(data_dir: &Path, database: &str) -> Option<PgConnectOptions> {
        let data_dir = fs::canonicalize(data_dir).ok()?;
        let lock = File::open(data_dir.join("portal.lock")).ok()?;
        if lock.try_lock_shared().is_ok() {
            return None; // nobody holds it
        }
        let cluster = data_dir.join("cluster");
        let (pid, ready) = read_pid_file(&cluster)?;
        (ready && is_postgres_of(pid?, &cluster)).then(|| socket_options(&data_dir, database))
    }

    /// The server's process id (tests kill it to simulate a crash).
    pub fn pid(&self) -> u32 {
        self.pid.as_raw() as u32
    }

    /// Fast shutdown: open sessions are ended, committed work is kept.
    pub fn stop(mut self) -> Result<()> {
        self.shutdown()
    }

    fn shutdown(&mut self) -> Result<()> {
        if self.stopped {
            return Ok(());
        }
        self.stopped = true;
        for (signal, wait) in STOP_SIGNALS {
            if kill(self.pid, signal).is_err() {
                return Ok(()); // already gone
            }
            match self.exited.recv_timeout(wait) {
                Ok(()) | Err(mpsc::RecvTimeoutError::Disconnected) => {
                    tracing::info!(data_dir = %self.data_dir.display(), "embedded PostgreSQL stopped");
                    return Ok(());
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    tracing::warn!(?signal, "PostgreSQL did not stop in time");
                }
            }
        }
        bail!("the embedded PostgreSQL (pid {}) would not stop", self.pid)
    }
}

impl Drop for EmbeddedPostgres {
    fn drop(&mut self) {
        if let Err(error) = self.shutdown() {
            tracing::error!(%error, "could not stop the embedded PostgreSQL");
        }
    }
}

/// Spawns the server and waits until it accepts connections; returns its pid and a channel
/// that receives a message when it has exited.
fn spawn_server(
    binaries: &Binaries,
    owner: &ClusterOwner,
    data_dir: &Path,
    durability: Durability,
) -> Result<(Pid, mpsc::Receiver<()>)> {
    let log_path = data_dir.join("postgres.log");
    let log = OpenOptions::new().create(true).append(true).open(&log_path)?;
    owner.take_ownership(&log_path)?;

    let mut command = binaries.command("postgres");
    command
        .arg("-D")
        .arg(data_dir.join("cluster"))
        .arg("-k")
        .arg(data_dir.join("run"))
        .args(["-c", "listen_addresses=", "-c", "unix_socket_permissions=0700"])
        .args(["-c", "max_connections=200", "-c", "shared_buffers=128MB"])
        .stdin(Stdio::null())
        .stdout(log.try_clone()?)
        .stderr(log);
    if durability == Durability::Scratch {
        command.args(["-c", "fsync=off", "-c", "synchronous_commit=off"]);
        command.args(["-c", "full_page_writes=off"]);
    }
    owner.apply(&mut command);
    // SAFETY: the closure only calls prctl(2), which is async-signal-safe.
    unsafe {
        command.pre_exec(|| {
            // Set after the user change, which clears it: if the portal dies (even by
            // SIGKILL), the server gets SIGINT, PostgreSQL's fast shutdown.
            nix::sys::prctl::set_pdeathsig(Signal::SIGINT).map_err(std::io::Error::from)
        });
    }

    // The parent-death signal fires when the *thread* that spawned the server ends, so a
    // dedicated thread spawns it and lives exactly as long as the server does.
    let (spawned_tx, spawned_rx) = mpsc::channel();
    let (exited_tx, exited) = mpsc::channel();
    std::thread::Builder::new()
        .name("embedded-postgres".into())
        .spawn(move || match command.spawn() {
            Ok(mut child) => {
                let _ = spawned_tx.send(Ok(child.id()));
                let _ = child.wait();
                let _ = exited_tx.send(());
            }
            Err(error) => {
                let _ = spawned_tx.send(Err(error));
            }
        })?;
    let pid = spawned_rx
        .recv()?
        .context("could not start the PostgreSQL server")?;
    let pid = Pid::from_raw(pid as i32);

    let deadline = Instant::now() + STARTUP_TIMEOUT;
    let cluster = data_dir.join("cluster");
    loop {
        if exited.try_recv().is_ok() {
            bail!(
                "the embedded PostgreSQL exited during start-up; its log ({}) ends with:\n{}",
                log_path.display(),
                log_tail(&log_path)
            );
        }
        if read_pid_file(&cluster) == Some((Some(pid), true)) {
            return Ok((pid, exited));
        }
        if Instant::now() > deadline {
            let _ = kill(pid, Signal::SIGQUIT);
            bail!(
                "the embedded PostgreSQL was not ready after {}s; see {}",
                STARTUP_TIMEOUT.as_secs(),
                log_path.display()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// What `postmaster.pid` says: the server's pid (when the first line is one) and whether it
/// accepts connections (its eighth line turns to "ready"). `None` when there is no such file.
fn read_pid_file(cluster: &Path) -> Option<(Option<Pid>, bool)> {
    let text = fs::read_to_string(cluster.join("postmaster.pid")).ok()?;
    let mut lines = text.lines();
    let pid = lines
        .next()
        .and_then(|l| l.trim().parse().ok())
        .map(Pid::from_raw);
    let ready = lines.nth(6).map(str::trim) == Some("ready");
    Some((pid, ready))
}

fn socket_options(data_dir: &Path, database: &str) -> PgConnectOptions {
    PgConnectOptions::new()
        .socket(data_dir.join("run"))
        .username(SUPERUSER)
        .database(database)
}

/// Takes the folder's lock, or explains which process holds it.
fn lock_data_dir(data_dir: &Path) -> Result<File> {
    let path = data_dir.join("portal.lock");
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .with_context(|| format!("could not open {}", path.display()))?;
    if let Err(error) = file.try_lock() {
        let mut holder = String::new();
        let _ = file.read_to_string(&mut holder);
        let holder = holder.trim();
        return match error {
            fs::TryLockError::WouldBlock => Err(anyhow!(
                "the data folder {} is in use by another portal process{}; stop it first, or \
                 give this one its own PORTAL_DATA_DIR",
                data_dir.display(),
                if holder.is_empty() {
                    String::new()
                } else {
                    format!(" (pid {holder})")
                }
            )),
            fs::TryLockError::Error(error) => {
                Err(error).with_context(|| format!("could not lock {}", path.display()))
            }
        };
    }
    file.set_len(0)?;
    file.rewind()?;
    writeln!(file, "{}", std::process::id())?;
    Ok(file)
}

/// The Unix user that owns and runs the cluster.
enum ClusterOwner {
    /// The portal's own user (not root).
    CurrentUser,
    /// An unprivileged system user, when the portal runs as root.
    System { uid: Uid, gid: Gid },
}

impl ClusterOwner {
    fn for_current_process() -> Result<Self> {
        if !Uid::effective().is_root() {
            return Ok(Self::CurrentUser);
        }
        let user = match User::from_name(SUPERUSER)? {
            Some(user) => user,
            None => match User::from_name(SYSTEM_USER)? {
                Some(user) => user,
                None => {
                    let status = Command::new("useradd")
                        .args(["--system", "--no-create-home", "--user-group"])
                        .args(["--shell", "/usr/sbin/nologin", SYSTEM_USER])
                        .status()
                        .context("running as root, and could not run useradd to create the system user for PostgreSQL")?;
                    if !status.success() {
                        bail!("useradd could not create the system user {SYSTEM_USER}");
                    }
                    User::from_name(SYSTEM_USER)?
                        .ok_or_else(|| anyhow!("the user {SYSTEM_USER} is missing after useradd"))?
                }
            },
        };
        Ok(Self::System {
            uid: user.uid,
            gid: user.gid,
        })
    }

    /// Gives a file or folder (recursively) to the cluster's user.
    fn take_ownership(&self, path: &Path) -> Result<()> {
        let Self::System { uid, gid } = self else {
            return Ok(());
        };
        let metadata = fs::symlink_metadata(path)?;
        if metadata.uid() != uid.as_raw() || metadata.gid() != gid.as_raw() {
            nix::unistd::chown(path, Some(*uid), Some(*gid))
                .with_context(|| format!("could not give {} to the PostgreSQL user", path.display()))?;
        }
        if metadata.is_dir() {
            if metadata.permissions().mode() & 0o777 != 0o700 {
                fs::set_permissions(path, fs::Permissions::from_mode(0o700))?;
            }
            for entry in fs::read_dir(path)? {
                self.take_ownership(&entry?.path())?;
            }
        }
        Ok(())
    }

    fn apply(&self, command: &mut Command) {
        if let Self::System { uid, gid } = self {
            command.uid(uid.as_raw()).gid(gid.as_raw());
            // The server must not inherit root's home or a folder it cannot read.
            command.current_dir("/").env("HOME", "/");
        }
    }
}

/// Unix socket paths are limited to 107 bytes on Linux.
fn check_socket_path(run: &Path) -> Result<()> {
    let socket = run.join(".s.PGSQL.5432");
    if socket.as_os_str().len() > 107 {
        bail!(
            "the data folder path is too long for a Unix socket ({}); choose a shorter PORTAL_DATA_DIR",
            socket.display()
        );
    }
    Ok(())
}

fn init_cluster(binaries: &Binaries, owner: &ClusterOwner, data_dir: &Path, cluster: &Path) -> Result<()> {
    // A half-made cluster (initdb interrupted) is started afresh.
    if cluster.exists() {
        fs::remove_dir_all(cluster)?;
    }
    tracing::info!(cluster = %cluster.display(), "creating the embedded PostgreSQL cluster");
    let mut command = binaries.command("initdb");
    command
        .arg("-D")
        .arg(cluster)
        .args([
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--auth=trust",
            "--no-instructions",
        ])
        .args(["--username", SUPERUSER])
        .env("TZ", "UTC");
    owner.apply(&mut command);
    let output = command.output().context("could not run initdb")?;
    if !output.status.success() {
        let _ = fs::remove_dir_all(cluster);
        bail!(
            "initdb failed in {}:\n{}{}",
            data_dir.display(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}

fn check_cluster_version(binaries: &Binaries, cluster: &Path) -> Result<()> {
    let version = fs::read_to_string(cluster.join("PG_VERSION"))?;
    let version: u32 = version.trim().parse().context("unreadable PG_VERSION")?;
    if version != binaries.major_version {
        bail!(
            "the cluster in {} was made by PostgreSQL {version} but the server binaries in {} \
             are version {}; set PG_BIN to version {version}'s binaries, or move the folder away \
             to start afresh",
            cluster.display(),
            binaries.dir.display(),
            binaries.major_version
        );
    }
    Ok(())
}

/// Deals with a `postmaster.pid` left behind. We hold the folder's lock, so a live server on
/// this cluster belongs to a portal that died: it is shut down cleanly. A pid file whose process
/// is gone is removed.
fn stop_leftover_server(cluster: &Path) -> Result<()> {
    let pid_file = cluster.join("postmaster.pid");
    let Some((pid, _)) = read_pid_file(cluster) else {
        return Ok(());
    };
    let Some(pid) = pid else {
        fs::remove_file(&pid_file)?;
        return Ok(());
    };
    if !is_postgres_of(pid, cluster) {
        tracing::warn!(%pid, "removing a stale postmaster.pid");
        fs::remove_file(&pid_file)?;
        return Ok(());
    }
    tracing::warn!(%pid, "stopping a PostgreSQL server left running by an earlier portal");
    for (signal, wait) in STOP_SIGNALS {
        let _ = kill(pid, signal);
        let deadline = Instant::now() + wait;
        while Instant::now() < deadline {
            if !is_postgres_of(pid, cluster) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    bail!(
        "a PostgreSQL server (pid {pid}) on {} would not stop",
        cluster.display()
    )
}

/// Whether `pid` is a live postmaster serving `cluster` (and not a recycled pid).
fn is_postgres_of(pid: Pid, cluster: &Path) -> bool {
    let Ok(cmdline) = fs::read(format!("/proc/{pid}/cmdline")) else {
        return false;
    };
    let Ok(status) = fs::read_to_string(format!("/proc/{pid}/status")) else {
        return false;
    };
    // A killed server stays a zombie until its parent reaps it; it holds nothing any more.
    if status.lines().any(|l| l.starts_with("State:") && l.contains('Z')) {
        return false;
    }
    let args: Vec<&OsStr> = cmdline
        .split(|b| *b == 0)
        .map(std::os::unix::ffi::OsStrExt::from_bytes)
        .collect();
    let is_postgres = args
        .first()
        .and_then(|a| Path::new(a).file_name())
        .is_some_and(|name| name == "postgres" || name == "postmaster");
    is_postgres && args.iter().any(|a| Path::new(a) == cluster)
}

fn log_tail(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_binaries_give_one_message_naming_the_install_command() {
        let empty = tempfile::tempdir().unwrap();
        let error = Binaries::locate_in(vec![empty.path().to_owned()])
            .unwrap_err()
            .to_string();
        assert!(error.contains("apt-get install -y postgresql"), "{error}");
        assert!(error.contains("DATABASE_URL"), "{error}");
    }

    #[test]
    fn the_machine_binaries_are_found_with_their_version() {
        // The test suite needs them anyway; this checks the version is read.
        let binaries = Binaries::locate().unwrap();
        assert!(binaries.major_version >= MIN_MAJOR_VERSION);
    }
}
