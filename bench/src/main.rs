//! Benchmarks of `ngrok-api` (ours) against a raw `ureq` floor and the official async
//! client, on loopback only. See BENCHMARKS.md at the repository root for the figures
//! and `bench/run.sh` for the one command that builds and runs everything.
//!
//! ```text
//! ngrok-api-bench [all|single|list|memory|cpu]
//! ngrok-api-bench serve-fixed [pages] | serve-emulator     # for profiling by hand
//! ngrok-api-bench child-cpu <client> <url> <key> <id> <get|items|pages|before_id|decode> <n>
//! ```
//!
//! `<client>` is `ours`, `floor`, `official`, or one of the diagnostic floors
//! `floor+timeout` and `floor+timeout+resolver`.
//!
//! Every figure is printed with its ratio, measured in the same run: samples of the
//! clients are interleaved within each round (the order rotates every round); the tables
//! show the median over the rounds, every ratio is computed from the cells of the table
//! it is printed under (`report.rs`), and a table of the rounds shows how much they
//! differed. Nothing here asserts on a time.

mod clients;
mod fixed;
mod report;

use std::process::Command;
use std::time::{Duration, Instant};

use clients::{Client, Kind, Target, Walk};
use fixed::FixedServer;
use report::{Metric, Table};

/// Items in the listing benchmark: 100 pages of 100.
const LIST_ITEMS: usize = 10_000;
/// The key the emulator accepts (the fixed server ignores it).
const KEY: &str = "bench_key_0123456789abcdef";

fn rounds() -> usize {
    std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5)
}

fn main() {
    // A proxy from the environment must not be used for loopback; the clients differ in
    // whether they honour one, so take it away from all of them.
    for var in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ] {
        std::env::remove_var(var);
    }
    let args: Vec<String> = std::env::args().collect();
    let what = args.get(1).map(String::as_str).unwrap_or("all");
    match what {
        "child-mem" => return child_mem(&args[2..]),
        "child-cpu" => return child_cpu(&args[2..]),
        "serve-fixed" => {
            // For profiling by hand: `serve-fixed [pages]`, then run `child-cpu` under a
            // profiler against the printed URL. Stops after 10 minutes.
            let pages = args.get(2).and_then(|p| p.parse().ok()).unwrap_or(100);
            println!("{}", FixedServer::start(pages).url);
            std::thread::sleep(Duration::from_secs(600));
            return;
        }
        "serve-emulator" => {
            // The same, for the seeded emulator: prints its URL, key and one item's id.
            let servers = Servers::start();
            let t = &servers.emulator;
            println!("{} {} {}", t.url, t.key, t.id);
            std::thread::sleep(Duration::from_secs(600));
            return;
        }
        "all" | "single" | "list" | "memory" | "cpu" => {}
        other => {
            eprintln!("usage: ngrok-api-bench [all|single|list|memory|cpu] (got {other:?})");
            std::process::exit(2);
        }
    }
    machine();
    let started = Instant::now();
    let servers = Servers::start();
    if matches!(what, "all" | "single") {
        single(&servers);
    }
    if matches!(what, "all" | "list") {
        list(&servers);
    }
    if matches!(what, "all" | "memory") {
        memory(&servers);
    }
    if matches!(what, "all" | "cpu") {
        cpu(&servers);
    }
    println!("\n(whole run: {:.0} s)", started.elapsed().as_secs_f64());
}

fn machine() {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "?".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("# ngrok-api benchmarks");
    println!();
    println!("- date: {}", shell("date"));
    println!(
        "- machine: {cores} cores (nproc), {cpu}, {}",
        shell("uname -sr")
    );
    println!("- rustc: {}", shell("rustc -V"));
    println!(
        "- rounds: {} (tables: median over the rounds; ratios: of the table's figures; order of clients rotates each round)",
        rounds()
    );
}

fn shell(cmd: &str) -> String {
    Command::new("sh")
        .args(["-c", cmd])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|_| "?".into())
}

/// The two servers: the emulator, seeded with [`LIST_ITEMS`] reserved domains, and the
/// fixed-response server with 100 pages.
struct Servers {
    _emulator: ngrok_api_mock::MockServer,
    emulator: Target,
    fixed: Target,
}

impl Servers {
    fn start() -> Servers {
        let emulator = ngrok_api_mock::MockServer::builder()
            .api_key(KEY)
            .start()
            .expect("emulator");
        let seeded = Instant::now();
        let mut id = String::new();
        for i in 0..LIST_ITEMS {
            let mut item: serde_json::Value =
                serde_json::from_str(&fixed::item_json(emulator.url(), i)).unwrap();
            // The emulator gives the id, uri and created_at; everything else is as the
            // fixed server sends it.
            let obj = item.as_object_mut().unwrap();
            obj.remove("id");
            obj.remove("uri");
            obj.remove("created_at");
            let stored = emulator.insert("reserved_domains", item).expect("seed");
            if i == LIST_ITEMS / 2 {
                id = stored["id"].as_str().unwrap().to_string();
            }
        }
        eprintln!(
            "(seeded the emulator with {LIST_ITEMS} reserved domains in {:.1} s)",
            seeded.elapsed().as_secs_f64()
        );
        let fixed = FixedServer::start(LIST_ITEMS / fixed::PAGE_SIZE);
        Servers {
            emulator: Target {
                url: emulator.url().to_string(),
                key: KEY.into(),
                id,
            },
            _emulator: emulator,
            fixed: Target {
                url: fixed.url,
                key: KEY.into(),
                id: "rd_2pQ7Xz000007AbCdEfGhIjKlMn".into(),
            },
        }
    }

    fn both(&self) -> [(&'static str, &Target); 2] {
        [("fixed server", &self.fixed), ("emulator", &self.emulator)]
    }
}

// ---------------------------------------------------------------------------------------
// Timing and CPU accounting

/// CPU time of the calling thread, in ns (`/proc/thread-self/schedstat`).
fn thread_cpu_ns() -> u64 {
    schedstat("/proc/thread-self/schedstat")
}

/// CPU time of every live thread of this process, in ns.
fn process_cpu_ns() -> u64 {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return 0;
    };
    tasks
        .filter_map(Result::ok)
        .map(|t| schedstat(&format!("{}/schedstat", t.path().display())))
        .sum()
}

fn schedstat(path: &str) -> u64 {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

#[derive(Clone, Copy, Debug, Default)]
struct Sample {
    ops: usize,
    wall: Duration,
    /// CPU of the thread running the client.
    client_cpu_ns: u64,
    /// CPU of every other thread: the server's.
    server_cpu_ns: u64,
}

impl Sample {
    fn per_op_us(&self) -> f64 {
        self.wall.as_secs_f64() * 1e6 / self.ops as f64
    }
    fn rate(&self) -> f64 {
        self.ops as f64 / self.wall.as_secs_f64()
    }
    fn client_us(&self) -> f64 {
        self.client_cpu_ns as f64 / 1e3 / self.ops as f64
    }
    fn server_us(&self) -> f64 {
        self.server_cpu_ns as f64 / 1e3 / self.ops as f64
    }
}

/// Runs `f` (which returns how many operations it did) until `min` has passed.
fn measure(min: Duration, mut f: impl FnMut() -> usize) -> Sample {
    let (p0, c0, t0) = (process_cpu_ns(), thread_cpu_ns(), Instant::now());
    let mut ops = 0;
    while t0.elapsed() < min {
        ops += f();
    }
    let wall = t0.elapsed();
    let (c1, p1) = (thread_cpu_ns(), process_cpu_ns());
    let client = c1.saturating_sub(c0);
    Sample {
        ops,
        wall,
        client_cpu_ns: client,
        server_cpu_ns: p1.saturating_sub(p0).saturating_sub(client),
    }
}

// ---------------------------------------------------------------------------------------
// 1. Single request

fn single(servers: &Servers) {
    println!("\n## Single request: `reserved_domains.get(id)`, sequential, keep-alive\n");
    let min = Duration::from_millis(600);
    let mut tables = Vec::new();
    for (name, target) in servers.both() {
        let kinds = [
            Kind::Ours,
            Kind::Floor,
            Kind::Official,
            Kind::FloorTimeout,
            Kind::FloorTimeoutResolver,
        ];
        let clients: Vec<Client> = kinds.iter().map(|&k| Client::new(k, target)).collect();
        for c in &clients {
            c.get_n(&target.id, 300); // connect, warm up
        }
        let mut samples = vec![Vec::new(); clients.len()];
        for round in 0..rounds() {
            for j in 0..clients.len() {
                let k = (round + j) % clients.len();
                samples[k].push(measure(min, || {
                    clients[k].get_n(&target.id, 50);
                    50
                }));
            }
        }
        println!("### against the {name}\n");
        let labels: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
        let table = report::medians("client", &labels, &samples, &SINGLE_METRICS);
        table.print();
        let (rate, cpu) = (SINGLE_METRICS[0].name, SINGLE_METRICS[2].name);
        println!(
            "- ours / floor, {rate}: {} (target >= 0.9x)",
            table.ratio("ours", "floor", rate)
        );
        println!(
            "- ours / official, {rate}: {} (target > 1x)",
            table.ratio("ours", "official", rate)
        );
        println!(
            "- {cpu}, ours / floor: {}; ours / official: {}",
            table.ratio("ours", "floor", cpu),
            table.ratio("ours", "official", cpu)
        );
        println!(
            "- diagnostic, {rate}: floor+timeout / floor: {}; floor+timeout+resolver / floor: {}\n",
            table.ratio("floor+timeout", "floor", rate),
            table.ratio("floor+timeout+resolver", "floor", rate)
        );
        println!("Rounds ({name}):\n");
        report::per_round(&labels, &samples, &SINGLE_METRICS[0], &[(0, 1), (0, 2)]);
        report::per_round(
            &labels[..3],
            &samples[..3],
            &SINGLE_METRICS[2],
            &[(0, 1), (0, 2)],
        );
        tables.push(table);
    }
    server_cpu_ratios(
        &tables,
        &["ours", "floor", "official"],
        SINGLE_METRICS[3].name,
        1.5,
    );
}

/// The emulator's server CPU over the fixed server's, for the same clients: what the
/// emulator costs a test beyond answering at all. `tables` are those of `Servers::both`.
fn server_cpu_ratios(tables: &[Table], rows: &[&str], cpu: &str, target: f64) {
    if let [fixed, emulator] = tables {
        let ratios: Vec<String> = rows
            .iter()
            .map(|row| format!("{row} {}", emulator.ratio_to(fixed, row, cpu)))
            .collect();
        println!(
            "\n- emulator / fixed server, {cpu}: {} (target <= {target}x)",
            ratios.join("; ")
        );
    }
}

/// The columns of the single-request tables.
const SINGLE_METRICS: [Metric; 4] = [
    Metric {
        name: "requests/s",
        decimals: 0,
        of: Sample::rate,
    },
    Metric {
        name: "µs/request (wall)",
        decimals: 1,
        of: Sample::per_op_us,
    },
    Metric {
        name: "client-thread CPU µs/req",
        decimals: 1,
        of: Sample::client_us,
    },
    Metric {
        name: "server CPU µs/req",
        decimals: 1,
        of: Sample::server_us,
    },
];

// ---------------------------------------------------------------------------------------
// 2. Listing

fn list(servers: &Servers) {
    println!("\n## Listing: every one of {LIST_ITEMS} items, 100 pages of 100\n");
    let variants: [(Kind, Walk, &str); 5] = [
        (Kind::Ours, Walk::Items, "ours `.list().limit(100).iter()`"),
        (Kind::Ours, Walk::Pages, "ours `.list().limit(100).pages()`"),
        (
            Kind::Ours,
            Walk::BeforeId,
            "ours, 100 explicit `.before_id(..).pages().next()` calls",
        ),
        (
            Kind::Floor,
            Walk::Items,
            "floor (raw ureq, follows next_page_uri)",
        ),
        (Kind::Official, Walk::Items, "official item stream"),
    ];
    let mut tables = Vec::new();
    for (name, target) in servers.both() {
        let clients: Vec<Client> = variants.iter().map(|v| Client::new(v.0, target)).collect();
        for (c, v) in clients.iter().zip(&variants) {
            assert_eq!(c.walk(v.1), LIST_ITEMS, "{} did not see every item", v.2);
        }
        let mut samples = vec![Vec::new(); clients.len()];
        for round in 0..rounds() {
            for j in 0..clients.len() {
                let k = (round + j) % clients.len();
                // At least two walks and 0.3 s per sample.
                let mut walks = 0;
                let s = measure(Duration::from_millis(300), || {
                    walks += 1;
                    let n = clients[k].walk(variants[k].1);
                    debug_assert_eq!(n, LIST_ITEMS);
                    1
                });
                let s = if walks < 2 {
                    let more = measure(Duration::ZERO, || {
                        clients[k].walk(variants[k].1);
                        1
                    });
                    Sample {
                        ops: s.ops + more.ops,
                        wall: s.wall + more.wall,
                        client_cpu_ns: s.client_cpu_ns + more.client_cpu_ns,
                        server_cpu_ns: s.server_cpu_ns + more.server_cpu_ns,
                    }
                } else {
                    s
                };
                samples[k].push(s);
            }
        }
        println!("### against the {name}\n");
        let labels: Vec<&str> = variants.iter().map(|v| v.2).collect();
        let table = report::medians("walk", &labels, &samples, &LIST_METRICS);
        table.print();
        let (wall, cpu) = (LIST_METRICS[0].name, LIST_METRICS[1].name);
        let [iter, pages, before, floor, official] = [0, 1, 2, 3, 4].map(|i| labels[i]);
        println!(
            "- ours `.iter()` / official, {wall}: {} (below 1 is faster)",
            table.ratio(iter, official, wall)
        );
        println!(
            "- iterator overhead, `.iter()` / explicit `before_id` page fetches, {wall}: {} \
             (target < 1.05x); `.iter()` / `.pages()`: {}",
            table.ratio(iter, before, wall),
            table.ratio(iter, pages, wall)
        );
        println!(
            "- ours `.iter()` / floor, {wall}: {}; {cpu}: {}\n",
            table.ratio(iter, floor, wall),
            table.ratio(iter, floor, cpu)
        );
        println!("Rounds ({name}; iter = ours `.iter()`, before_id = the explicit fetches):\n");
        let short = ["iter", "pages", "before_id", "floor", "official"];
        report::per_round(
            &short,
            &samples,
            &LIST_METRICS[0],
            &[(0, 2), (0, 4), (0, 3)],
        );
        tables.push(table);
    }
    // A walk is 100 pages: the ratio is that of one page.
    let rows: Vec<&str> = variants.iter().map(|v| v.2).collect();
    server_cpu_ratios(&tables, &rows, LIST_METRICS[2].name, 2.0);
}

/// The columns of the listing tables (per walk of every item).
const LIST_METRICS: [Metric; 3] = [
    Metric {
        name: "ms per walk (wall)",
        decimals: 1,
        of: |s| s.per_op_us() / 1e3,
    },
    Metric {
        name: "client-thread CPU ms",
        decimals: 1,
        of: |s| s.client_us() / 1e3,
    },
    Metric {
        name: "server CPU ms",
        decimals: 1,
        of: |s| s.server_us() / 1e3,
    },
];

// ---------------------------------------------------------------------------------------
// 3. Memory

fn memory(servers: &Servers) {
    println!("\n## Memory: peak resident set (VmHWM) of a fresh process walking a list\n");
    println!("Each cell is one fresh child process (two runs, `a / b`); the server runs in the");
    println!("parent process, so the child holds only the client. `0 items` is one `get`.\n");
    let exe = std::env::current_exe().expect("current exe");
    let sizes = [0usize, 1_000, 100_000];
    let fixed: Vec<FixedServer> = sizes
        .iter()
        .map(|&n| FixedServer::start((n / fixed::PAGE_SIZE).max(1)))
        .collect();
    println!(
        "| client | server | {} |",
        sizes.map(|n| format!("{n} items")).join(" | ")
    );
    println!("|---|---|---:|---:|---:|");
    let mut ours_kb = Vec::new();
    for kind in [Kind::Ours, Kind::Official] {
        let mut cells = Vec::new();
        for (&n, server) in sizes.iter().zip(&fixed) {
            let runs: Vec<u64> = (0..2)
                .map(|_| child_mem_run(&exe, kind, &server.url, &servers.fixed.id, n))
                .collect();
            if kind == Kind::Ours {
                ours_kb.push(*runs.iter().max().unwrap());
            }
            cells.push(format!("{} / {} KiB", runs[0], runs[1]));
        }
        println!("| {} | fixed | {} |", kind.name(), cells.join(" | "));
    }
    let em = servers.emulator.clone();
    let emu: Vec<u64> = (0..2)
        .map(|_| child_mem_run(&exe, Kind::Ours, &em.url, &em.id, LIST_ITEMS))
        .collect();
    println!(
        "\n- ours against the emulator, {LIST_ITEMS} items: {} / {} KiB",
        emu[0], emu[1]
    );
    // Of the larger of each cell's two runs, named in the line so it can be checked.
    println!(
        "- ours, 100,000 items / 1,000 items (the larger run of each): **{:.3}x** ({} / {} KiB); \
         100,000 items minus one `get`: {:+} KiB ({} - {}) (target: flat)\n",
        ours_kb[2] as f64 / ours_kb[1] as f64,
        ours_kb[2],
        ours_kb[1],
        ours_kb[2] as i64 - ours_kb[0] as i64,
        ours_kb[2],
        ours_kb[0]
    );
}

fn child_mem_run(exe: &std::path::Path, kind: Kind, url: &str, id: &str, items: usize) -> u64 {
    let out = Command::new(exe)
        .args(["child-mem", kind.name(), url, KEY, id, &items.to_string()])
        .output()
        .expect("child");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "child-mem failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    text.trim().parse().expect("VmHWM")
}

/// `child-mem <client> <url> <key> <id> <items>`: walks the list (or, for 0 items, makes
/// one `get`) and prints VmHWM in KiB.
fn child_mem(args: &[String]) {
    let target = Target {
        url: args[1].clone(),
        key: args[2].clone(),
        id: args[3].clone(),
    };
    let items: usize = args[4].parse().unwrap();
    let client = Client::new(Kind::parse(&args[0]), &target);
    if items == 0 {
        client.get_n(&target.id, 1);
    } else {
        let n = client.walk(Walk::Items);
        assert_eq!(n, items, "saw {n} items, expected {items}");
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let hwm = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .map(|v| v.trim().trim_end_matches("kB").trim().to_string())
        .unwrap();
    println!("{hwm}");
}

// ---------------------------------------------------------------------------------------
// 4. Instructions (callgrind)

fn cpu(servers: &Servers) {
    println!(
        "\n## CPU: instructions per request (valgrind --tool=callgrind, client process only)\n"
    );
    let ok = Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        println!("valgrind not found: skipped\n");
        return;
    }
    println!("Each figure is the difference of two runs of a fresh child process under callgrind");
    println!("(N and N+extra operations) divided by the extra, so start-up and connecting cancel");
    println!("out. The server is the fixed server in this (parent) process and is not counted.");
    println!("Profiles are kept in /tmp/bench-callgrind/ for callgrind_annotate.\n");
    let exe = std::env::current_exe().expect("current exe");
    let dir = "/tmp/bench-callgrind";
    let _ = std::fs::create_dir_all(dir);
    let t = &servers.fixed;
    let col = "instructions per `get`";
    let mut gets = Table::new("client", &[(col, 0)]);
    for kind in Kind::ALL
        .into_iter()
        .chain([Kind::FloorTimeout, Kind::FloorTimeoutResolver])
    {
        let lo = callgrind(&exe, dir, kind, t, "get", 100);
        let hi = callgrind(&exe, dir, kind, t, "get", 600);
        gets.row(kind.name(), vec![(hi - lo) as f64 / 500.0]);
    }
    gets.print();
    println!(
        "- ours / floor: {}; ours / official: {}; diagnostic: floor+timeout / floor: {}, \
         floor+timeout+resolver / floor: {}\n",
        gets.ratio("ours", "floor", col),
        gets.ratio("ours", "official", col),
        gets.ratio("floor+timeout", "floor", col),
        gets.ratio("floor+timeout+resolver", "floor", col)
    );
    let (per_walk, per_item) = ("instructions per walk", "per item");
    let mut walks = Table::new(
        &format!("walk of {LIST_ITEMS} items (100 pages)"),
        &[(per_walk, 0), (per_item, 0)],
    );
    let labels = [
        "ours `.iter()`",
        "ours, explicit `before_id` calls",
        "floor",
        "official item stream",
    ];
    for ((kind, op), label) in [
        (Kind::Ours, "items"),
        (Kind::Ours, "before_id"),
        (Kind::Floor, "items"),
        (Kind::Official, "items"),
    ]
    .into_iter()
    .zip(labels)
    {
        let lo = callgrind(&exe, dir, kind, t, op, 1);
        let hi = callgrind(&exe, dir, kind, t, op, 2);
        let per = (hi - lo) as f64;
        walks.row(label, vec![per, per / LIST_ITEMS as f64]);
    }
    walks.print();
    let [iter, before, floor, official] = labels;
    println!(
        "- `.iter()` / explicit `before_id` calls: {}; ours `.iter()` / floor: {}; \
         ours / official, per item: {}\n",
        walks.ratio(iter, before, per_walk),
        walks.ratio(iter, floor, per_walk),
        walks.ratio(iter, official, per_item)
    );
    // The decoding alone: the same page body (100 items) decoded from memory, 50 more
    // times in the second run than in the first.
    let mut decode = Table::new("decode a page of 100 items, no I/O", &[(per_item, 0)]);
    for (kind, label) in [
        (Kind::Ours, "ours' types"),
        (Kind::Official, "official types"),
    ] {
        let lo = callgrind(&exe, dir, kind, t, "decode", 10);
        let hi = callgrind(&exe, dir, kind, t, "decode", 60);
        decode.row(
            label,
            vec![(hi - lo) as f64 / (50 * fixed::PAGE_SIZE) as f64],
        );
    }
    decode.print();
    println!(
        "- decoding per item, ours / official: {}; the rest of a walk's per-item cost is the \
         request and reading the body\n",
        decode.ratio("ours' types", "official types", per_item)
    );
}

fn callgrind(exe: &std::path::Path, dir: &str, kind: Kind, t: &Target, op: &str, n: usize) -> u64 {
    let out_file = format!("{dir}/{}-{op}-{n}.out", kind.name());
    let out = Command::new("valgrind")
        .args([
            "--tool=callgrind",
            &format!("--callgrind-out-file={out_file}"),
        ])
        .arg(exe)
        .args([
            "child-cpu",
            kind.name(),
            &t.url,
            &t.key,
            &t.id,
            op,
            &n.to_string(),
        ])
        .output()
        .expect("valgrind");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "callgrind run failed: {stderr}");
    stderr
        .lines()
        .find_map(|l| {
            l.split_once("Collected :")
                .map(|(_, n)| n.trim().to_string())
        })
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no 'Collected' line in: {stderr}"))
}

/// `child-cpu <client> <url> <key> <id> <get|items|pages|before_id|decode> <n>`: one
/// warm-up request, then `n` gets or `n` walks of the list; or, with no request at all,
/// `n` decodings of a page of 100 items held in memory (the decoding alone).
fn child_cpu(args: &[String]) {
    let target = Target {
        url: args[1].clone(),
        key: args[2].clone(),
        id: args[3].clone(),
    };
    let n: usize = args[5].parse().unwrap();
    if args[4] == "decode" {
        // No request at all: the server need not be running.
        let body = fixed::page_json(&target.url);
        for _ in 0..n {
            clients::decode_page(Kind::parse(&args[0]), &body);
        }
        return;
    }
    let client = Client::new(Kind::parse(&args[0]), &target);
    client.get_n(&target.id, 1);
    let walk = match args[4].as_str() {
        "get" => return client.get_n(&target.id, n),
        "items" => Walk::Items,
        "pages" => Walk::Pages,
        "before_id" => Walk::BeforeId,
        other => panic!("unknown op {other:?}"),
    };
    for _ in 0..n {
        client.walk(walk);
    }
}
