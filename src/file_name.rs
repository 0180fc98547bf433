//! File names made from a proposal's title, for the assessment the wizard and `serve` start and
//! for a batch's panel briefs: lowercase ASCII letters and digits joined by hyphens, the same in
//! every shell, URL and file system.

use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

/// The longest name made from a title, in characters, before any suffix and extension.
pub const MAX_CHARS: usize = 60;

/// The short words a name cut short does not end on: "…-to-prevent-and" reads as a name cut in
/// the middle of a phrase. English, French, Spanish and Portuguese, the languages of the briefs.
const CONNECTIVES: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", // en
    "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "sur", "un", "une", // fr
    "con", "del", "el", "las", "los", "para", "por", "y", // es
    "com", "da", "das", "do", "dos", "e", "na", "nas", "no", "nos", "o", "os", "um", "uma", // pt
];

/// A file-name stem from `title` ("Online Safety Bill (draft)" → "online-safety-bill-draft",
/// "Ley de Protección" → "ley-de-proteccion"), `fallback` when no letter or digit of the Latin
/// alphabet is left (a title in another script). At most [`MAX_CHARS`] characters, cut between
/// words, and not on a connective word such as "and".
pub fn from_title(title: &str, fallback: &str) -> String {
    let mut ascii = String::with_capacity(title.len());
    // Compatibility decomposition also makes "nº" "no" and full-width letters ASCII.
    for c in title.nfkd().filter(|c| !is_combining_mark(*c)) {
        // The Latin letters that no accent makes.
        match c {
            'ß' => ascii.push_str("ss"),
            'æ' | 'Æ' => ascii.push_str("ae"),
            'œ' | 'Œ' => ascii.push_str("oe"),
            'ø' | 'Ø' => ascii.push('o'),
            'ł' | 'Ł' => ascii.push('l'),
            'đ' | 'Đ' => ascii.push('d'),
            'þ' | 'Þ' => ascii.push_str("th"),
            c if c.is_ascii_alphanumeric() => ascii.push(c.to_ascii_lowercase()),
            _ => ascii.push(' '),
        }
    }
    let words: Vec<&str> = ascii.split(' ').filter(|word| !word.is_empty()).collect();
    let mut kept: Vec<&str> = Vec::new();
    let mut length = 0;
    for word in &words {
        let extra = usize::from(!kept.is_empty());
        if length + extra + word.len() > MAX_CHARS {
            break;
        }
        length += extra + word.len();
        kept.push(word);
    }
    if kept.len() < words.len() {
        while kept.len() > 1 && kept.last().is_some_and(|word| CONNECTIVES.contains(word)) {
            kept.pop();
        }
    }
    let name = match (kept.is_empty(), words.first()) {
        // One word longer than a name: its start.
        (true, Some(word)) => word.chars().take(MAX_CHARS).collect(),
        (true, None) => return fallback.to_string(),
        (false, _) => kept.join("-"),
    };
    if is_device_name(&name) {
        // `con.toml` cannot be made on Windows; "Con" is a word of Spanish titles.
        format!("{name}-{fallback}")
    } else {
        name
    }
}

/// A file name made from `title` (without accents, as every system takes it) that no file in
/// `dir` has yet: a name taken gets a number (`-2`, `-3`…), so that a new assessment never
/// lands on another.
pub fn free_in(dir: &std::path::Path, title: &str) -> String {
    let stem = from_title(title, "assessment");
    (1..100)
        .map(|number| match number {
            1 => format!("{stem}.toml"),
            _ => format!("{stem}-{number}.toml"),
        })
        .find(|name| !dir.join(name).exists())
        .unwrap_or_else(|| format!("{stem}.toml"))
}

/// Whether `name` is an assessment file name that every command, shell, URL and file system
/// takes as it is, `serve` included: ASCII letters, digits, `.`, `_` and `-`, not starting with a
/// dot, ending in `.toml`.
pub fn is_portable(name: &str) -> bool {
    name.len() > ".toml".len()
        && name.ends_with(".toml")
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// Whether Windows keeps `stem` for a device (`con`, `aux`, `lpt1`…), with any extension: it
/// can neither create nor copy a file of that name.
pub fn is_device_name(stem: &str) -> bool {
    let stem = stem.to_ascii_lowercase();
    matches!(stem.as_str(), "con" | "prn" | "aux" | "nul")
        || ["com", "lpt"].iter().any(|port| {
            stem.strip_prefix(port)
                .is_some_and(|number| number.len() == 1 && number.bytes().all(|digit| (b'1'..=b'9').contains(&digit)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_bounded_and_read_as_names() {
        let name = |title: &str| from_title(title, "assessment");
        assert_eq!(name("Online Safety Bill (draft)"), "online-safety-bill-draft");
        assert_eq!(name("../../etc/passwd"), "etc-passwd");
        assert_eq!(name("¿?"), "assessment");
        assert_eq!(name("Ley de Protección"), "ley-de-proteccion");
        assert_eq!(name("Loi sur la sécurité numérique"), "loi-sur-la-securite-numerique");
        assert_eq!(
            name("Projeto de Lei nº 2630 (Straße, Łódź)"),
            "projeto-de-lei-no-2630-strasse-lodz"
        );
        assert_eq!(
            name("  Ley Nº 27.078 / Argentina Digital  "),
            "ley-no-27-078-argentina-digital"
        );
        assert_eq!(name("Закон о связи"), "assessment");
        assert_eq!(from_title("Закон о связи", "proposal"), "proposal");
        assert_eq!(name("قانون الأمن 2024 Bill"), "2024-bill");
        // Cut between words, never on "and", "of the", "de la".
        assert_eq!(
            name(
                "Proposal for a Regulation laying down rules to prevent and combat child sexual abuse (\"CSA Regulation\")"
            ),
            "proposal-for-a-regulation-laying-down-rules-to-prevent"
        );
        assert_eq!(
            name("Projet de loi visant à sécuriser et à réguler l'espace numérique de la République"),
            "projet-de-loi-visant-a-securiser-et-a-reguler-l-espace"
        );
        // A title that ends so, uncut, keeps its words.
        assert_eq!(name("Rules of the road and"), "rules-of-the-road-and");
        assert!(name(&"word ".repeat(100)).chars().count() <= MAX_CHARS);
        assert_eq!(name(&"a".repeat(200)), "a".repeat(MAX_CHARS));
        // Names every command opens as they are, and names `serve` would not.
        assert!(is_portable("online-safety_2.toml"));
        for name in [
            "ley niñez.toml",
            "ley-niñez.toml",
            ".hidden.toml",
            ".toml",
            "a/b.toml",
            "bill.txt",
        ] {
            assert!(!is_portable(name), "{name}");
        }
        // A name Windows keeps for a device.
        assert_eq!(name("Con"), "con-assessment");
        assert_eq!(from_title("AUX", "proposal"), "aux-proposal");
        assert_eq!(name("LPT1"), "lpt1-assessment");
        assert_eq!(name("Con la red"), "con-la-red");
    }
}
