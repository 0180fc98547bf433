//! The data the user writes: rubrics, assessments, and the set of rubrics one run works with.
//! Pure types and validation; no terminal I/O.

pub mod assessment;
pub mod catalog;
pub mod fill_in;
pub mod ids;
pub mod rubric;
pub mod toml_file;

pub use assessment::{
    Answer, AnswerStatus, Assessment, AssessmentInfo, Proposal, ReviewStatus, Stage, StakeholderGroup,
};
pub use catalog::RubricSet;
pub use rubric::{AppliesIf, Question, Rubric, Source};
pub use toml_file::TomlFile;
