//! Paging through lists: `limit`, `before_id`, `filter`, and following `next_page_uri`
//! only where it is safe.

use ngrok_api::types::{ReservedDomain, ReservedDomainCreate};
use ngrok_api::Error;
use ngrok_api_mock::MockServer;
use ngrok_api_tests::{http_response, raw_request, RawServer};

/// Creates `n` domains and returns their ids, oldest first.
fn create_domains(server: &MockServer, n: usize) -> Vec<String> {
    let client = server.client();
    (0..n)
        .map(|i| {
            client
                .reserved_domains()
                .create(&ReservedDomainCreate {
                    domain: format!("d{i}.example.com"),
                    description: if i % 2 == 0 {
                        "even".into()
                    } else {
                        "odd".into()
                    },
                    ..Default::default()
                })
                .unwrap()
                .id
        })
        .collect()
}

#[test]
fn iter_walks_every_page_newest_first() {
    let server = MockServer::start();
    let mut ids = create_domains(&server, 10);
    server.clear_requests();
    let seen: Vec<String> = server
        .client()
        .reserved_domains()
        .list()
        .limit(3)
        .iter()
        .map(|d| d.unwrap().id)
        .collect();
    ids.reverse();
    assert_eq!(seen, ids);
    // 10 items at 3 per page: 4 requests, the first without before_id.
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    assert_eq!(requests[0].query, "limit=3");
    assert!(
        requests[1].query.contains("before_id="),
        "{}",
        requests[1].query
    );
}

#[test]
fn pages_end_with_a_null_next_page_uri() {
    let server = MockServer::start();
    create_domains(&server, 7);
    let pages: Vec<_> = server
        .client()
        .reserved_domains()
        .list()
        .limit(3)
        .pages()
        .map(Result::unwrap)
        .collect();
    let sizes: Vec<usize> = pages.iter().map(|p| p.reserved_domains.len()).collect();
    assert_eq!(sizes, [3, 3, 1]);
    assert!(pages[0]
        .next_page_uri
        .as_deref()
        .unwrap()
        .starts_with(server.url()));
    assert_eq!(pages[2].next_page_uri, None);
}

#[test]
fn before_id_starts_after_the_given_item() {
    let server = MockServer::start();
    let ids = create_domains(&server, 8);
    // Items older than ids[5]: ids[4], ids[3], ..., ids[0], across two pages of 3.
    let seen: Vec<String> = server
        .client()
        .reserved_domains()
        .list()
        .before_id(&ids[5])
        .limit(3)
        .iter()
        .map(|d| d.unwrap().id)
        .collect();
    let expected: Vec<String> = ids[..5].iter().rev().cloned().collect();
    assert_eq!(seen, expected);
    let pages = server
        .client()
        .reserved_domains()
        .list()
        .before_id(&ids[5])
        .limit(2)
        .pages()
        .count();
    assert_eq!(pages, 3);
}

#[test]
fn filter_keeps_matching_items_across_pages() {
    let server = MockServer::start();
    create_domains(&server, 9);
    let even: Vec<ReservedDomain> = server
        .client()
        .reserved_domains()
        .list()
        .filter(r#"obj.description == "even""#)
        .limit(2)
        .iter()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(even.len(), 5);
    assert!(even.iter().all(|d| d.description == "even"));
}

#[test]
fn a_filter_on_a_list_without_one_is_refused_before_sending() {
    let server = MockServer::start();
    let err = server
        .client()
        .tunnels()
        .list()
        .filter("obj.proto == 'https'")
        .iter()
        .next()
        .unwrap()
        .unwrap_err();
    assert!(matches!(err, Error::InvalidArgument(_)), "{err}");
    assert!(err
        .to_string()
        .contains("tunnels.list does not accept a filter"));
    assert!(server.requests().is_empty());
}

#[test]
fn a_limit_outside_1_to_100_is_refused_before_sending() {
    let server = MockServer::start();
    for limit in [0, 101] {
        let err = server
            .client()
            .api_keys()
            .list()
            .limit(limit)
            .iter()
            .next()
            .unwrap()
            .unwrap_err();
        assert!(matches!(err, Error::InvalidArgument(_)), "{err}");
        assert!(err.to_string().contains("between 1 and 100"), "{err}");
    }
    assert!(server.requests().is_empty());
}

#[test]
fn the_emulator_rejects_a_bad_limit_with_400() {
    let server = MockServer::start();
    let (status, body) = raw_request(&server, "GET", "/reserved_domains?limit=101", &[], "");
    assert_eq!(status, 400);
    assert_eq!(body["error_code"], "ERR_NGROK_233");
}

#[test]
fn a_next_page_on_another_origin_is_an_error_and_is_never_requested() {
    let elsewhere = RawServer::start(|_| http_response(200, "application/json", "{}"));
    let next = format!("{}/reserved_domains?before_id=rd_1", elsewhere.url());
    let page = serde_json::json!({
        "reserved_domains": [{"id": "rd_2", "domain": "a.example.com"}],
        "uri": "x",
        "next_page_uri": next,
    })
    .to_string();
    let api = RawServer::start(move |_| http_response(200, "application/json", &page));
    let client = ngrok_api::Client::builder()
        .api_key("secret-key")
        .base_url(api.url())
        .build()
        .unwrap();
    let mut items = client.reserved_domains().list().iter();
    assert_eq!(
        items.next().unwrap().unwrap().id,
        "rd_2",
        "the first page is delivered"
    );
    let err = items.next().unwrap().unwrap_err();
    assert!(matches!(err, Error::UnsafeNextPage { .. }), "{err}");
    assert!(
        err.to_string().contains("another scheme, host or port"),
        "{err}"
    );
    assert!(items.next().is_none(), "the iterator ends after the error");
    assert_eq!(api.hits(), 1);
    assert_eq!(
        elsewhere.hits(),
        0,
        "the key must never reach another origin"
    );
}

#[test]
fn a_next_page_that_is_not_an_http_url_is_an_error() {
    for (next, reason) in [
        ("ftp://somewhere/else", "not an http(s) URL"),
        ("not a url", "spaces or control characters"),
    ] {
        let page = serde_json::json!({"reserved_domains": [], "uri": "x", "next_page_uri": next})
            .to_string();
        let api = RawServer::start(move |_| http_response(200, "application/json", &page));
        let client = ngrok_api::Client::builder()
            .api_key("k")
            .base_url(api.url())
            .build()
            .unwrap();
        let mut pages = client.reserved_domains().list().pages();
        assert!(pages.next().unwrap().is_ok());
        let err = pages.next().unwrap().unwrap_err();
        assert!(err.to_string().contains(reason), "{next}: {err}");
        assert_eq!(api.hits(), 1);
    }
}

#[test]
fn a_next_page_uri_equal_to_the_current_page_is_detected_as_a_loop() {
    let holder = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let url = holder.clone();
    let api = RawServer::start(move |_| {
        let next = format!("{}/reserved_domains", url.lock().unwrap());
        let page = serde_json::json!({"reserved_domains": [{"id": "rd_1"}], "uri": "x", "next_page_uri": next});
        http_response(200, "application/json", &page.to_string())
    });
    *holder.lock().unwrap() = api.url().to_string();
    let client = ngrok_api::Client::builder()
        .api_key("k")
        .base_url(api.url())
        .build()
        .unwrap();
    let results: Vec<_> = client.reserved_domains().list().iter().collect();
    assert_eq!(results.len(), 2, "one item, then the loop error");
    let err = results[1].as_ref().unwrap_err();
    assert!(err.to_string().contains("already fetched"), "{err}");
    assert_eq!(api.hits(), 1);
}

/// A paged list under a parent, to check how its path argument is validated.
mod nested {
    #[ngrok_api::model]
    /// A thing.
    pub struct Thing {
        /// Its id.
        pub id: String,
    }

    #[ngrok_api::model]
    /// A page of things.
    pub struct ThingList {
        /// The things.
        pub things: Vec<Thing>,
        /// The next page.
        pub next_page_uri: Option<String>,
    }

    #[ngrok_api::service(
        name = things,
        path = "/parents/{parent_id}/things",
        resource = Thing,
        list(ThingList, items = things),
    )]
    /// Things under a parent.
    pub struct Things;
}

#[test]
fn an_empty_path_argument_to_a_list_is_refused_with_one_clear_message() {
    let server = MockServer::start();
    let err = server
        .client()
        .service::<nested::Things>()
        .list("")
        .iter()
        .next()
        .unwrap()
        .unwrap_err();
    assert!(matches!(err, Error::InvalidArgument(_)), "{err:?}");
    assert_eq!(
        err.to_string(),
        "invalid argument: things.list: `parent_id` must not be empty"
    );
    assert!(server.requests().is_empty());
}
