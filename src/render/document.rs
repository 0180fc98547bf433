//! Which templates, PDF data, date and Word writer each kind of document takes: the format
//! hooks of the [`Document`] trait for the brief, the panel brief and the change brief, kept with
//! the renderers so that the view-models know nothing of how they are rendered.

use anyhow::Result;

use super::pdf::{BriefMarkup, ChangeMarkup};
use super::typst::Paper;
use super::{Document, builtin_markdown, docx};
use crate::change::ChangeBrief;
use crate::i18n::Lang;
use crate::panel::PanelBrief;
use crate::report::Brief;
use crate::templates::DocumentKind;

impl Document for Brief {
    const KIND: DocumentKind = DocumentKind::Brief;
    type Markup = BriefMarkup;

    fn markup(&self) -> BriefMarkup {
        BriefMarkup::of(self)
    }

    fn date(&self) -> Option<time::Date> {
        self.assessment.date
    }

    fn lang(&self) -> Lang {
        self.lang
    }

    fn builtin_markdown(&self) -> Option<String> {
        // The hand-written writer prints the view-model's words, as the template does, in every
        // language.
        Some(builtin_markdown::render(self))
    }

    fn docx(&self, paper: Paper) -> Result<Vec<u8>> {
        docx::brief(self, paper)
    }
}

impl Document for PanelBrief {
    const KIND: DocumentKind = DocumentKind::Panel;
    // The consolidated brief's user Markdown: the groups' own words are printed as written.
    type Markup = BriefMarkup;

    fn markup(&self) -> BriefMarkup {
        BriefMarkup::of(&self.brief)
    }

    fn date(&self) -> Option<time::Date> {
        self.brief.assessment.date
    }

    fn lang(&self) -> Lang {
        self.panel.lang
    }

    fn docx(&self, paper: Paper) -> Result<Vec<u8>> {
        docx::panel(self, paper)
    }
}

impl Document for ChangeBrief {
    const KIND: DocumentKind = DocumentKind::Change;
    type Markup = ChangeMarkup;

    fn markup(&self) -> ChangeMarkup {
        ChangeMarkup::of(self)
    }

    fn date(&self) -> Option<time::Date> {
        self.date
    }

    fn lang(&self) -> Lang {
        self.lang
    }

    fn docx(&self, paper: Paper) -> Result<Vec<u8>> {
        docx::change(self, paper)
    }
}
