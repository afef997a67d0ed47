//! What the emulator stores: one collection per service, each holding items in creation
//! order and found by the ids in their path; plus the authtokens of tunnel credentials.
//! The store knows nothing of services or HTTP; `operations/` decides what goes in.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;

use serde_json::{Map, Value};

use crate::ids::IdGenerator;

/// One stored item of a collection.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The values of the item path's placeholders (parents' ids, then the key).
    pub(crate) params: Vec<String>,
    /// The fields as stored (without secrets, which are shown once, and without the
    /// nested items, which live in their own collection).
    pub(crate) value: Map<String, Value>,
}

/// A collection: items ordered oldest to newest by sort key, and found by their params.
#[derive(Default)]
pub(crate) struct Collection {
    items: BTreeMap<String, Entry>,
    index: HashMap<Vec<String>, String>,
}

impl Collection {
    /// The item with these path ids.
    pub(crate) fn get(&self, params: &[String]) -> Option<&Entry> {
        self.items.get(self.index.get(params)?)
    }

    /// Whether an item has these path ids.
    pub(crate) fn contains(&self, params: &[String]) -> bool {
        self.index.contains_key(params)
    }

    /// Every item, oldest first.
    pub(crate) fn entries(&self) -> impl DoubleEndedIterator<Item = &Entry> {
        self.items.values()
    }

    /// The items whose sort key comes before `before` (all when `None`), oldest first.
    pub(crate) fn before(&self, before: Option<&str>) -> impl DoubleEndedIterator<Item = &Entry> {
        let end = before.map_or(Bound::Unbounded, Bound::Excluded);
        self.items
            .range::<str, _>((Bound::Unbounded, end))
            .map(|(_, entry)| entry)
    }

    /// Adds an item under `sort`, which orders it among the others.
    fn insert(&mut self, sort: String, entry: Entry) {
        self.index.insert(entry.params.clone(), sort.clone());
        self.items.insert(sort, entry);
    }

    /// Removes the item with these path ids; whether there was one.
    fn remove(&mut self, params: &[String]) -> bool {
        match self.index.remove(params) {
            Some(sort) => self.items.remove(&sort).is_some(),
            None => false,
        }
    }

    /// Removes every item whose path ids extend `prefix`.
    fn remove_under(&mut self, prefix: &[String]) {
        let doomed: Vec<Vec<String>> = self
            .index
            .keys()
            .filter(|k| k.len() > prefix.len() && k.starts_with(prefix))
            .cloned()
            .collect();
        for key in doomed {
            self.remove(&key);
        }
    }
}

/// Everything one emulator stores.
#[derive(Default)]
pub(crate) struct State {
    /// By the service's qualified name.
    collections: HashMap<String, Collection>,
    /// The token of each tunnel credential created, with the credential's id.
    pub(crate) authtokens: HashMap<String, String>,
    ids: IdGenerator,
}

impl State {
    /// The collection of a service (by qualified name), if it ever held an item.
    pub(crate) fn collection(&self, service: &str) -> Option<&Collection> {
        self.collections.get(service)
    }

    /// The item of `service` with these path ids.
    pub(crate) fn entry(&self, service: &str, params: &[String]) -> Option<&Entry> {
        self.collections.get(service)?.get(params)
    }

    /// The item of `service` with these path ids, to change it.
    pub(crate) fn entry_mut(&mut self, service: &str, params: &[String]) -> Option<&mut Entry> {
        let collection = self.collections.get_mut(service)?;
        let sort = collection.index.get(params)?;
        collection.items.get_mut(sort)
    }

    /// Whether `service` holds an item with these path ids.
    pub(crate) fn contains(&self, service: &str, params: &[String]) -> bool {
        self.collections
            .get(service)
            .is_some_and(|c| c.contains(params))
    }

    /// The stored fields of the item `id` of a top-level collection.
    pub(crate) fn item(&self, collection: &str, id: &str) -> Option<&Map<String, Value>> {
        self.entry(collection, &[id.to_string()])
            .map(|entry| &entry.value)
    }

    /// The stored fields of every item of a collection, oldest first.
    pub(crate) fn items(&self, collection: &str) -> impl Iterator<Item = &Map<String, Value>> {
        self.collections
            .get(collection)
            .into_iter()
            .flat_map(|c| c.entries().map(|entry| &entry.value))
    }

    /// A new sort key, later than every one made before: the suffix of a new id.
    pub(crate) fn next_suffix(&self) -> String {
        self.ids.next_suffix()
    }

    /// Stores an item of `service` under `sort`.
    pub(crate) fn insert(&mut self, service: &str, sort: String, entry: Entry) {
        self.collections
            .entry(service.to_string())
            .or_default()
            .insert(sort, entry);
    }

    /// Removes the item of `service` with these path ids; whether there was one.
    pub(crate) fn remove(&mut self, service: &str, params: &[String]) -> bool {
        self.collections
            .get_mut(service)
            .is_some_and(|c| c.remove(params))
    }

    /// Removes the items of `service` whose path ids extend `prefix`.
    pub(crate) fn remove_under(&mut self, service: &str, prefix: &[String]) {
        if let Some(collection) = self.collections.get_mut(service) {
            collection.remove_under(prefix);
        }
    }

    /// Every stored item as `(service, sort key, entry)`, each collection oldest first:
    /// what `persistence` writes to a state file (it reloads them with [`State::insert`]).
    pub(crate) fn all_entries(&self) -> impl Iterator<Item = (&str, &str, &Entry)> {
        self.collections.iter().flat_map(|(service, collection)| {
            collection
                .items
                .iter()
                .map(move |(sort, entry)| (service.as_str(), sort.as_str(), entry))
        })
    }

    /// Takes note of the sort key of an item loaded from a state file, so that every id
    /// made from now on sorts after it.
    pub(crate) fn note_existing_id(&self, sort: &str) {
        self.ids.note_existing(sort);
    }
}
