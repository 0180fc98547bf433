//! The Internet Society's map of what the Internet needs: the five critical properties of the
//! Internet Way of Networking (to exist) and the enablers of an open, globally connected, secure
//! and trustworthy Internet (to thrive). Effect questions name the items they cover, so a brief
//! can show that every item was considered, and by which question.

/// Whether an item is something the Internet needs to exist or to thrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A critical property of the Internet Way of Networking.
    CriticalProperty,
    /// An enabler of an open, globally connected, secure and trustworthy Internet.
    Enabler,
}

impl Kind {
    /// Label shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            Kind::CriticalProperty => "Critical property",
            Kind::Enabler => "Enabler",
        }
    }

    /// The label in `lang`, from the catalogue's `iiat-kind-<id>`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        let id = match self {
            Kind::CriticalProperty => "critical-property",
            Kind::Enabler => "enabler",
        };
        crate::words::word_of(lang, "iiat-kind-", id)
    }
}

/// One critical property or enabler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// The id questions cite in `covers`.
    pub id: &'static str,
    /// The Internet Society's name for it.
    pub label: &'static str,
    /// Critical property or enabler.
    pub kind: Kind,
}

impl Item {
    /// Its name in `lang`, from the catalogue's `iiat-<id>` (the Internet Society's own
    /// translation where it publishes one).
    pub fn label_in(&self, lang: crate::i18n::Lang) -> &'static str {
        crate::words::word_of(lang, "iiat-", self.id)
    }
}

const fn item(id: &'static str, label: &'static str, kind: Kind) -> Item {
    Item { id, label, kind }
}

/// Every item, critical properties first, in the order of the Internet Society's papers.
pub const ITEMS: [Item; 15] = [
    item(
        "accessible-infrastructure",
        "An accessible infrastructure with a common protocol",
        Kind::CriticalProperty,
    ),
    item(
        "open-architecture",
        "An open architecture of interoperable and reusable building blocks",
        Kind::CriticalProperty,
    ),
    item(
        "decentralised-management",
        "Decentralised management and a single distributed routing system",
        Kind::CriticalProperty,
    ),
    item(
        "common-identifiers",
        "Common global identifiers",
        Kind::CriticalProperty,
    ),
    item(
        "technology-neutral",
        "A technology-neutral, general-purpose network",
        Kind::CriticalProperty,
    ),
    item("easy-access", "Easy and unrestricted access", Kind::Enabler),
    item(
        "unrestricted-use",
        "Unrestricted use and deployment of Internet technologies",
        Kind::Enabler,
    ),
    item(
        "collaborative-governance",
        "Collaborative development, management and governance",
        Kind::Enabler,
    ),
    item("unrestricted-reachability", "Unrestricted reachability", Kind::Enabler),
    item("available-capacity", "Available capacity", Kind::Enabler),
    item(
        "data-confidentiality",
        "Data confidentiality of information, devices and applications",
        Kind::Enabler,
    ),
    item(
        "integrity",
        "Integrity of information, applications and services",
        Kind::Enabler,
    ),
    item(
        "reliability-resilience",
        "Reliability, resilience and availability",
        Kind::Enabler,
    ),
    item("accountability", "Accountability", Kind::Enabler),
    item("privacy", "Privacy", Kind::Enabler),
];

/// Tags a process question may carry: the multistakeholder principle it checks.
pub const PROCESS_PRINCIPLES: [(&str, &str); 6] = [
    ("participation", "Open participation"),
    ("inclusion", "Inclusion of every stakeholder group"),
    ("information", "Public information"),
    ("feedback", "Feedback on how input was used"),
    ("accountability-process", "Accountability of the decision-makers"),
    ("evidence", "Evidence-based decisions"),
];

/// The item with id `id`.
pub fn item_by_id(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|item| item.id == id)
}

/// True for an id a question may list in `covers`.
pub fn is_known_tag(id: &str) -> bool {
    item_by_id(id).is_some() || PROCESS_PRINCIPLES.iter().any(|(known, _)| *known == id)
}

/// Every id a question may list in `covers`.
pub fn known_tags() -> impl Iterator<Item = &'static str> {
    ITEMS
        .iter()
        .map(|item| item.id)
        .chain(PROCESS_PRINCIPLES.iter().map(|(id, _)| *id))
}
