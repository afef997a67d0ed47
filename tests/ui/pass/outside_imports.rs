//! Declarations in a module that imports nothing and shadows the names an expansion
//! could pick up by accident: the expansions must use absolute paths only.

mod declared {
    // Local items with the names of crates and prelude items.
    #![allow(
        dead_code,
        non_camel_case_types,
        non_snake_case,
        non_upper_case_globals
    )]
    mod core {}
    mod std {}
    mod serde {}
    mod serde_json {}
    mod ngrok_api {}
    struct Result;
    struct Option;
    struct Box;
    struct Clone;
    struct Debug;
    struct Default;
    const Some: () = ();
    const None: () = ();
    const Ok: () = ();
    const Err: () = ();

    #[::ngrok_api::model]
    /// A gadget.
    pub struct Gadget {
        /// Its id.
        pub id: String,
        /// Its colour, if painted.
        pub colour: ::core::option::Option<String>,
        /// Its key.
        #[secret]
        pub token: String,
    }

    #[::ngrok_api::model]
    /// What creating a gadget takes.
    pub struct GadgetCreate {
        /// Its colour.
        pub colour: ::core::option::Option<String>,
    }

    #[::ngrok_api::model]
    /// A partial change to a gadget.
    pub struct GadgetUpdate {
        /// Which gadget.
        pub id: String,
        /// A new colour.
        pub colour: ::core::option::Option<String>,
    }

    #[::ngrok_api::model]
    /// A page of gadgets.
    pub struct GadgetList {
        /// The gadgets.
        pub gadgets: ::std::vec::Vec<Gadget>,
        /// The next page.
        pub next_page_uri: ::core::option::Option<String>,
    }

    #[::ngrok_api::service(
        name = gadgets,
        path = "/gadgets",
        id_prefix = "gdg",
        resource = Gadget,
        create(GadgetCreate),
        get,
        update(GadgetUpdate),
        delete,
        list(GadgetList, items = gadgets, filter),
        action(paint, POST "/{id}/paint", request = GadgetUpdate, response = Gadget),
        action(reset, POST "/{id}/reset"),
    )]
    /// The gadgets.
    pub struct Gadgets;

    #[::ngrok_api::service(
        name = gadget_lock,
        path = "/gadgets/{id}/lock",
        singleton,
        resource = Gadget,
        replace(GadgetUpdate),
        get,
        delete,
    )]
    /// A singleton module of a gadget.
    pub struct GadgetLock;
}

use declared::{Gadget, GadgetCreate, GadgetLock, GadgetUpdate, Gadgets};

fn _shapes(client: &ngrok_api::Client) -> ngrok_api::Result<()> {
    let h = client.service::<Gadgets>();
    let g: Gadget = h.create(&GadgetCreate { colour: None, ..Default::default() })?;
    let _x: Gadget = h.get(&g.id)?;
    let _x: Gadget = h.update(&GadgetUpdate {
        id: g.id.clone(),
        colour: Some("red".into()),
        ..Default::default()
    })?;
    let _x: Gadget = h.paint(&GadgetUpdate {
        id: g.id.clone(),
        colour: None,
        ..Default::default()
    })?;
    h.reset(&g.id)?;
    for x in h.list().filter("true").iter() {
        let _x: Gadget = x?;
    }
    h.delete(&g.id)?;
    let _x: Gadget = client
        .service::<GadgetLock>()
        .replace(&g.id, &GadgetUpdate::default())?;
    Ok(())
}

fn main() {
    let g = Gadget {
        id: "gdg_1".into(),
        token: "hidden-value".into(),
        ..Default::default()
    };
    assert!(!format!("{g:?}").contains("hidden-value"));
    assert_eq!(g.clone(), g);
    let meta = <Gadgets as ngrok_api::Service>::meta();
    assert_eq!(meta.operations.len(), 7);
}
