//! What the emulator stores: one collection per service, each holding items in creation
//! order and found by the ids in their path; plus the authtokens of tunnel credentials.
//! The store knows nothing of services or HTTP; `operations/` decides what goes in.
//!
//! Next to each item the store keeps the item as last shown ([`Shown`]: the complete
//! object and its JSON), so that a read does not build it again. The store forgets it
//! when the item changes, and stamps every change with a version so that an item showing
//! the items of other collections (an edge's routes) can tell whether those changed
//! since (`relations/embedding.rs` decides which collections an item shows).

use std::collections::{BTreeMap, HashMap};
use std::ops::{Bound, Range};
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::{Map, Value};

use crate::ids::IdGenerator;
use crate::response::SharedBytes;

/// One stored item of a collection.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The values of the item path's placeholders (parents' ids, then the key).
    pub(crate) params: Vec<String>,
    /// The fields as stored (without secrets, which are shown once, and without the
    /// nested items, which live in their own collection).
    pub(crate) value: Map<String, Value>,
}

/// An item as the API shows it: complete, nested items embedded, and serialised. Both
/// forms are shared (`Arc`), so that a list takes them with the store held and reads
/// them after releasing it; the JSON sits in one allocation with its count, so that
/// taking it and copying it touch the same memory.
#[derive(Debug, Clone)]
pub(crate) struct Shown {
    /// The store's version when it was made: it is out of date once a collection it
    /// shows items of has changed after that.
    made: u64,
    /// The complete object (for filters, which read fields).
    pub(crate) value: Arc<Value>,
    /// `value` as compact JSON (for answers, which copy it).
    pub(crate) json: Arc<[u8]>,
}

impl Shown {
    /// The shown form of `value`, made at store version `made`.
    pub(crate) fn new(value: Value, made: u64) -> Shown {
        let json = serde_json::to_vec(&value).unwrap_or_default().into();
        Shown {
            made,
            value: Arc::new(value),
            json,
        }
    }

    /// Whether no collection it shows items of changed after it was made: `since` is the
    /// latest change among them ([`State::changed`]).
    pub(crate) fn is_current(&self, since: u64) -> bool {
        self.made >= since
    }
}

/// Every item of a collection as shown, oldest first, with its sort key: what a list of a
/// top-level collection reads, taken whole (one `Arc`) with the store held and read
/// after releasing it. Made on the first list after a change, kept until the next one.
#[derive(Debug, Default)]
pub(crate) struct Snapshot {
    /// As for [`Shown`]: out of date once a collection its items show changed after.
    made: u64,
    items: Vec<(Box<str>, Shown)>,
    /// The items' sort keys, one after another, and where each ends (for [`Snapshot::end`]).
    sorts: String,
    sort_ends: Vec<usize>,
    /// Every item's JSON in one buffer, newest first and joined by commas, with where
    /// each item starts: a page of items that follow each other is one copy from it,
    /// read in order, rather than one copy from each item's own allocation. Made by
    /// the first page written from this snapshot, with the store released.
    text: OnceLock<(Vec<u8>, Vec<usize>)>,
}

impl Snapshot {
    /// A snapshot of `items` (oldest first, by sort key), made at store version `made`.
    pub(crate) fn new(made: u64, items: Vec<(Box<str>, Shown)>) -> Snapshot {
        let mut sorts = String::with_capacity(items.iter().map(|(sort, _)| sort.len()).sum());
        let mut sort_ends = Vec::with_capacity(items.len());
        for (sort, _) in &items {
            sorts.push_str(sort);
            sort_ends.push(sorts.len());
        }
        Snapshot {
            made,
            items,
            sorts,
            sort_ends,
            text: OnceLock::new(),
        }
    }

    /// The sort key of the item at `index` (< the number of items).
    fn sort_key(&self, index: usize) -> &str {
        let start = index
            .checked_sub(1)
            .map_or(0, |before| self.sort_ends[before]);
        &self.sorts[start..self.sort_ends[index]]
    }

    /// How many items come before `before` (all when `None`): the candidates of a page
    /// are those with a smaller index.
    pub(crate) fn end(&self, before: Option<&str>) -> usize {
        let Some(before) = before else {
            return self.items.len();
        };
        // A binary search over the keys kept side by side (`sorts`), not through each
        // item's own allocation, scattered in memory (a cache miss a step).
        let (mut low, mut high) = (0, self.items.len());
        while low < high {
            let middle = low + (high - low) / 2;
            if self.sort_key(middle) < before {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    }

    /// The item at `index` (oldest first), if there is one.
    pub(crate) fn item(&self, index: usize) -> Option<&Shown> {
        self.items.get(index).map(|(_, shown)| shown)
    }

    /// Where in [`SharedBytes::bytes`] the JSON of the items at `indices` (newest first)
    /// is: runs of items next to each other (each one index below the last) are one
    /// range, commas included, and each range after the first starts with the comma
    /// before its first item, so that the ranges one after the other are the items
    /// joined by commas. Indices past the end are skipped.
    pub(crate) fn item_ranges(&self, indices: &[usize]) -> Vec<Range<usize>> {
        let (_, at) = self.text();
        let end_of = |index: usize| at[index] + self.items[index].1.json.len();
        let mut ranges: Vec<Range<usize>> = Vec::new();
        let mut run: Option<(usize, usize)> = None;
        let close = |ranges: &mut Vec<Range<usize>>, (first, last): (usize, usize)| {
            // Newest first, a later run is further on in the text: a comma precedes it.
            let start = if ranges.is_empty() {
                at[first]
            } else {
                at[first] - 1
            };
            ranges.push(start..end_of(last));
        };
        for &index in indices.iter().filter(|&&i| i < self.items.len()) {
            run = match run {
                Some((first, last)) if last == index + 1 => Some((first, index)),
                Some(done) => {
                    close(&mut ranges, done);
                    Some((index, index))
                }
                None => Some((index, index)),
            };
        }
        if let Some(done) = run {
            close(&mut ranges, done);
        }
        ranges
    }

    /// Every item's JSON in one buffer, newest first and joined by commas, with where
    /// each item starts; made on the first call.
    fn text(&self) -> &(Vec<u8>, Vec<usize>) {
        self.text.get_or_init(|| {
            let size = self.items.iter().map(|(_, s)| s.json.len() + 1).sum();
            let mut text = Vec::with_capacity(size);
            let mut at = vec![0; self.items.len()];
            for (index, (_, shown)) in self.items.iter().enumerate().rev() {
                if !text.is_empty() {
                    text.push(b',');
                }
                at[index] = text.len();
                text.extend_from_slice(&shown.json);
            }
            (text, at)
        })
    }
}

impl SharedBytes for Snapshot {
    fn bytes(&self) -> &[u8] {
        &self.text().0
    }
}

/// A stored item with its shown form, if one was made since it last changed.
#[derive(Debug)]
struct Slot {
    entry: Entry,
    shown: Option<Shown>,
}

/// A collection: items ordered oldest to newest by sort key, and found by their params.
#[derive(Default)]
pub(crate) struct Collection {
    items: BTreeMap<String, Slot>,
    index: HashMap<Vec<String>, String>,
    /// The store's version at this collection's latest change.
    changed: u64,
    /// The snapshot made since the latest change, if a list asked for one. A lock of its
    /// own so that a list, which reads the store, can keep the snapshot it made.
    snapshot: Mutex<Option<Arc<Snapshot>>>,
}

impl Collection {
    /// The item with these path ids.
    pub(crate) fn get(&self, params: &[String]) -> Option<&Entry> {
        self.slot(params).map(|slot| &slot.entry)
    }

    fn slot(&self, params: &[String]) -> Option<&Slot> {
        self.items.get(self.index.get(params)?)
    }

    /// The item with these path ids and its shown form, if one is kept.
    pub(crate) fn get_shown(&self, params: &[String]) -> Option<(&Entry, Option<&Shown>)> {
        self.slot(params)
            .map(|slot| (&slot.entry, slot.shown.as_ref()))
    }

    /// Whether an item has these path ids.
    pub(crate) fn contains(&self, params: &[String]) -> bool {
        self.index.contains_key(params)
    }

    /// Every item, oldest first.
    pub(crate) fn entries(&self) -> impl DoubleEndedIterator<Item = &Entry> {
        self.items.values().map(|slot| &slot.entry)
    }

    /// The items whose sort key comes before `before` (all when `None`), oldest first,
    /// each with its shown form if one is kept.
    pub(crate) fn shown_before(
        &self,
        before: Option<&str>,
    ) -> impl DoubleEndedIterator<Item = (&Entry, Option<&Shown>)> {
        let end = before.map_or(Bound::Unbounded, Bound::Excluded);
        self.items
            .range::<str, _>((Bound::Unbounded, end))
            .map(|(_, slot)| (&slot.entry, slot.shown.as_ref()))
    }

    /// Every item as shown ([`Snapshot`]): the one kept if it is current (`since` as for
    /// [`Shown::is_current`]), else one made now with `show` (an item's kept shown form
    /// when current, else one made now) and kept.
    pub(crate) fn snapshot(
        &self,
        since: u64,
        made: u64,
        show: impl Fn(&Entry, Option<&Shown>) -> Shown,
    ) -> Arc<Snapshot> {
        let mut kept = self
            .snapshot
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match &*kept {
            Some(snapshot) if snapshot.made >= since => Arc::clone(snapshot),
            _ => {
                let items = self
                    .items
                    .iter()
                    .map(|(sort, slot)| {
                        let sort = sort.as_str().into();
                        (sort, show(&slot.entry, slot.shown.as_ref()))
                    })
                    .collect();
                let snapshot = Arc::new(Snapshot::new(made, items));
                *kept = Some(Arc::clone(&snapshot));
                snapshot
            }
        }
    }

    /// Records a change: stamps it, and forgets the snapshot.
    fn changed_at(&mut self, version: u64) {
        self.changed = version;
        *self
            .snapshot
            .get_mut()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = None;
    }

    /// Adds an item under `sort`, which orders it among the others.
    fn insert(&mut self, sort: String, entry: Entry) {
        self.index.insert(entry.params.clone(), sort.clone());
        self.items.insert(sort, Slot { entry, shown: None });
    }

    /// Removes the item with these path ids; whether there was one.
    fn remove(&mut self, params: &[String]) -> bool {
        match self.index.remove(params) {
            Some(sort) => self.items.remove(&sort).is_some(),
            None => false,
        }
    }

    /// Removes every item whose path ids extend `prefix`; their path ids.
    fn remove_under(&mut self, prefix: &[String]) -> Vec<Vec<String>> {
        let doomed: Vec<Vec<String>> = self
            .index
            .keys()
            .filter(|k| k.len() > prefix.len() && k.starts_with(prefix))
            .cloned()
            .collect();
        for key in &doomed {
            self.remove(key);
        }
        doomed
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
    /// Counts changes: each one is stamped with the count after it.
    version: u64,
    /// The items changed (added, changed, removed) since [`State::take_changed`] was last
    /// called, by collection and path ids: their shown forms, and those of the items
    /// showing them, are to be made again.
    changed_items: Vec<(String, Vec<String>)>,
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

    /// The item of `service` with these path ids, to change it (which makes its shown
    /// form out of date).
    pub(crate) fn entry_mut(&mut self, service: &str, params: &[String]) -> Option<&mut Entry> {
        let collection = self.collections.get_mut(service)?;
        let sort = collection.index.get(params)?.clone();
        self.version += 1;
        collection.changed_at(self.version);
        let slot = collection.items.get_mut(&sort)?;
        slot.shown = None;
        self.changed_items
            .push((service.to_string(), slot.entry.params.clone()));
        Some(&mut slot.entry)
    }

    /// The version of the store's latest change to any of `collections` (0 when none
    /// changed): a shown form made before it may be out of date.
    pub(crate) fn changed<'c>(&self, collections: impl IntoIterator<Item = &'c str>) -> u64 {
        collections
            .into_iter()
            .filter_map(|name| self.collections.get(name))
            .map(|c| c.changed)
            .max()
            .unwrap_or(0)
    }

    /// The store's version now, to stamp a shown form made from it.
    pub(crate) fn version(&self) -> u64 {
        self.version
    }

    /// Keeps `shown` as the shown form of the item of `service` with these path ids,
    /// unless the item is gone.
    pub(crate) fn keep_shown(&mut self, service: &str, params: &[String], shown: Shown) {
        let Some(collection) = self.collections.get_mut(service) else {
            return;
        };
        // The snapshot holds the form being replaced.
        *collection
            .snapshot
            .get_mut()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = None;
        if let Some(slot) = collection
            .index
            .get(params)
            .and_then(|sort| collection.items.get_mut(sort))
        {
            slot.shown = Some(shown);
        }
    }

    /// The items changed since the last call (collection, path ids), oldest change
    /// first; repeated when changed twice.
    pub(crate) fn take_changed(&mut self) -> Vec<(String, Vec<String>)> {
        std::mem::take(&mut self.changed_items)
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
        self.version += 1;
        self.changed_items
            .push((service.to_string(), entry.params.clone()));
        let collection = self.collections.entry(service.to_string()).or_default();
        collection.changed_at(self.version);
        collection.insert(sort, entry);
    }

    /// Removes the item of `service` with these path ids; whether there was one.
    pub(crate) fn remove(&mut self, service: &str, params: &[String]) -> bool {
        let Some(collection) = self.collections.get_mut(service) else {
            return false;
        };
        if !collection.remove(params) {
            return false;
        }
        self.version += 1;
        collection.changed_at(self.version);
        self.changed_items
            .push((service.to_string(), params.to_vec()));
        true
    }

    /// Removes the items of `service` whose path ids extend `prefix`.
    pub(crate) fn remove_under(&mut self, service: &str, prefix: &[String]) {
        if let Some(collection) = self.collections.get_mut(service) {
            let removed = collection.remove_under(prefix);
            if !removed.is_empty() {
                self.version += 1;
                collection.changed_at(self.version);
                self.changed_items
                    .extend(removed.into_iter().map(|p| (service.to_string(), p)));
            }
        }
    }

    /// Every stored item as `(service, sort key, entry)`, each collection oldest first:
    /// what `persistence` writes to a state file (it reloads them with [`State::insert`]).
    pub(crate) fn all_entries(&self) -> impl Iterator<Item = (&str, &str, &Entry)> {
        self.collections.iter().flat_map(|(service, collection)| {
            collection
                .items
                .iter()
                .map(move |(sort, slot)| (service.as_str(), sort.as_str(), &slot.entry))
        })
    }

    /// Takes note of the sort key of an item loaded from a state file, so that every id
    /// made from now on sorts after it.
    pub(crate) fn note_existing_id(&self, sort: &str) {
        self.ids.note_existing(sort);
    }
}
