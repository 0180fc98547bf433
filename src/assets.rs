//! Everything embedded in the binary: the shipped rubrics and the brief templates, so the program
//! needs no files beside it.

/// The shipped rubrics, by file name.
pub const RUBRICS: [(&str, &str); 3] = [
    ("openness.toml", include_str!("../rubrics/openness.toml")),
    ("inclusiveness.toml", include_str!("../rubrics/inclusiveness.toml")),
    ("transparency.toml", include_str!("../rubrics/transparency.toml")),
];

/// The shipped translations of the rubrics (see `rubrics/l10n/README.md`), by language and
/// file name.
pub const RUBRIC_TRANSLATIONS: [(&str, &str, &str); 9] = [
    ("fr", "openness.toml", include_str!("../rubrics/l10n/fr/openness.toml")),
    (
        "fr",
        "inclusiveness.toml",
        include_str!("../rubrics/l10n/fr/inclusiveness.toml"),
    ),
    (
        "fr",
        "transparency.toml",
        include_str!("../rubrics/l10n/fr/transparency.toml"),
    ),
    ("es", "openness.toml", include_str!("../rubrics/l10n/es/openness.toml")),
    (
        "es",
        "inclusiveness.toml",
        include_str!("../rubrics/l10n/es/inclusiveness.toml"),
    ),
    (
        "es",
        "transparency.toml",
        include_str!("../rubrics/l10n/es/transparency.toml"),
    ),
    ("pt", "openness.toml", include_str!("../rubrics/l10n/pt/openness.toml")),
    (
        "pt",
        "inclusiveness.toml",
        include_str!("../rubrics/l10n/pt/inclusiveness.toml"),
    ),
    (
        "pt",
        "transparency.toml",
        include_str!("../rubrics/l10n/pt/transparency.toml"),
    ),
];

/// The Markdown brief template (tera).
pub const BRIEF_MD: &str = include_str!("../templates/brief.md.tera");

/// The HTML brief template (tera).
pub const BRIEF_HTML: &str = include_str!("../templates/brief.html.tera");

/// The PDF brief template (Typst); reads its data from `/data.json`.
pub const BRIEF_TYP: &str = include_str!("../templates/brief.typ");

/// What the PDF templates share (palette, helpers, page style, tables), imported by each as
/// `common.typ`.
pub const COMMON_TYP: &str = include_str!("../templates/common.typ");

/// The style rules the HTML templates share (`{% include "common.css" %}`).
pub const COMMON_CSS: &str = include_str!("../templates/common.css");

/// The change brief's Markdown template (tera).
pub const CHANGE_MD: &str = include_str!("../templates/change.md.tera");

/// The change brief's HTML template (tera).
pub const CHANGE_HTML: &str = include_str!("../templates/change.html.tera");

/// The change brief's PDF template (Typst); reads its data from `/data.json`.
pub const CHANGE_TYP: &str = include_str!("../templates/change.typ");

/// The panel brief's Markdown template (tera).
pub const PANEL_MD: &str = include_str!("../templates/panel.md.tera");

/// The panel brief's HTML template (tera).
pub const PANEL_HTML: &str = include_str!("../templates/panel.html.tera");

/// The panel brief's PDF template (Typst); reads its data from `/data.json`.
pub const PANEL_TYP: &str = include_str!("../templates/panel.typ");
