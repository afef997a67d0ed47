//! Many clients on one emulator at once: every write lands exactly once, reads see
//! consistent items, and the emulator records exactly the requests that were sent.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Barrier};

use ngrok_api::types::{
    IPPolicyCreate, IPPolicyUpdate, ReservedDomainCreate, ReservedDomainUpdate,
};
use ngrok_api::Client;
use ngrok_api_mock::MockServer;

const THREADS: usize = 8;
const ROUNDS: usize = 12;

/// What one thread did: the items it kept (id -> description), the ids it deleted, and
/// how many requests of each method it sent.
#[derive(Default)]
struct Outcome {
    policies: BTreeMap<String, String>,
    domains: BTreeMap<String, String>,
    deleted: Vec<String>,
    sent: HashMap<&'static str, usize>,
}

impl Outcome {
    fn sent(&mut self, method: &'static str) {
        *self.sent.entry(method).or_default() += 1;
    }
}

/// Walks a whole list page by page and returns the pages' count with the items.
fn list_policies(client: &Client, limit: u32) -> (usize, Vec<(String, String)>) {
    let mut pages = 0;
    let mut items = Vec::new();
    for page in client.ip_policies().list().limit(limit).pages() {
        pages += 1;
        items.extend(
            page.expect("a page while others write")
                .ip_policies
                .into_iter()
                .map(|p| (p.id, p.description)),
        );
    }
    (pages, items)
}

fn list_domains(client: &Client, limit: u32) -> (usize, Vec<(String, String)>) {
    let mut pages = 0;
    let mut items = Vec::new();
    for page in client.reserved_domains().list().limit(limit).pages() {
        pages += 1;
        items.extend(
            page.expect("a page while others write")
                .reserved_domains
                .into_iter()
                .map(|d| (d.id, d.description)),
        );
    }
    (pages, items)
}

/// One thread's work: create, update, read back, list and delete, interleaved with the
/// other threads doing the same.
fn work(thread: usize, client: &Client, shared_domain: &str, start: &Barrier) -> Outcome {
    let mut done = Outcome::default();
    start.wait();
    for round in 0..ROUNDS {
        let name = format!("t{thread}-r{round}");
        let policy = client
            .ip_policies()
            .create(&IPPolicyCreate {
                description: name.clone(),
                ..Default::default()
            })
            .unwrap();
        done.sent("POST");
        let domain = client
            .reserved_domains()
            .create(&ReservedDomainCreate {
                domain: format!("{name}.example.com"),
                description: name.clone(),
                ..Default::default()
            })
            .unwrap();
        done.sent("POST");

        let updated = format!("{name}-updated");
        let policy = client
            .ip_policies()
            .update(&IPPolicyUpdate {
                id: policy.id,
                description: Some(updated.clone()),
                ..Default::default()
            })
            .unwrap();
        done.sent("PATCH");
        assert_eq!(policy.description, updated);
        let domain = client
            .reserved_domains()
            .update(&ReservedDomainUpdate {
                id: domain.id,
                description: Some(updated.clone()),
                ..Default::default()
            })
            .unwrap();
        done.sent("PATCH");

        // Reads see this thread's own writes, whatever the others do.
        let read = client.ip_policies().get(&policy.id).unwrap();
        done.sent("GET");
        assert_eq!(read.description, updated);
        let read = client.reserved_domains().get(&domain.id).unwrap();
        done.sent("GET");
        assert_eq!(
            (read.description.as_str(), read.domain.as_str()),
            (updated.as_str(), format!("{name}.example.com").as_str())
        );

        // Partial updates of the same item by every thread: even threads write its
        // description, odd ones its metadata; neither may undo the other.
        let change = format!("{name}-shared");
        let shared = client
            .reserved_domains()
            .update(&ReservedDomainUpdate {
                id: shared_domain.to_string(),
                description: thread.is_multiple_of(2).then(|| change.clone()),
                metadata: (!thread.is_multiple_of(2)).then(|| change.clone()),
                ..Default::default()
            })
            .unwrap();
        done.sent("PATCH");
        let field = if thread.is_multiple_of(2) {
            &shared.description
        } else {
            &shared.metadata
        };
        assert_eq!(field, &change, "an update answers with its own change");

        // Lists while the others write, small pages so that they span several requests.
        let (pages, items) = if round % 2 == 0 {
            list_policies(client, 7)
        } else {
            list_domains(client, 7)
        };
        for _ in 0..pages {
            done.sent("GET");
        }
        let ids: HashSet<&String> = items.iter().map(|(id, _)| id).collect();
        assert_eq!(ids.len(), items.len(), "a list repeated an item");

        if round % 3 == 0 {
            client.ip_policies().delete(&policy.id).unwrap();
            done.sent("DELETE");
            client.reserved_domains().delete(&domain.id).unwrap();
            done.sent("DELETE");
            done.deleted.push(policy.id);
            done.deleted.push(domain.id);
        } else {
            done.policies.insert(policy.id, updated.clone());
            done.domains.insert(domain.id, updated);
        }
    }
    done
}

#[test]
fn concurrent_clients_lose_and_double_nothing_and_every_request_is_recorded() {
    let server = MockServer::start();
    let setup = server.client();
    let shared_domain = setup
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "shared.example.com".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    server.clear_requests();

    let start = Arc::new(Barrier::new(THREADS));
    let outcomes: Vec<Outcome> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|thread| {
                // A client of its own per thread, like separate programs.
                let client = server.client();
                let start = Arc::clone(&start);
                let shared_domain = shared_domain.as_str();
                scope.spawn(move || work(thread, &client, shared_domain, &start))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });

    // Exactly the requests sent, method by method, every one authorized.
    let requests = server.requests();
    let mut recorded: HashMap<&str, usize> = HashMap::new();
    for request in &requests {
        assert!(request.authorized, "{request:?}");
        *recorded.entry(request.method.as_str()).or_default() += 1;
    }
    let mut sent: HashMap<&str, usize> = HashMap::new();
    for outcome in &outcomes {
        for (method, n) in &outcome.sent {
            *sent.entry(method).or_default() += n;
        }
    }
    assert_eq!(recorded, sent);
    let creates = THREADS * ROUNDS * 2;
    assert_eq!(sent["POST"], creates);
    assert_eq!(requests.len(), sent.values().sum::<usize>());

    // The final state is exactly what the threads kept.
    let mut kept_policies = BTreeMap::new();
    let mut kept_domains = BTreeMap::new();
    let mut deleted = Vec::new();
    for outcome in outcomes {
        kept_policies.extend(outcome.policies);
        kept_domains.extend(outcome.domains);
        deleted.extend(outcome.deleted);
    }
    let per_kind = THREADS * (ROUNDS - ROUNDS.div_ceil(3));
    assert_eq!(kept_policies.len(), per_kind, "two creates got one id");
    assert_eq!(kept_domains.len(), per_kind, "two creates got one id");
    assert_eq!(deleted.len(), 2 * THREADS * ROUNDS.div_ceil(3));

    let (_, policies) = list_policies(&setup, 100);
    let listed: BTreeMap<String, String> = policies.iter().cloned().collect();
    assert_eq!(listed.len(), policies.len(), "a policy is listed twice");
    assert_eq!(listed, kept_policies);

    let (_, domains) = list_domains(&setup, 100);
    let mut listed: BTreeMap<String, String> = domains.iter().cloned().collect();
    assert_eq!(listed.len(), domains.len(), "a domain is listed twice");
    let shared = setup.reserved_domains().get(&shared_domain).unwrap();
    assert_eq!(
        listed.remove(&shared_domain),
        Some(shared.description.clone())
    );
    assert_eq!(listed, kept_domains);

    for id in &deleted {
        let err = if id.starts_with("ipp_") {
            setup.ip_policies().get(id).map(drop).unwrap_err()
        } else {
            setup.reserved_domains().get(id).map(drop).unwrap_err()
        };
        assert!(err.is_not_found(), "{id}: {err:?}");
    }

    // Both halves of the shared item's partial updates survived: the last description
    // written by an even thread and the last metadata written by an odd one.
    let last = format!("-r{}-shared", ROUNDS - 1);
    let writer = |text: &str| -> Option<usize> {
        text.strip_prefix('t')?
            .strip_suffix(last.as_str())?
            .parse()
            .ok()
    };
    let by = writer(&shared.description).expect("a last-round description");
    assert_eq!(by % 2, 0, "{}", shared.description);
    let by = writer(&shared.metadata).expect("a last-round metadata");
    assert_eq!(by % 2, 1, "{}", shared.metadata);
}

#[test]
fn concurrent_clients_lose_and_double_nothing() {
    let server = MockServer::start();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let client = server.client();
            std::thread::spawn(move || {
                let domains = client.reserved_domains();
                let mut kept = Vec::new();
                for i in 0..25 {
                    let created = domains
                        .create(&ReservedDomainCreate {
                            domain: format!("t{t}-{i}.example.com"),
                            ..Default::default()
                        })
                        .unwrap();
                    // Delete every fifth one again.
                    if i % 5 == 0 {
                        domains.delete(&created.id).unwrap();
                    } else {
                        kept.push(created.id);
                    }
                }
                kept
            })
        })
        .collect();
    let mut expected: Vec<String> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    let mut listed: Vec<String> = server
        .client()
        .reserved_domains()
        .list()
        .iter()
        .map(|d| d.unwrap().id)
        .collect();
    assert_eq!(listed.len(), 8 * 20);
    expected.sort();
    listed.sort();
    assert_eq!(listed, expected);
}

/// A list does its filtering and writing after it lets go of the store, so a `get` sent
/// on another connection while a long filtered list runs is answered before that list.
/// The list scans 10,000 items against a filter of 100 comparisons that none matches;
/// once the emulator has recorded the list request, a second thread sends `get`s one
/// after another until the list's answer is in. Held for the whole list, the store would
/// let at most one `get` through first (one that got it before the list did); released
/// while the list filters, many are. Order of completion only, no time measured.
#[test]
fn a_get_is_answered_while_a_long_filtered_list_runs() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::mpsc;

    const ITEMS: usize = 10_000;
    let server = MockServer::start();
    let mut id = String::new();
    for i in 0..ITEMS {
        let fields = serde_json::json!({
            "domain": format!("app-{i}.example.com"),
            "description": format!("domain {i}"),
        });
        let item = server.insert("reserved_domains", fields).expect("seed");
        if i == 0 {
            id = item["id"].as_str().expect("an id").to_string();
        }
    }
    let filter = (0..100)
        .map(|n| format!("obj.description == \"none {n}\""))
        .collect::<Vec<_>>()
        .join(" || ");
    for round in 0..3 {
        let (events, completed) = mpsc::channel::<&str>();
        let list_done = AtomicBool::new(false);
        let listed_before = server
            .requests()
            .iter()
            .filter(|r| r.query.contains("filter="))
            .count();
        std::thread::scope(|s| {
            let events_list = events.clone();
            let (list_done, filter) = (&list_done, &filter);
            let list_client = server.client();
            s.spawn(move || {
                let page = list_client
                    .reserved_domains()
                    .list()
                    .filter(filter)
                    .limit(100)
                    .pages()
                    .next()
                    .expect("a page")
                    .expect("the list answers");
                assert!(page.reserved_domains.is_empty(), "none matches");
                list_done.store(true, Ordering::SeqCst);
                events_list.send("list").unwrap();
            });
            let get_client = server.client();
            let (server, id) = (&server, &id);
            s.spawn(move || {
                // Wait until the list is in the emulator's hands.
                while server
                    .requests()
                    .iter()
                    .filter(|r| r.query.contains("filter="))
                    .count()
                    == listed_before
                {
                    std::thread::yield_now();
                }
                while !list_done.load(Ordering::SeqCst) {
                    get_client
                        .reserved_domains()
                        .get(id)
                        .expect("the get answers");
                    events.send("get").unwrap();
                }
            });
        });
        let order: Vec<&str> = completed.try_iter().collect();
        let gets_first = order.iter().take_while(|&&e| e == "get").count();
        assert!(
            gets_first >= 3,
            "round {round}: only {gets_first} get(s) answered before the list: {order:?}"
        );
    }
}
