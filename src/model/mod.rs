//! The data the user writes: rubrics, assessments, and the set of rubrics one run works with.
//! Pure types and validation; no terminal I/O.

pub mod assessment;
pub mod catalog;
pub mod consultation;
pub mod document;
mod encoding;
pub mod fill_in;
pub mod guidance;
pub mod ids;
pub mod iiat;
pub mod rubric;
pub mod schema;
pub mod toml_file;
pub mod translation;
pub mod upgrade;

pub use assessment::{
    Answer, AnswerStatus, Assessment, AssessmentInfo, Expectation, Jurisdiction, Proposal, ProposalKind, ReviewStatus,
    Stage, StakeholderGroup, proposal_differences, same_rubrics,
};
pub use catalog::RubricSet;
pub use consultation::{Consultation, Disposition, Reason, Submission, SubmitterGroup};
pub use document::AssessmentDocument;
pub use rubric::{AppliesIf, Dimension, FlagGrade, MappedLevel, Mechanism, MechanismKind, Question, Rubric, Source};
pub use toml_file::TomlFile;
pub use upgrade::Upgrade;
