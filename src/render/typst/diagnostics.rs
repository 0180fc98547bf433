//! Turns Typst's [`SourceDiagnostic`]s into the text a template author reads, with typst-kit's
//! own printer: the same layout as the `typst` program (message, `┌─ file:line:col`, the source
//! line underlined, hints, the call trace), so users can move between the two engines without
//! relearning the format. Plain text, without colour: the caller decides where it goes.

use typst::diag::SourceDiagnostic;
use typst::syntax::FileId;
use typst_kit::diagnostics::termcolor::NoColor;
use typst_kit::diagnostics::{DiagnosticFormat, DiagnosticWorld, emit};

use super::world::BriefWorld;

impl DiagnosticWorld for BriefWorld<'_> {
    fn name(&self, id: FileId) -> String {
        self.display_name(id)
    }
}

/// Formats diagnostics in the order given (callers pass errors, then warnings).
pub(super) fn format<'a>(
    world: &BriefWorld<'_>,
    diagnostics: impl IntoIterator<Item = &'a SourceDiagnostic>,
) -> String {
    // Typst's path errors suggest the `typst` program's `--root` flag; no root can be adjusted
    // here, so that advice would only mislead.
    let shown: Vec<SourceDiagnostic> = diagnostics
        .into_iter()
        .map(|diagnostic| {
            let mut diagnostic = diagnostic.clone();
            diagnostic.hints.retain(|hint| !hint.v.contains("`--root`"));
            diagnostic
        })
        .collect();
    let mut out = NoColor::new(Vec::new());
    let text = match emit(&mut out, world, &shown, DiagnosticFormat::Human) {
        Ok(()) => String::from_utf8_lossy(&out.into_inner()).into_owned(),
        // The printer could not read a file a span points into: the messages alone still help.
        Err(_) => shown
            .iter()
            .map(|diagnostic| format!("error: {}", diagnostic.message))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    text.trim_end().to_string()
}
